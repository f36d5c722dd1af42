/**
 * Structure of a US Individual Taxpayer Identification Number: 9XX-GG-SSSS where the group GG is
 * 50–65, 70–88, 90–92 or 94–99 (IRS ranges, including the 50–65 block opened in 2011).
 * Takes the 9 digits, separators removed.
 */
export function usItinValid(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const group = Number(digits.slice(3, 5));
  const inRange = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
  return inRange && digits.slice(5) !== '0000';
}
