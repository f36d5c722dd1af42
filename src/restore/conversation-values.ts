/**
 * Follow-ups (issue 12): a value this conversation already sent as a placeholder, typed or pasted again,
 * goes out as the same placeholder. Its occurrences in a message become findings of detector
 * `conversation-value` (the rules give it at least `redact`: src/policy/effective.ts), and the redaction
 * numbering, seeded from the vault, gives it its tag again. Where the engine found the same span itself
 * (a name, a card), that finding is relabelled when its own action would be weaker than `redact` (a name
 * alone is only highlighted); a stronger one (a blocked type) stays as it is.
 */
import { maskAddress } from '../engine/addresses/mask';
import { ENTITY_CATEGORIES } from '../engine/entity-types';
import type { PlaceholderEntry } from '../engine/placeholder-numbering';
import { maskName } from '../engine/people/mask';
import { previewOf } from '../engine/preview';
import type { Category, EntityType, Finding } from '../engine/types';

import { CONVERSATION_DETECTOR } from './vault-protocol';

export { CONVERSATION_DETECTOR };
/** Shorter values are too likely to occur by chance ("Li", "12"). */
const MIN_VALUE_CHARS = 4;
/** The newest entries searched for (each is one native `indexOf` pass over the message). */
const MAX_SEARCHED = 2_000;

/**
 * `findings` with the vault's values in `text` added or relabelled. `weakerThanRedact` says whether the
 * rules act on a finding less than by redacting it.
 */
export function withConversationValues(findings: readonly Finding[], text: string, entries: readonly PlaceholderEntry[], weakerThanRedact: (f: Finding) => boolean): Finding[] {
  if (!entries.length || !text) return [...findings];
  const out = [...findings];
  let added = false;
  for (const entry of entries.slice(-MAX_SEARCHED)) {
    const value = entry.value;
    if (value.length < MIN_VALUE_CHARS) continue;
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      if (!standsAlone(text, at, end)) continue;
      const overlapping = out.findIndex((f) => f.start < end && at < f.end);
      if (overlapping < 0) {
        out.push(conversationFinding(entry, text, at, end));
        added = true;
        continue;
      }
      const f = out[overlapping]!;
      if (f.start === at && f.end === end && f.detector !== CONVERSATION_DETECTOR && weakerThanRedact(f)) {
        out[overlapping] = { ...f, type: entry.type as EntityType, category: categoryOf(entry.type), detector: CONVERSATION_DETECTOR, reason: reasonOf(entry), why: whyOf() };
      }
    }
  }
  return added ? out.sort((a, b) => a.start - b.start || b.end - a.end) : out;
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
