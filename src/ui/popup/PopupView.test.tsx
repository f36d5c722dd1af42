// @vitest-environment happy-dom
/**
 * The popup's DOM contract (what popup-history.e2e.test.ts relies on), rendered from given inputs,
 * with fakeBrowser storage behind the pause button.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { HistoryEvent } from '@/src/history/types';
import type { Policy } from '@/src/policy/schema';
import { combine } from '@/src/policy/state';
import { loadUserSettings } from '@/src/policy/user-settings';
import { useCatalogue } from '../testing/catalogue';
import { useDomRoot } from '../testing/dom-root';
import { PopupView, type PopupViewProps } from './PopupApp';

const tick = () => new Promise((r) => setTimeout(r, 0));
const state = (admin: Partial<Policy> = {}, user: Partial<Policy> = {}) => combine({ policy: admin, errors: [], source: 'none' }, { settings: user, errors: [] });
const NOW = Date.now();
const EVENTS: HistoryEvent[] = [
  {
    id: 3, at: NOW, site: 'chatgpt', host: 'chatgpt.com', channel: 'enter', action: 'warn', choice: 'sent-anyway', counts: { EMAIL: 1 }, types: ['EMAIL'], categories: ['PII'], mode: 'masked',
    findings: [{ type: 'EMAIL', category: 'PII', severity: 'medium', detector: 'email', reason: 'email pattern', preview: 'j•••@acme-corp.com', valueHash: 'aaaaaaaaaaaaaaaa' }],
  },
  {
    id: 2, at: NOW - 1000, site: 'claude', host: 'claude.ai', channel: 'send-button', action: 'block', choice: 'redacted', counts: { AWS_ACCESS_KEY: 1 }, types: ['AWS_ACCESS_KEY'], categories: ['SECRET'], mode: 'masked',
    findings: [{ type: 'AWS_ACCESS_KEY', category: 'SECRET', severity: 'high', detector: 'aws-access-key', reason: 'AKIA prefix, entropy ok', preview: 'AKIA…PW2B', valueHash: 'bbbbbbbbbbbbbbbb' }],
  },
  {
    id: 1, at: NOW - 2000, site: 'chatgpt', host: 'chatgpt.com', channel: 'enter', action: 'block', choice: 'edited', counts: { AWS_ACCESS_KEY: 1 }, types: ['AWS_ACCESS_KEY'], categories: ['SECRET'], mode: 'masked',
    findings: [{ type: 'AWS_ACCESS_KEY', category: 'SECRET', severity: 'high', detector: 'aws-access-key', reason: 'AKIA prefix, entropy ok', preview: 'AKIA…PW2B', valueHash: 'bbbbbbbbbbbbbbbb' }],
  },
];

const mount = useDomRoot();

const $ = <T extends Element = HTMLElement>(sel: string) => mount.current.querySelector<T>(sel);
const ids = () => [...mount.current.querySelectorAll<HTMLElement>('[data-testid=history-list] li[data-event-id]')].map((li) => li.dataset.eventId);
const show = (props: Partial<PopupViewProps> = {}) =>
  render(<PopupView state={state()} tab={{ url: 'https://chatgpt.com/', reported: { site: 'chatgpt', health: 'ok' } }} events={EVENTS} onClear={async () => undefined} {...props} />, mount.current);

describe('status line', () => {
  it('shows the derived status and pauses / resumes the site as a user setting', async () => {
    show();
    expect($('[data-testid=tab-status]')!.dataset.status).toBe('protected');
    $<HTMLButtonElement>('[data-testid=pause-site]')!.click();
    await tick();
    await tick();
    expect((await loadUserSettings()).settings.sites).toEqual({ 'chatgpt.com': { enabled: false } });

    show({ state: state({}, { sites: { 'chatgpt.com': { enabled: false } } }) });
    expect($('[data-testid=tab-status]')!.dataset.status).toBe('paused');
    $<HTMLButtonElement>('[data-testid=pause-site]')!.click();
    await tick();
    await tick();
    expect((await loadUserSettings()).settings.sites).toBeUndefined();
  });

  it('locks pause with a reason when the admin locks `sites`; no button off a guarded site', () => {
    show({ state: state({ lockedSettings: ['sites'] }) });
    expect($<HTMLButtonElement>('[data-testid=pause-site]')!.disabled).toBe(true);
    expect($('[data-testid=pause-locked]')).not.toBeNull();
    show({ tab: { url: 'https://example.org/', reported: null } });
    expect($('[data-testid=tab-status]')!.dataset.status).toBe('not-guarded');
    expect($('[data-testid=pause-site]')).toBeNull();
  });
});

describe('history', () => {
  it('lists newest first; the search narrows the list', async () => {
    show();
    expect(ids()).toEqual(['3', '2', '1']);
    const search = $<HTMLInputElement>('[data-testid=history-search]')!;
    search.value = 'claude';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(ids()).toEqual(['2']);
    expect($('[data-testid=history-count]')!.textContent).toBe('1 of 3 events');
  });

  it('filters by action', async () => {
    show();
    const select = $<HTMLSelectElement>('[data-testid=history-filter-action]')!;
    select.value = 'block';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    expect(ids()).toEqual(['2', '1']);
  });

  it('details show each finding with its preview, reason and how often the value was seen', async () => {
    show();
    $<HTMLButtonElement>('li[data-event-id="1"] button')!.click();
    await tick();
    const details = $('[data-testid=event-details]')!;
    expect(details.dataset.eventId).toBe('1');
    expect(details.querySelector('[data-testid=finding-preview]')!.textContent).toBe('AKIA…PW2B');
    expect(details.querySelector('[data-testid=finding-reason]')!.textContent).toBe('AKIA prefix, entropy ok');
    expect(details.querySelector<HTMLElement>('[data-testid=finding-seen]')!.dataset.seen).toBe('2');
  });

  it('exports what the filter shows, as CSV and JSON blobs', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    show();
    $<HTMLButtonElement>('[data-testid=export-csv]')!.click();
    $<HTMLButtonElement>('[data-testid=export-json]')!.click();
    const [csv, json] = await Promise.all(blobs.map((b) => b.text()));
    expect(csv!.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect((JSON.parse(json!) as unknown[]).length).toBe(3);
  });

  it('clear asks first; refused with a reason when the admin locks `history`', async () => {
    const onClear = vi.fn(async () => undefined);
    show({ onClear });
    $<HTMLButtonElement>('[data-testid=clear-history]')!.click();
    await tick();
    expect(onClear).not.toHaveBeenCalled();
    $<HTMLButtonElement>('[data-testid=clear-confirm]')!.click();
    await tick();
    expect(onClear).toHaveBeenCalledOnce();

    show({ state: state({ history: { mode: 'masked', retentionDays: 90 } }) });
    expect($<HTMLButtonElement>('[data-testid=clear-history]')!.disabled).toBe(true);
    expect($('[data-testid=clear-locked]')).not.toBeNull();
  });
});

describe('long history', () => {
  it('renders the first 100 rows, then more on request; export still covers all', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ ...EVENTS[0]!, id: 1000 - i, at: NOW - i }));
    show({ events: many });
    expect(ids()).toHaveLength(100);
    $<HTMLButtonElement>('[data-testid=history-more]')!.click();
    await tick();
    expect(ids()).toHaveLength(150);
    expect($('[data-testid=history-more]')).toBeNull();
  });
});

describe('summary tab', () => {
  it('draws the chart in SVG with a text summary, and counts by type', async () => {
    show();
    $<HTMLButtonElement>('[data-testid=tab-summary]')!.click();
    await tick();
    expect($('[data-testid=chart] svg')).not.toBeNull();
    expect(mount.current.querySelectorAll('[data-testid=chart] rect[data-category]').length).toBe(2);
    expect($('[data-testid=chart-summary]')!.textContent).toContain('Secrets and keys 2, Personal data 1');
    const rows = [...mount.current.querySelectorAll<HTMLTableRowElement>('[data-testid=type-counts] tbody tr')].map((r) => [r.dataset.type, r.cells[1]!.textContent, r.cells[2]!.textContent]);
    expect(rows).toEqual([
      ['AWS_ACCESS_KEY', '2', '1'],
      ['EMAIL', '1', '1'],
    ]);
  });

  it('tabs move with the arrow keys', async () => {
    show();
    $('[role=tablist]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await tick();
    expect($('[data-testid=tab-try]')!.getAttribute('aria-selected')).toBe('true');
    expect($('[data-testid=try-it]')).not.toBeNull();
  });
});

describe('file rows', () => {
  const FILE_EVENTS: HistoryEvent[] = [
    {
      id: 12, at: NOW, site: 'chatgpt', host: 'chatgpt.com', channel: 'file', action: 'redact', choice: 'redacted', counts: { CREDIT_CARD: 2, PERSON: 1 }, types: ['CREDIT_CARD', 'PERSON'], categories: ['FINANCIAL', 'PII'], mode: 'metadata',
      findings: [{ type: 'CREDIT_CARD', category: 'FINANCIAL', severity: 'high', detector: 'credit-card', reason: 'Card number, Luhn valid' }],
      file: { name: 'card_[CREDIT_CARD_1].docx', nameMasked: true, format: 'docx', size: 48_213, repeat: true },
    },
    {
      id: 11, at: NOW - 1000, site: 'chatgpt', host: 'chatgpt.com', channel: 'drop', action: 'warn', choice: 'cancelled', counts: {}, types: [], categories: [], mode: 'metadata', findings: [],
      file: { name: 'locked.pdf', format: 'pdf', size: 900, problem: 'encrypted' },
    },
    {
      id: 10, at: NOW - 2000, site: 'claude', host: 'claude.ai', channel: 'file', action: 'warn', choice: 'sent-anyway', justification: 'ticket SEC-9', counts: { EMAIL: 1 }, types: ['EMAIL'], categories: ['PII'], mode: 'metadata',
      findings: [], file: { name: 'export.csv', format: 'csv', size: 2_400_000 },
    },
  ];
  const rows = () =>
    [...mount.current.querySelectorAll<HTMLElement>('[data-testid=history-list] li[data-event-id]')].map((li) => [
      li.querySelector('[data-testid=row-file]')?.textContent?.trim(),
      li.querySelector('.row-action')!.textContent,
      li.querySelector('.row-types')!.textContent,
    ]);

  it('name, kind, size, what happened and the counts by type, in the browser language', () => {
    useCatalogue('en');
    show({ events: FILE_EVENTS });
    expect(rows()).toEqual([
      ['File card_[CREDIT_CARD_1].docx (DOCX, 48.2 kB)', 'Redact → redacted copy uploaded', 'CREDIT_CARD ×2, PERSON'],
      ['File locked.pdf (PDF, 900 bytes)', 'Warn → removed', ''],
      ['File export.csv (CSV, 2.4 MB)', 'Warn → uploaded anyway', 'EMAIL'],
    ]);
    expect(mount.current.querySelectorAll('[data-testid=row-file] svg[aria-hidden=true]')).toHaveLength(3);
    useCatalogue('fr');
    show({ events: FILE_EVENTS.slice(2) });
    expect(rows()[0]![0]).toMatch(/^Fichier export\.csv \(CSV, 2[.,]4\sMB\)$/);
  });

  it('a text event has no file line', () => {
    useCatalogue('en');
    show();
    expect(mount.current.querySelectorAll('[data-testid=row-file]')).toHaveLength(0);
  });

  it('the details give the file’s facts: hidden values in the name, repeat, why it was not read', async () => {
    useCatalogue('en');
    show({ events: FILE_EVENTS });
    $<HTMLButtonElement>('li[data-event-id="12"] button')!.click();
    await tick();
    const file = () => $('[data-testid=event-file]')!;
    expect(file().querySelector('[data-testid=event-file-name]')!.textContent).toBe('card_[CREDIT_CARD_1].docx');
    expect(file().textContent).toContain('(sensitive data in the name is hidden)');
    expect(file().querySelector('[data-testid=event-file-type]')!.textContent).toBe('DOCX');
    expect(file().querySelector('[data-testid=event-file-counts]')!.textContent).toBe('CREDIT_CARD ×2, PERSON');
    expect(file().querySelector('[data-testid=event-file-repeat]')!.textContent).toContain('decided earlier in this tab');
    $<HTMLButtonElement>('li[data-event-id="11"] button')!.click();
    await tick();
    expect(file().querySelector('[data-testid=event-file-problem]')!.textContent).toBe('encrypted (password-protected)');
    expect(file().querySelector('[data-testid=event-file-counts]')!.textContent).toBe('nothing in what could be read');
    expect(file().textContent).not.toContain('hidden');
    expect(file().querySelector('[data-testid=event-file-repeat]')).toBeNull();
  });

  it('search finds a file by its name or kind', async () => {
    show({ events: FILE_EVENTS });
    const search = $<HTMLInputElement>('[data-testid=history-search]')!;
    search.value = 'locked';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(ids()).toEqual(['11']);
    search.value = 'csv';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(ids()).toEqual(['10']);
  });
});

describe('restored values', () => {
  it('says how many real values are kept for answers, and forgets them all on request', async () => {
    const { addToVault, vaultSize } = await import('@/src/restore/vault');
    show();
    await tick();
    expect($('[data-testid=restored-values]')).toBeNull();
    await addToVault('https://chatgpt.com/c/a', [{ tag: '[PERSON_1]', type: 'PERSON', value: 'Maria Schmidt' }, { tag: '[EMAIL_1]', type: 'EMAIL', value: 'm@example.de' }], { PERSON: 1, EMAIL: 1 }, 12);
    render(null, mount.current);
    show();
    await tick();
    await tick();
    expect($('[data-testid=restored-values]')!.textContent).toContain('2');
    expect($('[data-testid=restored-values]')!.textContent).not.toContain('Maria');
    $<HTMLButtonElement>('[data-testid=forget-restored]')!.click();
    await tick();
    await tick();
    expect(await vaultSize()).toEqual({ conversations: 0, entries: 0 });
    expect($('[data-testid=restored-values]')).toBeNull();
  });
});
