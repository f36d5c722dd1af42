/**
 * The ASCII digits of a value, separators dropped (`4242 4242-4242` → `424242424242`). A value that is
 * all digits is returned as is, else the digits are copied by one native replace: a string built a
 * char at a time cost more than the checksum it feeds, for every numeric ID candidate.
 */
export function digitsOf(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return value.replace(NON_DIGITS, '');
  }
  return value;
}
const NON_DIGITS = /[^0-9]/g;

/** True when every character is the same (`000000000`, `111.111.111-11`): never a real ID. */
export function allSameDigit(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits[i] !== digits[0]) return false;
  return digits.length > 0;
}

/**
 * True when the separators between digit groups are all the same character (`4242 4242 4242 4242`,
 * not `4242-4242 4242.4242`). Mixed separators are how unrelated numbers end up side by side.
 */
export function consistentSeparators(value: string): boolean {
  let sep = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (!sep) sep = value[i]!;
    else if (value[i] !== sep) return false;
  }
  return true;
}

/** Lengths of the digit groups of a formatted number: `4111 1111 1111 1111` → [4, 4, 4, 4]. */
export function groupLengths(value: string): number[] {
  const groups: number[] = [];
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
    else if (n > 0) {
      groups.push(n);
      n = 0;
    }
  }
  if (n > 0) groups.push(n);
  return groups;
}
