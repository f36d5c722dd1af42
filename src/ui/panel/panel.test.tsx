// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decideAction, DEFAULT_ACTION_RULES } from '../../decisions/actions';
import { redact } from '../../engine/redact';
import { scan } from '../../engine/scan';
import type { GuardAction } from '../../decisions/types';
import { FIRST_ROWS, MAX_ROWS } from './FindingList';
import { GuardPanel } from './GuardPanel';
import { acceptSyntheticClicksForTests } from './trusted';
import type { DecisionPanelProps, PanelFinding, PanelProps, PanelResult } from './types';
import { useCatalogue } from '../testing/catalogue';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  // happy-dom's clicks are all synthetic; the trusted-click rule has its own test below.
  acceptSyntheticClicksForTests(true);
});
afterEach(() => {
  render(null, container);
  container.remove();
  acceptSyntheticClicksForTests(false);
});

const email: PanelFinding = { type: 'EMAIL', severity: 'medium', preview: 'j•••@example.com', reason: 'Email address' };
const card: PanelFinding = { type: 'CREDIT_CARD', severity: 'high', preview: '•••• 1111', reason: 'Card number, Luhn valid' };
const token: PanelFinding = { type: 'GITHUB_TOKEN', severity: 'critical', preview: 'ghp_…a1B2', reason: 'GitHub token' };

function mount(props: PanelProps) {
  const onResult = vi.fn<(r: PanelResult) => void>();
  act(() => render(<GuardPanel {...props} onResult={onResult} />, container));
  return onResult;
}

function decision(action: GuardAction, findings: PanelFinding[], extra: Partial<DecisionPanelProps['decision']> = {}, more: Partial<DecisionPanelProps> = {}) {
  return mount({ kind: 'decision', findings, decision: { action, perFinding: findings.map(() => action), ...extra }, siteName: 'ChatGPT', ...more });
}

const buttons = () => [...container.querySelectorAll('.pf-actions button')].map((b) => b.textContent);
const button = (name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}" in ${buttons().join(', ')}`);
  return found as HTMLButtonElement;
};
const click = (el: HTMLElement) => act(() => el.click());
const key = (k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    (document.activeElement ?? container).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
  });
const type = (el: HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('buttons per action', () => {
  it.each<[GuardAction, string[]]>([
    ['warn', ['Send anyway', 'Edit', 'Redact']],
    ['justify', ['Send anyway', 'Edit', 'Redact']],
    ['redact', ['Edit', 'Redact and send']],
    ['block', ['Edit', 'Redact and send']],
  ])('%s → %j', (action, expected) => {
    decision(action, [email]);
    expect(buttons()).toEqual(expected);
  });

  it('block without redact-and-send offers only Edit', () => {
    decision('block', [token], { redactOnBlock: false });
    expect(buttons()).toEqual(['Edit']);
  });

  it.each<[string, Partial<PanelResult>]>([
    ['Send anyway', { choice: 'sent-anyway', send: true }],
    ['Redact', { choice: 'redacted', send: false }],
    ['Edit', { choice: 'edited', send: false }],
  ])('warn: %s resolves %j', (name, expected) => {
    const onResult = decision('warn', [email]);
    click(button(name));
    expect(onResult).toHaveBeenCalledExactlyOnceWith({ ...expected, allowedFindings: [] });
  });

  it('redact and send resolves redacted + send', () => {
    const onResult = decision('redact', [card]);
    click(button('Redact and send'));
    expect(onResult).toHaveBeenCalledWith({ choice: 'redacted', send: true, allowedFindings: [] });
  });
});

describe('justify', () => {
  it('keeps "Send anyway" disabled until the reason has 10 non-blank characters, with a live hint', () => {
    const onResult = decision('justify', [card]);
    const field = container.querySelector('textarea')!;
    const hint = document.getElementById(field.getAttribute('aria-describedby')!)!;
    expect(button('Send anyway').disabled).toBe(true);
    expect(hint.textContent).toBe('Type at least 10 more characters.');
    type(field, 'a b c d e f g h i          ');
    expect(button('Send anyway').disabled).toBe(true);
    expect(hint.textContent).toBe('Type at least 1 more character.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    type(field, '  Customer asked  ');
    expect(button('Send anyway').disabled).toBe(false);
    expect(hint.textContent).toMatch(/Thanks/);
    click(button('Send anyway'));
    expect(onResult).toHaveBeenCalledWith({ choice: 'sent-anyway', send: true, allowedFindings: [], justification: 'Customer asked' });
  });
});

describe('keyboard', () => {
  it('puts the initial focus on Edit, the safest button', () => {
    decision('warn', [email]);
    expect(document.activeElement).toBe(button('Edit'));
  });

  it('Esc cancels', () => {
    const onResult = decision('block', [token]);
    key('Escape');
    expect(onResult).toHaveBeenCalledWith({ choice: 'cancelled', send: false, allowedFindings: [] });
  });

  it('Esc does not escape to the page', () => {
    const pageListener = vi.fn();
    document.body.addEventListener('keydown', pageListener);
    decision('warn', [email]);
    key('Escape');
    document.body.removeEventListener('keydown', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('Tab and Shift+Tab cycle inside the dialog', () => {
    decision('warn', [email]);
    const dialog = container.querySelector<HTMLElement>('[role="alertdialog"]')!;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled])')];
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    expect(first.textContent).toBe('Not sensitive');
    expect(last.textContent).toBe('Redact');
    act(() => last.focus());
    key('Tab');
    expect(document.activeElement).toBe(first);
    key('Tab', { shiftKey: true });
    expect(document.activeElement).toBe(last);
  });
});

describe('"Not sensitive"', () => {
  it('reports the finding index with the final choice, and toggles', () => {
    const onResult = decision('warn', [email, card, email]);
    const toggles = [...container.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')];
    expect(toggles).toHaveLength(3);
    click(toggles[2]!);
    click(toggles[0]!);
    click(toggles[0]!);
    expect(toggles[2]!.getAttribute('aria-pressed')).toBe('true');
    expect(toggles[0]!.getAttribute('aria-pressed')).toBe('false');
    click(button('Edit'));
    expect(onResult).toHaveBeenCalledWith({ choice: 'edited', send: false, allowedFindings: [2] });
  });

  it('follows the remaining findings: once all are marked, the panel offers Send', () => {
    const onResult = mount({ kind: 'decision', findings: [email, card], decision: { action: 'redact', perFinding: ['warn', 'redact'] } });
    expect(buttons()).toEqual(['Edit', 'Redact and send']);
    const toggles = () => [...container.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')];
    click(toggles()[1]!);
    expect(buttons()).toEqual(['Send anyway', 'Edit', 'Redact']);
    click(toggles()[0]!);
    expect(buttons()).toEqual(['Edit', 'Send']);
    click(button('Send'));
    expect(onResult).toHaveBeenCalledWith({ choice: 'allowed-value', send: true, allowedFindings: [0, 1] });
  });

  it('is not offered on a blocked finding unless the policy allows it', () => {
    const d = decideAction([{ type: 'GITHUB_TOKEN', category: 'SECRET' }, { type: 'EMAIL', category: 'PII' }], DEFAULT_ACTION_RULES);
    mount({ kind: 'decision', findings: [token, email], decision: d });
    const rows = container.querySelectorAll('.pf-row');
    expect(rows[0]!.querySelector('button')).toBeNull();
    expect(rows[1]!.querySelector('button')?.textContent).toBe('Not sensitive');
  });
});

describe('a pasted table\'s thousands of findings', () => {
  it(`lists ${MAX_ROWS} and sums up the rest; the first render makes ${FIRST_ROWS} rows, the others come once it is painted`, async () => {
    const many = Array.from({ length: MAX_ROWS + 12 }, () => email);
    // Not in act(): effects wait for the paint, as in the page.
    render(<GuardPanel kind="decision" findings={many} decision={{ action: 'warn', perFinding: many.map(() => 'warn') }} onResult={() => {}} />, container);
    expect(container.querySelectorAll('.pf-row')).toHaveLength(FIRST_ROWS);
    expect(container.querySelector('.pf-more')?.textContent).toBe('and 12 more items');
    await vi.waitFor(() => expect(container.querySelectorAll('.pf-row')).toHaveLength(MAX_ROWS));
    expect(container.querySelector('.pf-more')?.textContent).toBe('and 12 more items');
  });

  it('given only the rows it lists and the total (a 10 MB sheet’s ~510,000 findings), counts them all', async () => {
    const shown = Array.from({ length: MAX_ROWS }, () => email);
    render(<GuardPanel kind="decision" findings={shown} total={510_000} decision={{ action: 'warn', perFinding: shown.map(() => 'warn') }} onResult={() => {}} />, container);
    await vi.waitFor(() => expect(container.querySelectorAll('.pf-row')).toHaveLength(MAX_ROWS));
    expect(container.querySelector('.pf-more')?.textContent).toBe(`and ${510_000 - MAX_ROWS} more items`);
    expect(container.textContent).toContain('PromptFence found 510000 items');
  });
});

describe('block', () => {
  it("shows the admin's message and a safe support link", () => {
    decision('block', [token], { blockMessage: 'Secrets must never leave Acme.', supportUrl: 'https://help.acme.example/ai' });
    expect(container.querySelector('.pf-admin')?.textContent).toBe('Secrets must never leave Acme.');
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://help.acme.example/ai');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('never renders a javascript: support URL as a link', () => {
    decision('block', [token], { supportUrl: 'javascript:alert(1)' });
    expect(container.querySelector('a')).toBeNull();
  });
});

describe('privacy', () => {
  it('never renders a raw value: only masked previews and the redacted text', () => {
    const secrets = ['jane.doe@example.com', '4111 1111 1111 1111', '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'];
    const text = `Email ${secrets[0]} card ${secrets[1]} token ${secrets[2]}`;
    const found = scan(text);
    expect(found.length).toBe(3);
    const d = decideAction(found, DEFAULT_ACTION_RULES);
    // Findings carry offsets; a careless caller might even spread a value in. Neither may reach the DOM.
    const findings = found.map((f) => ({ ...f, value: text.slice(f.start, f.end) }));
    for (const action of ['warn', 'justify', 'redact', 'block'] as const) {
      render(null, container);
      mount({
        kind: 'decision',
        findings,
        decision: { ...d, action, perFinding: found.map(() => action) },
        redactedPreview: (allowed) => redact(text, found.filter((_, i) => !allowed.has(i))).text,
      });
      const html = container.innerHTML;
      for (const secret of secrets) expect(html).not.toContain(secret);
      for (const f of found) expect(html).toContain(f.preview.replace(/&/g, '&amp;'));
    }
    expect(container.querySelector('.pf-redacted-text')).toBeNull(); // block: no preview
  });

  it('shows the redacted message for the findings still flagged', () => {
    const preview = vi.fn((allowed: ReadonlySet<number>) => `redacted ${[0, 1].filter((i) => !allowed.has(i)).join(',')}`);
    mount({ kind: 'decision', findings: [card, card], decision: { action: 'redact', perFinding: ['redact', 'redact'] }, redactedPreview: preview });
    expect(container.querySelector('.pf-redacted-text')?.textContent).toBe('redacted 0,1');
    click(container.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')[0]!);
    expect(container.querySelector('.pf-redacted-text')?.textContent).toBe('redacted 1');
  });
});

describe('ARIA', () => {
  it('is a labelled, described, modal alertdialog', () => {
    decision('warn', [email, card]);
    const dialog = container.querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    const desc = document.getElementById(dialog.getAttribute('aria-describedby')!);
    expect(title?.textContent).toBe('Sensitive data in your message');
    expect(desc?.textContent).toBe('PromptFence found 2 items that look sensitive. Sending them shares them with ChatGPT.');
    expect(container.querySelector('button[aria-pressed]')?.getAttribute('aria-label')).toBe('Mark Email address j•••@example.com as not sensitive for you');
  });
});

describe('notices and the undo toast', () => {
  it.each([
    ['redaction-failed', 'Redaction failed'],
    ['composer-mismatch', 'Message not sent'],
    ['folder-picker', 'Folder not opened'],
  ] as const)('%s: a dialog whose only way on is back to editing', (notice, title) => {
    const onResult = mount({ kind: 'notice', notice });
    expect(container.querySelector('h2')?.textContent).toBe(title);
    expect(document.activeElement).toBe(button('Back to editing'));
    click(button('Back to editing'));
    expect(onResult).toHaveBeenCalledWith({ choice: 'edited', send: false, allowedFindings: [] });
  });

  it('undo runs the callback and reports it; the toast never takes focus', async () => {
    const onUndo = vi.fn(async () => {});
    const before = document.activeElement;
    const onResult = mount({ kind: 'redacted', count: 2, onUndo, timeoutMs: 0 });
    expect(document.activeElement).toBe(before);
    expect(container.querySelector('[role="status"]')?.textContent).toContain('2 sensitive items were redacted.');
    await act(async () => button('Undo redaction').click());
    expect(onUndo).toHaveBeenCalledOnce();
    expect(onResult).toHaveBeenCalledWith({ choice: 'auto-redacted', send: false, allowedFindings: [], undone: true });
  });

  it('dismisses itself after the timeout', () => {
    vi.useFakeTimers();
    try {
      const onResult = mount({ kind: 'redacted', count: 1, onUndo: () => {}, choice: 'redacted', timeoutMs: 5000 });
      act(() => {
        vi.advanceTimersByTime(5000);
      });
      expect(onResult).toHaveBeenCalledWith({ choice: 'redacted', send: false, allowedFindings: [], undone: false });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('untrusted clicks', () => {
  it('a page script clicking "Send anyway" or "Not sensitive" approves nothing', () => {
    acceptSyntheticClicksForTests(false);
    const findings = [email];
    const onResult = mount({ kind: 'decision', findings, decision: decideAction([{ type: 'EMAIL', category: 'PII' }], DEFAULT_ACTION_RULES) });
    const buttons = [...container.querySelectorAll('button')];
    const sendAnyway = buttons.find((b) => /send anyway/i.test(b.textContent ?? ''));
    const notSensitive = buttons.find((b) => /not sensitive/i.test(b.textContent ?? ''));
    expect(sendAnyway).toBeDefined();
    act(() => sendAnyway!.click());
    if (notSensitive) act(() => notSensitive.click());
    expect(onResult).not.toHaveBeenCalled();
    // Edit is not an approval: it still works, so a stuck panel can always be left.
    const edit = buttons.find((b) => /edit/i.test(b.textContent ?? ''));
    act(() => edit!.click());
    expect(onResult).toHaveBeenCalledWith(expect.objectContaining({ choice: 'edited', send: false }));
  });
});

describe('verbs', () => {
  const labels = () => [...container.querySelectorAll('button')].map((b) => b.textContent);
  it('speaks of pasting for a held-back paste, and offers a redacted copy for files', () => {
    const decision = decideAction([{ type: 'EMAIL', category: 'PII' }], DEFAULT_ACTION_RULES);
    mount({ kind: 'decision', findings: [email], decision, verb: 'paste' });
    expect(labels()).toEqual(expect.arrayContaining(['Paste anyway', 'Cancel', 'Paste redacted']));
    expect(labels()).not.toContain('Send anyway');
    render(null, container);
    const block = decideAction([{ type: 'GITHUB_TOKEN', category: 'SECRET' }], DEFAULT_ACTION_RULES);
    mount({ kind: 'decision', findings: [token], decision: block, verb: 'attach' });
    expect(labels().filter((l) => /redact/i.test(l ?? ''))).toEqual(['Upload a redacted copy']);
    expect(labels()).toContain('Remove file');
    expect(labels()).not.toContain('Cancel');
  });
});

describe('why a finding matched', () => {
  const why = { detector: 'credit-card', pattern: 'grouped-16', checked: true, near: 'card' };
  const reasons = () => [...container.querySelectorAll('.pf-reason')].map((p) => p.textContent);

  it('is worded in the browser language from the finding’s why', () => {
    fakeBrowser.reset();
    useCatalogue('de');
    decision('warn', [{ ...card, why }]);
    expect(reasons()).toEqual(['Zahlungskartennummer (Netzwerkpräfix, Länge und Luhn-Prüfung) (Muster „grouped-16“); Prüfung bestanden; in der Nähe von „card“']);
    vi.restoreAllMocks();
  });

  it('shows the English reason as it is without a why or an i18n API', () => {
    decision('warn', [email, { ...card, why }]);
    expect(reasons()).toEqual(['Email address', 'Card number, Luhn valid']);
  });
});

describe('attached files', () => {
  const inFile = (f: PanelFinding, file: string, where: PanelFinding['where']): PanelFinding => ({ ...f, file, ...(where ? { where } : {}) });

  it('lists findings under their file, each with where it is in the file', () => {
    decision('warn', [
      inFile(email, 'customers.xlsx', { kind: 'cell', sheet: 'Customers', cell: 'C14' }),
      inFile(card, 'customers.xlsx', { kind: 'cell', sheet: 'Cards', cell: 'B3', hidden: true }),
      inFile(token, 'review.pdf', { kind: 'page', page: 3 }),
    ], {}, { verb: 'attach' });
    expect([...container.querySelectorAll('.pf-file')].map((e) => e.textContent)).toEqual(['customers.xlsx', 'review.pdf']);
    expect([...container.querySelectorAll('.pf-where')].map((e) => e.textContent)).toEqual([
      'Sheet Customers, cell C14',
      'Sheet Cards (hidden), cell B3',
      'page 3',
    ]);
    // Two files: "Remove files" takes both off (the panel decides them together).
    expect(buttons()).toEqual(['Upload anyway', 'Remove files', 'Upload a redacted copy']);
  });

  it('only the first rows given: "Remove files" counts the files it is told of, not those its rows name', () => {
    const rows = Array.from({ length: MAX_ROWS }, () => inFile(email, 'customers.xlsx', { kind: 'cell', sheet: 'Customers', cell: 'C14' }));
    decision('warn', rows, {}, { verb: 'attach', total: 510_000, files: 2 });
    expect(buttons()).toEqual(['Upload anyway', 'Remove files', 'Upload a redacted copy']);
  });

  it('a file whose findings call for redaction says a copy can be uploaded, not that it will be redacted', () => {
    decision('redact', [inFile(card, 'customers.xlsx', { kind: 'cell', sheet: 'Customers', cell: 'C14' })], {}, { verb: 'attach' });
    expect(container.querySelector('h2')?.textContent).toBe('Sensitive data in your file');
    expect(container.querySelector('.pf-desc')?.textContent).toContain('Upload a copy with them replaced, or remove the file.');
    expect(buttons()).toEqual(['Remove file', 'Upload a redacted copy']);
  });

  it('a file that could not be read: warn says so and offers "Upload anyway", even with no finding', () => {
    const onResult = decision('allow', [], {}, { verb: 'attach', unreadFiles: [{ name: 'locked.docx', problem: 'encrypted', action: 'warn' }] });
    expect(container.querySelector('.pf-unread')?.textContent).toBe('locked.docx: encrypted (password-protected), so PromptFence can’t read it.');
    expect(container.querySelector('.pf-desc')?.textContent).toContain('couldn’t check everything');
    expect(container.querySelector('.pf-findings')).toBeNull();
    click(button('Upload anyway'));
    expect(onResult).toHaveBeenCalledWith(expect.objectContaining({ choice: 'sent-anyway' }));
  });

  it('block for an unread file stays a block when the user marks every finding not sensitive', () => {
    decision('warn', [inFile(email, 'a.docx', { kind: 'body' })], {}, { verb: 'attach', unreadFiles: [{ name: 'big.pdf', problem: 'tooLarge', action: 'block' }] });
    expect(buttons()).toEqual(['Remove files']);
    click(button('Not sensitive'));
    expect(buttons()).toEqual(['Remove files']);
    expect(container.querySelector('.pf-desc')?.textContent).toContain('doesn’t allow attaching files');
  });
});

describe('reading progress', () => {
  it('is a status with a bar and no button, and says which file of how many', () => {
    mount({ kind: 'progress', name: 'customers.xlsx', done: 1, total: 3 });
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Checking customers.xlsx before it is attached… (2 of 3)');
    const bar = status.querySelector('progress')!;
    expect([bar.getAttribute('max'), bar.getAttribute('value')]).toEqual(['3', '1']);
    expect(status.querySelectorAll('button')).toHaveLength(0);
  });
});

describe('files decided earlier in this tab', () => {
  it('names the removed files with "Review again", and the ones that went as a redacted copy; takes no focus', () => {
    const before = document.activeElement;
    const onResult = mount({ kind: 'remembered', removed: ['customers.docx', 'cards.xlsx'], copied: ['review.pdf'], timeoutMs: 0 });
    expect(document.activeElement).toBe(before);
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('customers.docx and cards.xlsx were not attached, as decided when you added them earlier in this tab.');
    expect(status.textContent).toContain('A redacted copy of review.pdf was attached, as decided earlier in this tab.');
    click(button('Review again'));
    expect(onResult).toHaveBeenCalledWith({ choice: 'blocked', send: false, allowedFindings: [], reviewAgain: true });
  });

  it('only a note for copies: no "Review again"; it dismisses itself after the timeout', () => {
    vi.useFakeTimers();
    try {
      const onResult = mount({ kind: 'remembered', removed: [], copied: ['review.pdf'], timeoutMs: 5000 });
      expect(container.textContent).not.toContain('Review again');
      act(() => {
        vi.advanceTimersByTime(5000);
      });
      expect(onResult).toHaveBeenCalledWith({ choice: 'redacted', send: false, allowedFindings: [] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a folder too large to read: the notice gives the limits and says what to do', () => {
    mount({ kind: 'notice', notice: 'folder-too-large', name: 'exports', limits: { files: 200, mb: 200 } });
    expect(container.textContent).toContain('up to 200 files and 200 MB in all. exports holds more, so nothing was attached. Attach the files you need directly.');
  });
});
