/**
 * The guard's scanner: the engine with every built-in detector, plus the admin's own detectors and
 * allow rules and the user's "not sensitive" list. How the guard scans without long tasks is in
 * sliced-scan.ts; how typing rescans only what changed, in incremental-scan.ts.
 */
import { ALL_DETECTORS } from '../engine/detectors';
import { createScanner, type Scanner } from '../engine/scan';
import type { CustomDetectorSet } from '../engine/custom';

/** The built-in detectors plus the admin's own, with the admin's and the user's allow rules. */
export function createGuardScanner(isAllowed: (value: string, type: string) => boolean, custom?: CustomDetectorSet): Scanner {
  return createScanner(custom ? [...ALL_DETECTORS, ...custom.detectors] : ALL_DETECTORS, {
    isAllowed,
    ...(custom ? { allowlist: custom.allowlist, allowedDomains: custom.allowedDomains } : {}),
  });
}
