/** The ASCII digits of a value, separators dropped (`4242 4242-4242` → `424242424242`). */
export function digitsOf(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out += value[i];
  }
  return out;
}

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
