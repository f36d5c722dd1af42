/**
 * Follow-ups (issue 12): a value this conversation already sent as a placeholder, typed or pasted again,
 * goes out as the same placeholder. Its occurrences in a message become findings of detector
 * `conversation-value` (the rules give it at least `redact`: src/policy/effective.ts), and the redaction
 * numbering, seeded from the vault, gives it its tag again. Where the engine found the same span itself
 * (a name, a card), that finding is relabelled when its own action would be weaker than `redact` (a name
 * alone is only highlighted); a stronger one (a blocked type) stays as it is.
 */
import { maskAddress } from '../engine/addresses/mask';
import { escapeRegex } from '../engine/custom/terms';
import { ENTITY_CATEGORIES } from '../engine/entity-types';
import type { PlaceholderEntry } from '../engine/placeholder-numbering';
import { maskName } from '../engine/people/mask';
import { previewOf } from '../engine/preview';
import type { Category, EntityType, Finding } from '../engine/types';

import { CONVERSATION_DETECTOR } from './vault-protocol';

export { CONVERSATION_DETECTOR };
/** Shorter values are too likely to occur by chance ("Li", "12"). */
const MIN_VALUE_CHARS = 4;
/** The newest entries searched for. */
const MAX_SEARCHED = 2_000;

/**
 * `findings` with the vault's values in `text` added or relabelled. `weakerThanRedact` says whether the
 * rules act on a finding less than by redacting it. Runs on every send and paste: one regex pass over the
 * text for all values (2,000 values over 1 MB: ~6 ms, where an `indexOf` pass per value took ~40), and
 * a binary search in the findings (sorted by start) for each occurrence.
 */
export function withConversationValues(findings: readonly Finding[], text: string, entries: readonly PlaceholderEntry[], weakerThanRedact: (f: Finding) => boolean): Finding[] {
  const search = searchOf(entries);
  if (!search || !text) return [...findings];
  const out = isSorted(findings) ? [...findings] : [...findings].sort(byStart);
  const added: Finding[] = [];
  search.pattern.lastIndex = 0;
  for (let m = search.pattern.exec(text); m; m = search.pattern.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!standsAlone(text, at, end)) {
      search.pattern.lastIndex = at + 1; // a shorter value may still stand alone here
      continue;
    }
    const entry = search.byValue.get(m[0])!;
    const before = firstStartingAtOrAfter(out, end) - 1; // findings do not overlap: only this one can
    const f = before >= 0 && out[before]!.end > at ? out[before]! : undefined;
    if (!f) added.push(conversationFinding(entry, text, at, end));
    else if (f.start === at && f.end === end && f.detector !== CONVERSATION_DETECTOR && weakerThanRedact(f)) {
      out[before] = { ...f, type: entry.type as EntityType, category: categoryOf(entry.type), detector: CONVERSATION_DETECTOR, reason: reasonOf(entry), why: whyOf() };
    }
  }
  return added.length ? [...out, ...added].sort(byStart) : out;
}

/** One alternation of the newest values (longest first, so the longest value at a position wins), made once per vault read. */
const searches = new WeakMap<readonly PlaceholderEntry[], { pattern: RegExp; byValue: Map<string, PlaceholderEntry> } | null>();

function searchOf(entries: readonly PlaceholderEntry[]): { pattern: RegExp; byValue: Map<string, PlaceholderEntry> } | null {
  if (searches.has(entries)) return searches.get(entries)!;
  const byValue = new Map<string, PlaceholderEntry>();
  for (const e of entries.slice(-MAX_SEARCHED)) if (e.value.length >= MIN_VALUE_CHARS) byValue.set(e.value, e);
  const values = [...byValue.keys()].sort((a, b) => b.length - a.length);
  const search = values.length ? { pattern: new RegExp(values.map(escapeRegex).join('|'), 'g'), byValue } : null;
  searches.set(entries, search);
  return search;
}

const byStart = (a: Finding, b: Finding) => a.start - b.start || b.end - a.end;

function isSorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (findings[i]!.start < findings[i - 1]!.start) return false;
  return true;
}

/** Index of the first finding whose start is ≥ `pos` (`findings` sorted by start). */
function firstStartingAtOrAfter(findings: readonly Finding[], pos: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Not a piece of a longer word or number ("Maria" inside "Mariam", "1234" inside "912345"). */
function standsAlone(text: string, start: number, end: number): boolean {
  const word = /[\p{L}\p{N}_]/u;
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  return !(before && word.test(before) && word.test(text[start]!)) && !(after && word.test(after) && word.test(text[end - 1]!));
}

function conversationFinding(entry: PlaceholderEntry, text: string, start: number, end: number): Finding {
  const type = entry.type as EntityType;
  const category = categoryOf(type);
  const value = text.slice(start, end);
  const preview = type === 'PERSON' ? maskName(value) : type === 'POSTAL_ADDRESS' ? maskAddress(value) : previewOf(value, category);
  return { type, category, severity: 'medium', detector: CONVERSATION_DETECTOR, start, end, score: 1, preview, reason: reasonOf(entry), why: whyOf() };
}

function categoryOf(type: string): Category {
  return (ENTITY_CATEGORIES as Readonly<Record<string, Category>>)[type] ?? 'CUSTOM';
}

function reasonOf(entry: PlaceholderEntry): string {
  return `Sent as ${entry.tag} earlier in this conversation`;
}

function whyOf() {
  return { detector: CONVERSATION_DETECTOR, pattern: 'conversation', checked: false };
}
