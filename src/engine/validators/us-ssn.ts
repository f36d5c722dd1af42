/**
 * SSNs the SSA or advertisers made public and that appear in samples and docs: Woolworth's wallet
 * card 078-05-1120, the SSA's 1940s pamphlet number 219-09-9999, and 457-55-5462 (LifeLock's ad).
 */
const PUBLICISED_SSNS = new Set(['078051120', '219099999', '457555462']);

/**
 * Structure of a US Social Security number (SSA rules since randomisation, 2011):
 * area not 000, 666 or 900–999; group not 00; serial not 0000; not a publicised sample.
 * Takes the 9 digits, separators removed.
 */
export function usSsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  // 123-45-6789 is the canonical "fill me in" sample, never a real person's.
  if (digits === '123456789') return false;
  return !PUBLICISED_SSNS.has(digits);
}
