/**
 * The one way the UI shows a policy problem: the catalogue's `policyError_<code>` with the problem's
 * values, so the text follows the browser's language. An error whose code has no entry yet (an older
 * catalogue, a hand-built error) shows its English `message` rather than a bare key.
 */
import type { PolicyError } from '@/src/policy/check';
import { CATALOGUE_PREFIX } from '@/src/policy/messages';
import { lookup } from '../i18n';

export function describeProblem(error: Pick<PolicyError, 'code' | 'params' | 'message'>): string {
  return lookup(`${CATALOGUE_PREFIX}${error.code}`, error.params) ?? error.message;
}
