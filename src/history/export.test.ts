import { describe, expect, it } from 'vitest';
import { decision } from '../background/decision.fixtures';
import { historyToCsv, historyToJson } from './export';
import { toHistoryEvent } from './store';
import type { HistoryEvent } from './types';

const masked = toHistoryEvent(decision({ at: Date.UTC(2026, 10, 24, 9, 30), justification: 'ok "per" legal' }), 'masked')!;

describe('history export', () => {
  it('CSV: one header, one row per event, quoted, masked previews only', () => {
    const csv = historyToCsv([masked]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe('time,site,host,channel,action,choice,justification,counts,detectors,previews,file,fileType,fileSize');
    expect(row).toBe(
      '"2026-11-24T09:30:00.000Z","chatgpt","chatgpt.com","paste","warn","redacted","ok ""per"" legal","EMAIL=1; GITHUB_TOKEN=1","email; github-pat","EMAIL: j•••@example.com; GITHUB_TOKEN: ghp_…a1B2","","",""',
    );
    expect(end).toBe('');
  });

  it('CSV: a file row has its name, type and size (the name as the guard masked it)', () => {
    const file = toHistoryEvent(decision({ channel: 'file', file: { name: 'card_[CREDIT_CARD_1].pdf', nameMasked: true, format: 'pdf', size: 2048 } }), 'metadata')!;
    expect(historyToCsv([file]).split('\r\n')[1]).toMatch(/,"card_\[CREDIT_CARD_1\]\.pdf","pdf","2048"$/);
  });

  it('CSV: cells that a spreadsheet would run as a formula are defused', () => {
    const hostile: HistoryEvent = { ...masked, justification: '=HYPERLINK("http://evil.example","x")', site: '+cmd' };
    const row = historyToCsv([hostile]).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(row).toContain(`"'+cmd"`);
  });

  it('metadata-mode events export without previews', () => {
    const meta = toHistoryEvent(decision(), 'metadata')!;
    expect(historyToCsv([meta])).not.toContain('example.com');
    expect(historyToJson([meta])).not.toContain('example.com');
  });

  it('JSON: the stored events with an ISO time, parseable', () => {
    const parsed = JSON.parse(historyToJson([masked])) as Record<string, unknown>[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ time: '2026-11-24T09:30:00.000Z', site: 'chatgpt', counts: { EMAIL: 1, GITHUB_TOKEN: 1 } });
  });
});
