import { PlaceholderNumbering } from './placeholder-numbering';
import type { Finding } from './types';

/**
 * How a finding is replaced:
 * - `placeholder`: a typed, numbered tag — `[EMAIL_1]`; the same value gets the same tag throughout the
 *   text, so the AI can still reason about "the same customer" without seeing who it is;
 * - `mask`: letters and digits become `•`, separators stay (`•••• •••• •••• ••••`);
 * - `fixed`: one fixed text for everything (default `[REDACTED]`).
 */
export type RedactionStrategy =
  | { readonly kind: 'placeholder' }
  | { readonly kind: 'mask'; readonly char?: string }
  | { readonly kind: 'fixed'; readonly text?: string };

export interface Replacement {
  /** Offsets in the ORIGINAL text. */
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly type: string;
}

export interface Redaction {
  readonly text: string;
  /** In text order; what an editor adapter applies range by range (from the end, so offsets stay valid). */
  readonly replacements: readonly Replacement[];
}

/**
 * Returns the redacted text and the list of replacements. Findings may be in any order. Placeholders
 * come from `numbering` (a conversation's, to keep its tags; new ones are recorded there), else from a
 * numbering of this text alone.
 */
export function redact(
  text: string,
  findings: readonly Pick<Finding, 'start' | 'end' | 'type'>[],
  strategy: RedactionStrategy = { kind: 'placeholder' },
  numbering = new PlaceholderNumbering(),
): Redaction {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const replacements: Replacement[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const f of sorted) {
    if (f.start < cursor || f.end <= f.start || f.end > text.length) continue; // overlapping or stale: skip
    const value = text.slice(f.start, f.end);
    const replacement = replacementFor(value, f.type, strategy, numbering);
    parts.push(text.slice(cursor, f.start), replacement);
    replacements.push({ start: f.start, end: f.end, replacement, type: f.type });
    cursor = f.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), replacements };
}

function replacementFor(value: string, type: string, strategy: RedactionStrategy, numbering: PlaceholderNumbering): string {
  switch (strategy.kind) {
    case 'fixed':
      return strategy.text ?? '[REDACTED]';
    case 'mask': {
      const char = strategy.char ?? '•';
      return value.replace(/[\p{L}\p{N}]/gu, char);
    }
    case 'placeholder':
      return numbering.tagFor(type, value);
  }
}
