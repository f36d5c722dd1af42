/**
 * Where the street name sits in each address the finder just reported (value → name start and end),
 * so that the masked preview does not parse the value a second time: in a dense customer table that
 * re-parse cost as much as finding the address. Bounded; a value not found here is parsed again.
 */
const NAMES = new Map<string, number>();
const MAX = 4096;

export function rememberName(value: string, nameStart: number, nameEnd: number): void {
  if (NAMES.size >= MAX) NAMES.clear();
  NAMES.set(value, nameStart * 65536 + nameEnd);
}

/** [start, end) of the street name in `value`, if the finder reported it recently. */
export function recalledName(value: string): readonly [number, number] | undefined {
  const packed = NAMES.get(value);
  return packed === undefined ? undefined : [Math.floor(packed / 65536), packed % 65536];
}
