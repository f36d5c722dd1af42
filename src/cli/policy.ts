import { ALL_DETECTORS } from '../engine/detectors';
import { compileCustomDetectors } from '../engine/custom';
import { createScanner, type Scanner } from '../engine/scan';
import { CliError, describeJsonError } from './errors';
import { readTextFile } from './read-input';

/** The policy keys the CLI applies; each must be an array when present. The rest of a policy is ignored. */
export const POLICY_KEYS = ['customTerms', 'customPatterns', 'exactMatch', 'allowlist', 'allowedDomains'] as const;

export interface LoadedScanner {
  readonly scanner: Scanner;
  /** One line per rule or value the policy had to skip; printed as warnings, the scan goes on. */
  readonly warnings: readonly string[];
}

/**
 * The scanner for this run: every built-in detector plus the policy's custom ones.
 * A file that is not a JSON object, or whose keys above have the wrong shape, is an error (exit 2):
 * guessing what a broken policy meant would scan with the wrong rules. A single bad rule only warns.
 */
export function loadScanner(policyPath?: string): LoadedScanner {
  if (policyPath === undefined) return { scanner: createScanner(ALL_DETECTORS), warnings: [] };
  return scannerFromPolicy(parsePolicy(readTextFile(policyPath), policyPath));
}

/** Parses and shape-checks a policy file's text. Throws `CliError` when it is malformed. */
export function parsePolicy(text: string, name: string): Record<string, unknown> {
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch (error) {
    throw new CliError(`policy ${name}: ${describeJsonError(error, text)}`);
  }
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    throw new CliError(`policy ${name} must be a JSON object`);
  }
  const obj = policy as Record<string, unknown>;
  for (const key of POLICY_KEYS) {
    if (obj[key] !== undefined && !Array.isArray(obj[key])) throw new CliError(`policy ${name}: "${key}" must be an array`);
  }
  return obj;
}

/** Compiles the custom detectors and builds the scanner; per-rule problems come back as warnings. */
export function scannerFromPolicy(policy: Record<string, unknown>): LoadedScanner {
  const custom = compileCustomDetectors(policy);
  const scanner = createScanner([...ALL_DETECTORS, ...custom.detectors], {
    allowlist: custom.allowlist,
    allowedDomains: custom.allowedDomains,
  });
  return { scanner, warnings: custom.errors };
}
