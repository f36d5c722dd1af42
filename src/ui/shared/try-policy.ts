/**
 * "Try it": what the guard would find in a text and what it would do, under a given policy and
 * (optionally) on a given built-in site. Uses the guard's own pieces (scanner with the policy's custom
 * detectors and allow rules, action rules, decision), so the answer cannot drift from what the guard
 * does. Runs entirely on the device. The user's "not sensitive" list is not applied here.
 */
import { createGuardScanner } from '@/src/guard/scan-text';
import { toGuardPolicy, type GuardPolicy } from '@/src/guard/policy';
import type { Finding } from '@/src/engine/types';
import { decideAction, type CompanionRole } from '@/src/decisions/actions';
import type { GuardAction } from '@/src/decisions/types';
import type { Policy } from '@/src/policy/schema';
import { SITE_ADAPTERS } from '@/src/sites/adapters';
import { parseMatchPattern } from '@/src/sites/match-pattern';
import type { Scanner } from '@/src/engine/scan';

export interface PolicyTester {
  readonly guard: GuardPolicy;
  readonly scanner: Scanner;
}

/** Compiles a policy once (custom RE2 patterns, hash sets); reuse it while the policy is unchanged. */
export function policyTester(policy: Policy): PolicyTester {
  const guard = toGuardPolicy(policy);
  return { guard, scanner: createGuardScanner(() => false, guard.custom) };
}

export interface TryResult {
  readonly findings: readonly Finding[];
  readonly perFinding: readonly GuardAction[];
  /** Per finding: for a name or an address that no rule names, why it counts or not (src/decisions/actions.ts). */
  readonly companion: readonly (CompanionRole | undefined)[];
  /** The one action the guard would take (`allow` when nothing is found or the guard is off there). */
  readonly action: GuardAction;
  /** False when the policy switches the guard off (everywhere, or on the chosen site). */
  readonly guardOn: boolean;
}

/** The host a built-in site is configured under in `sites` (its first match pattern's host). */
export function siteHost(siteId: string): string | undefined {
  const adapter = SITE_ADAPTERS.find((a) => a.id === siteId);
  const first = adapter?.matches[0];
  return first ? parseMatchPattern(first)?.host : undefined;
}

export function tryPolicy(tester: PolicyTester, text: string, siteId?: string): TryResult {
  const guardOn = tester.guard.enabledFor(siteId ?? '', siteId ? (siteHost(siteId) ?? '') : '');
  const findings = text.trim() === '' ? [] : tester.scanner.scan(text);
  // Records (table rows, paragraphs) as the guard sees them: a name counts next to other personal data of its record.
  const decision = decideAction(findings, tester.guard.rules, siteId, findings.length > 0 ? tester.scanner.fieldsOf(text) : undefined);
  const companion = decision.companion ?? findings.map(() => undefined);
  return { findings, perFinding: decision.perFinding, companion, action: guardOn ? decision.action : 'allow', guardOn };
}
