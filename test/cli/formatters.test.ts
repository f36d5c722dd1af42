import { describe, expect, it } from 'vitest';
import type { Detector, Finding } from '../../src/engine/types';
import { formatJson } from '../../src/cli/format-json';
import { formatSarif, STDIN_PATH, toUri } from '../../src/cli/format-sarif';
import { formatText } from '../../src/cli/format-text';
import { FALLBACK_PREVIEW, safePreview, toFileReport, type FileReport } from '../../src/cli/report';

// Obviously fake values: the Visa test card and an example.com address.
const TEXT = 'Hello\r\ncard 4111 1111 1111 1111\n😀 mail jane.doe@example.com';
const CARD = '4111 1111 1111 1111';
const EMAIL = 'jane.doe@example.com';

const finding = (value: string, over: Partial<Finding>): Finding => {
  const start = TEXT.indexOf(value);
  return {
    type: 'X',
    category: 'PII',
    severity: 'high',
    detector: 'x',
    start,
    end: start + value.length,
    score: 1,
    preview: '••••',
    reason: 'test',
    ...over,
  };
};
const FINDINGS: Finding[] = [
  finding(CARD, { type: 'CREDIT_CARD', category: 'FINANCIAL', severity: 'critical', detector: 'credit-card', preview: '•••• 1111', score: 0.95 }),
  finding(EMAIL, { type: 'EMAIL', severity: 'medium', detector: 'email', preview: 'j•••@example.com', score: 0.9 }),
];
const DETECTORS = [
  { id: 'credit-card', type: 'CREDIT_CARD', category: 'FINANCIAL', severity: 'critical', description: 'Payment card number (Luhn-checked)' },
  { id: 'email', type: 'EMAIL', category: 'PII', severity: 'medium', description: 'Email address' },
  { id: 'never-fired', type: 'OTHER', category: 'PII', severity: 'low', description: 'Not in the output' },
] as unknown as Detector[];

const REPORTS: FileReport[] = [
  toFileReport('notes/a b.txt', TEXT, FINDINGS),
  toFileReport(STDIN_PATH, 'nothing here', []),
];

describe('toFileReport', () => {
  it('adds 1-based lines and UTF-16 columns (CRLF is one break, 😀 is two units)', () => {
    const [card, email] = REPORTS[0]!.findings;
    expect(card).toMatchObject({ line: 2, column: 6, endLine: 2, endColumn: 6 + CARD.length });
    expect(email).toMatchObject({ line: 3, column: 9, endLine: 3, endColumn: 9 + EMAIL.length });
  });

  it('keeps only display-safe fields (no reason, no value)', () => {
    expect(Object.keys(REPORTS[0]!.findings[0]!).sort()).toEqual(
      ['column', 'detector', 'end', 'endColumn', 'endLine', 'line', 'preview', 'score', 'severity', 'start', 'type'].sort(),
    );
  });

  it('replaces a preview that would contain the value', () => {
    const leaky = finding(EMAIL, { preview: `<${EMAIL}>` });
    expect(toFileReport('f', TEXT, [leaky]).findings[0]!.preview).toBe(FALLBACK_PREVIEW);
    expect(safePreview('•••• 1111', CARD)).toBe('•••• 1111');
  });
});

describe('formatText', () => {
  it('prints path:line:col  TYPE  preview  (detector, score), one line per finding', () => {
    expect(formatText(REPORTS)).toBe(
      'notes/a b.txt:2:6  CREDIT_CARD  •••• 1111  (credit-card, 0.95)\n' +
        'notes/a b.txt:3:9  EMAIL  j•••@example.com  (email, 0.9)\n',
    );
  });

  it('prints nothing when nothing is found', () => {
    expect(formatText([toFileReport('a', 'x', [])])).toBe('');
  });

  it('keeps a preview with control characters on one line', () => {
    const report: FileReport = { path: 'k', findings: [{ ...REPORTS[0]!.findings[0]!, preview: '-----BEGIN\n…\t\u0007' }] };
    expect(formatText([report])).toBe('k:2:6  CREDIT_CARD  -----BEGIN\\n…\\t\\x07  (credit-card, 0.95)\n');
  });
});

describe('formatJson', () => {
  it('lists every input with its findings in the documented shape', () => {
    expect(JSON.parse(formatJson(REPORTS))).toEqual({
      files: [
        {
          path: 'notes/a b.txt',
          findings: [
            { type: 'CREDIT_CARD', detector: 'credit-card', start: 12, end: 31, line: 2, column: 6, score: 0.95, preview: '•••• 1111' },
            { type: 'EMAIL', detector: 'email', start: 40, end: 60, line: 3, column: 9, score: 0.9, preview: 'j•••@example.com' },
          ],
        },
        { path: STDIN_PATH, findings: [] },
      ],
    });
  });
});

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(REPORTS, DETECTORS));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run by PromptFence', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('PromptFence');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('has one rule per detector that fired, described by the detector', () => {
    expect(run.tool.driver.rules).toEqual([
      expect.objectContaining({ id: 'credit-card', shortDescription: { text: 'Payment card number (Luhn-checked)' } }),
      expect.objectContaining({ id: 'email', shortDescription: { text: 'Email address' } }),
    ]);
  });

  it('has a result per finding, pointing at its rule, with a level from the severity', () => {
    expect(run.results).toHaveLength(2);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(typeof result.message.text).toBe('string');
    }
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning']);
  });

  it('locates each result with 1-based regions that map back to the value', () => {
    const lines = TEXT.split(/\r\n|\r|\n/);
    const values = run.results.map((r: any) => {
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uri).toBe('notes/a%20b.txt');
      const { startLine, startColumn, endLine, endColumn } = loc.region;
      for (const n of [startLine, startColumn, endLine, endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
      expect(endLine).toBe(startLine);
      return lines[startLine - 1]!.slice(startColumn - 1, endColumn - 1);
    });
    expect(values).toEqual([CARD, EMAIL]);
  });

  it('never includes the values, only previews', () => {
    const sarif = formatSarif(REPORTS, DETECTORS);
    expect(sarif).not.toContain(CARD);
    expect(sarif).not.toContain(EMAIL);
    expect(sarif).toContain('•••• 1111');
  });

  it('is a valid log with no rules and no results when nothing is found', () => {
    const empty = JSON.parse(formatSarif([toFileReport('a', 'x', [])], DETECTORS));
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
    expect(empty.runs[0].results).toEqual([]);
  });
});

describe('toUri', () => {
  it.each([
    ['relative path, percent-encoded per segment', 'dir/my file#1.txt', 'dir/my%20file%231.txt'],
    ['absolute path becomes file://', '/tmp/a b.txt', 'file:///tmp/a%20b.txt'],
    ['stdin', STDIN_PATH, 'stdin'],
  ])('%s', (_name, path, uri) => {
    expect(toUri(path)).toBe(uri);
  });
});
