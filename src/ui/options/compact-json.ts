import type { PolicyKey } from '@/src/policy/schema';

/**
 * A setting's value as one line of JSON for display. Reporting headers may carry an access token, so
 * their values are replaced by `hidden`; long values are cut so the table stays readable.
 */
export function displayJson(key: PolicyKey, value: unknown, hidden: string, max = 400): string {
  let shown = value;
  if (key === 'reporting' && value && typeof value === 'object' && 'headers' in value) {
    const headers = (value as { headers?: Record<string, string> }).headers ?? {};
    shown = { ...value, headers: Object.fromEntries(Object.keys(headers).map((h) => [h, hidden])) };
  }
  const text = JSON.stringify(shown) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
