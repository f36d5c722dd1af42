/**
 * A MAC address worth flagging: 12 hex digits that are not all-zero, not broadcast (ff…ff) and not a
 * repeated filler (`11:11:11:11:11:11`). Separators are ignored.
 */
export function macAddressValid(value: string): boolean {
  const hex = value.replace(/[:.\-]/g, '').toLowerCase();
  if (!/^[0-9a-f]{12}$/.test(hex)) return false;
  return !/^(.)\1{11}$/.test(hex) && !/^([0-9a-f]{2})\1{5}$/.test(hex);
}
