/**
 * Normalisations for exact-match lists. Admins hash their values with the same rule (docs/admin.md
 * shows the one-liners), so "Jane.Doe@Example.com " and "jane.doe@example.com" hash alike.
 */
export type Normalization = 'email' | 'digits' | 'lowercase' | 'none';

export const NORMALIZATIONS: readonly Normalization[] = ['email', 'digits', 'lowercase', 'none'];

export function normalizeValue(value: string, how: Normalization): string {
  switch (how) {
    case 'email':
      return value.trim().toLowerCase();
    case 'digits':
      return value.replace(/\D+/g, '');
    case 'lowercase':
      return value.trim().replace(/\s+/g, ' ').toLowerCase();
    case 'none':
      return value;
  }
}
