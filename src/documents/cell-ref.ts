/** Spreadsheet cell references: column letters and 1-based rows (`C14` ↔ column 3, row 14). */

export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `C14` → { column: 3, row: 14 }; undefined for anything else. */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  const m = /^([A-Z]{1,3})([0-9]{1,7})$/.exec(ref);
  if (m === null) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}
