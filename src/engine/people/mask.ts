/**
 * Masked preview of a name: each word's initial and a few bullets ("Maria Schmidt" → "M••• S•••••",
 * "Dupont, Jean" → "D•••, J•••"). The bullet count is clamped to 3–5 so a preview does not give the
 * length of a short name away, and never shows more than the initials.
 */
export function maskName(value: string): string {
  return value
    .split(/(\s+)/)
    .map((part) => {
      if (!part || /^\s+$/.test(part)) return part;
      const comma = part.endsWith(',') ? ',' : '';
      const word = comma ? part.slice(0, -1) : part;
      const first = String.fromCodePoint(word.codePointAt(0)!);
      const letters = [...word].length;
      return `${first}${'•'.repeat(Math.max(3, Math.min(5, letters - 2)))}${comma}`;
    })
    .join('');
}
