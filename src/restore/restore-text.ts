import type { PlaceholderEntry } from '../engine/placeholder-numbering';

/** A placeholder as the redaction writes it (`[PERSON_1]`, `[ADDRESS_2]`, `[US_SSN_10]`). */
const TAG = /\[[A-Z][A-Z0-9_]{0,40}_\d{1,9}\]/g;

/** A piece of restored text: plain text, or a placeholder and the value it stands for. */
export type RestoredPart = string | { readonly tag: string; readonly value: string };

/**
 * `text` with the placeholders of `values` shown as their values, as parts (the layer renders a value
 * apart from the text around it, so it can be marked). Placeholders the vault does not know stay as they
 * are (a user may type one; the AI may invent `[PERSON_9]`); so does a placeholder still being streamed
 * (`…[PERSO`), which completes in a later render. Inside code blocks and tables alike: the user wants the
 * real value wherever the answer put it.
 */
export function restoreText(text: string, values: ReadonlyMap<string, string>): { parts: RestoredPart[]; restored: number; distinct: number } {
  const parts: RestoredPart[] = [];
  const seen = new Set<string>();
  let cursor = 0;
  let restored = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const value = values.get(m[0]);
    if (value === undefined) continue;
    if (m.index > cursor) parts.push(text.slice(cursor, m.index));
    parts.push({ tag: m[0], value });
    cursor = m.index + m[0].length;
    restored++;
    seen.add(m[0]);
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return { parts, restored, distinct: seen.size };
}

/** True when `text` holds something shaped like a placeholder (cheap test before any work). */
export function mayHoldPlaceholders(text: string): boolean {
  return text.includes('[') && /\[[A-Z][A-Z0-9_]{0,40}_\d/.test(text);
}

/** Tag → value. */
export function valuesOf(entries: readonly PlaceholderEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [e.tag, e.value]));
}

/** The placeholders in `text` (each once, in order). */
export function placeholdersIn(text: string): string[] {
  return [...new Set(text.match(TAG) ?? [])];
}
