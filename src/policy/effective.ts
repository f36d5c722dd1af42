/**
 * defaults ⊕ user options ⊕ managed policy → the policy in force, which key came from where, and
 * which keys the user cannot change. Plus the adapters from a policy to the guard and the engine.
 */
import { DEFAULT_ACTION_RULES, isGuardAction } from '../decisions/actions';
import { compileCustomDetectors, type CustomDetectorSet } from '../engine/custom';
import { ACTION_STRENGTH, type ActionRules, type GuardAction } from '../decisions/types';
import { ENTITY_CATEGORIES } from '../engine/entity-types';
import type { Category } from '../engine/types';
import { SITE_ADAPTERS } from '../sites/adapters';
import { parseMatchPattern } from '../sites/match-pattern';
import type { CustomSiteConfig } from '../sites/types';
import { ADMIN_ONLY_KEYS, POLICY_KEYS, type ActionMap, type Policy, type PolicyKey } from './schema';
import { CONVERSATION_DETECTOR } from '../restore/vault-protocol';

export type SettingOrigin = 'default' | 'user' | 'admin';

export interface EffectivePolicy {
  readonly policy: Policy;
  readonly origin: Readonly<Record<PolicyKey, SettingOrigin>>;
  /** Keys the user cannot change (the options page shows them as locked). */
  readonly locked: ReadonlySet<PolicyKey>;
}

/** Record-valued keys: the chosen layer's entries are laid over the defaults' entries. */
const MERGED: readonly PolicyKey[] = ['actions', 'sites'];

/**
 * Managed wins, key by key. A user value applies only when the admin allows user overrides, did not
 * set that key and did not lock it (`lockedSettings`, `"*"` = all). `actions` and `sites` are merged
 * entry by entry over the defaults, so an admin who sets `actions: { EMAIL: "block" }` keeps the
 * built-in SECRET → block instead of silently falling back to the default action.
 */
export function effectivePolicy(defaults: Policy, user: Partial<Policy> | undefined, managed: Partial<Policy> | undefined): EffectivePolicy {
  const admin = managed ?? {};
  const mine = user ?? {};
  const lockList = admin.lockedSettings ?? [];
  const allowUser = admin.allowUserOverride ?? defaults.allowUserOverride;
  const locked = new Set<PolicyKey>(ADMIN_ONLY_KEYS);
  for (const key of POLICY_KEYS) {
    if (!allowUser || lockList.includes('*') || lockList.includes(key) || Object.hasOwn(admin, key)) locked.add(key);
  }
  const policy: Record<string, unknown> = {};
  const origin = {} as Record<PolicyKey, SettingOrigin>;
  for (const key of POLICY_KEYS) {
    let layer: Partial<Policy> | undefined;
    if (Object.hasOwn(admin, key) && admin[key] !== undefined) [layer, origin[key]] = [admin, 'admin'];
    else if (!locked.has(key) && Object.hasOwn(mine, key) && mine[key] !== undefined) [layer, origin[key]] = [mine, 'user'];
    else origin[key] = 'default';
    const value = layer ? layer[key] : defaults[key];
    policy[key] = layer && MERGED.includes(key) ? { ...(defaults[key] as object), ...(value as object) } : value;
  }
  return { policy: policy as unknown as Policy, origin, locked };
}

const CATEGORIES: readonly Category[] = ['PII', 'FINANCIAL', 'GOVERNMENT_ID', 'SECRET', 'CUSTOM'];

/** Monitor mode never interrupts the user: anything stronger than `audit` is recorded as `audit`. */
function capFor(policy: Policy): (a: GuardAction) => GuardAction {
  return (a) => (policy.mode === 'monitor' && ACTION_STRENGTH[a] > ACTION_STRENGTH.audit ? 'audit' : a);
}

function split(actions: ActionMap | undefined, cap: (a: GuardAction) => GuardAction) {
  const byCategory: Partial<Record<Category, GuardAction>> = {};
  const byType: Record<string, GuardAction> = {};
  for (const [key, a] of Object.entries(actions ?? {})) {
    if ((CATEGORIES as readonly string[]).includes(key)) byCategory[key as Category] = cap(a);
    else if (Object.hasOwn(ENTITY_CATEGORIES, key)) byType[key] = cap(a);
  }
  return { byCategory, byType };
}

/** The built-in site ids whose match patterns cover `host` (so `chatgpt.com` also configures `chatgpt`). */
function siteIdsForHost(host: string): string[] {
  return SITE_ADAPTERS.filter((a) => a.matches.some((m) => parseMatchPattern(m)?.host === host)).map((a) => a.id);
}

/** The keys that decide which action a finding gets. */
export const ACTION_KEYS: readonly PolicyKey[] = ['defaultAction', 'actions', 'sites', 'customTerms', 'customPatterns', 'exactMatch'];

export interface ActionRulesOptions {
  /** Where each key came from (`EffectivePolicy.origin`); without it every key counts as built-in. */
  readonly origin?: Readonly<Partial<Record<PolicyKey, SettingOrigin>>>;
}

/**
 * Whether `redact` is applied without asking: when the admin set any of the action keys and the user
 * set none, the admin owns the action table (including the built-in entries `actions` and `sites` are
 * merged over), and an admin's redact is automatic, with a notice and Undo. A redact from the built-in
 * defaults or from the user's own settings keeps showing the result first (docs/admin.md, "Redact").
 */
export function redactIsAutomatic(origin: ActionRulesOptions['origin']): boolean {
  if (!origin) return false;
  const from = ACTION_KEYS.map((key) => origin[key]);
  return from.includes('admin') && !from.includes('user');
}

/**
 * The guard's ActionRules for a policy. `bySite` is keyed by host as written in `sites` and also by
 * the built-in site id that host belongs to. A site with `enabled: false` resolves every finding to
 * `allow` (callers should also skip scanning there, see `siteEnabled`). `enabled: false` for the whole
 * policy is the caller's to honour; monitor mode caps every action at `audit`. `options.origin` decides
 * `confirmRedact` (`redactIsAutomatic`).
 */
export function toActionRules(
  policy: Policy,
  custom: CustomDetectorSet = compileCustomDetectors(toCustomDetectorInput(policy)),
  options: ActionRulesOptions = {},
): ActionRules {
  const cap = capFor(policy);
  // Each admin rule's own action, by the detector id the engine gave it (monitor caps these too).
  const byDetector: Record<string, GuardAction> = {};
  for (const [id, a] of Object.entries(custom.actions)) if (isGuardAction(a)) byDetector[id] = cap(a);
  // A value the conversation already sent as a placeholder goes as that placeholder again (src/restore).
  if (policy.restore.enabled) byDetector[CONVERSATION_DETECTOR] = cap('redact');
  const global = split(policy.actions, cap);
  const bySite: Record<string, Partial<Omit<ActionRules, 'bySite'>>> = {};
  for (const [host, site] of Object.entries(policy.sites)) {
    let entry: Partial<Omit<ActionRules, 'bySite'>>;
    if (site.enabled === false) {
      const allow = <K extends string>(keys: Iterable<K>) => Object.fromEntries([...keys].map((k) => [k, 'allow'])) as Record<K, GuardAction>;
      entry = { default: 'allow', byCategory: allow(CATEGORIES), byType: allow(Object.keys(global.byType)) };
    } else {
      const local = split(site.actions, cap);
      entry = { byCategory: local.byCategory, byType: local.byType, ...(site.defaultAction ? { default: cap(site.defaultAction) } : {}) };
    }
    for (const key of [host, ...siteIdsForHost(host)]) if (!Object.hasOwn(bySite, key)) bySite[key] = entry;
  }
  return {
    ...DEFAULT_ACTION_RULES,
    confirmRedact: !redactIsAutomatic(options.origin),
    default: cap(policy.defaultAction),
    byCategory: global.byCategory,
    byType: global.byType,
    byDetector,
    bySite,
    ...(policy.message.text !== undefined ? { blockMessage: policy.message.text } : {}),
    ...(policy.message.url !== undefined ? { supportUrl: policy.message.url } : {}),
  };
}

/** Whether the guard runs on `host` (or on a built-in site id) under this policy. */
export function siteEnabled(policy: Policy, hostOrSiteId: string): boolean {
  if (!policy.enabled) return false;
  for (const [host, site] of Object.entries(policy.sites)) {
    if (site.enabled === false && (host === hostOrSiteId || siteIdsForHost(host).includes(hostOrSiteId))) return false;
  }
  return true;
}

/** The input `compileCustomDetectors` expects (custom rules, allowlist, allowed domains). */
export function toCustomDetectorInput(policy: Policy) {
  const { customTerms, customPatterns, exactMatch, allowlist, allowedDomains } = policy;
  return { customTerms, customPatterns, exactMatch, allowlist, allowedDomains };
}

/** `extraSites` in the shape `customSiteAdapters` (src/sites/custom-sites.ts) expects. */
export function toCustomSiteConfigs(policy: Policy): CustomSiteConfig[] {
  return policy.extraSites.map((site) => ({
    hosts: [site.match],
    ...(site.composerSelector !== undefined ? { composer: [site.composerSelector] } : {}),
    ...(site.sendSelector !== undefined ? { send: [site.sendSelector] } : {}),
  }));
}
