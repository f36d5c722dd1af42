/**
 * The one normal form of a name token for list lookups, shared by the list generator
 * (scripts/names) and the detector: lower case, accents and ligatures folded to ASCII, typographic
 * apostrophes straight. ALL-CAPS exports often drop accents (`GARCIA`, `MULLER`), so folding lets
 * `García`, `GARCÍA` and `GARCIA` meet the same key.
 */
export function foldName(token: string): string {
  const lower = token.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 0x7f) return foldNonAscii(lower);
  }
  return lower;
}

/** Letters NFD does not decompose into base + mark. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', þ: 'th', ð: 'd', '’': "'", 'ʼ': "'",
};

function foldNonAscii(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßłøæœđıþð’ʼ]/g, (c) => SPECIAL[c]!);
}
