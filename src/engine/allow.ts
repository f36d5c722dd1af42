/**
 * The vetoes applied after a match is judged sensitive: the admin's allowlist (exact values, trimmed,
 * case-insensitive), the organisation's own email domains (subdomains included), and an extra check such
 * as the user's "not sensitive" list kept as salted hashes.
 */
export interface AllowRules {
  readonly allowlist?: readonly string[];
  readonly allowedDomains?: readonly string[];
  readonly isAllowed?: (value: string, type: string) => boolean;
}

export function buildAllow(rules: AllowRules): (value: string, type: string) => boolean {
  const values = new Set((rules.allowlist ?? []).map((v) => v.trim().toLowerCase()).filter(Boolean));
  const domains = (rules.allowedDomains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  const extra = rules.isAllowed;
  if (values.size === 0 && domains.length === 0 && !extra) return () => false;
  return (value, type) => {
    const v = value.trim().toLowerCase();
    if (values.has(v)) return true;
    if (type === 'EMAIL' && domains.length) {
      const domain = v.slice(v.lastIndexOf('@') + 1);
      if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
    }
    return extra ? extra(value, type) : false;
  };
}
