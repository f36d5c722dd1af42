/**
 * One attach, one decision, one row per file (issue 11: "history rows for files"): which of the files
 * read had something to decide, with their own findings and action, and what the user's one choice
 * meant for each of them. Pure; written as steps (src/decisions/steps.ts): a 10 MB customer sheet has
 * ~500,000 findings, and sorting them by file in one go took ~150 ms.
 */
import type { Finding } from '../engine/types';
import { strongerAction } from '../decisions/actions';
import { STEP, type Steps } from '../decisions/steps';
import type { FileProblem, GuardAction, UserChoice } from '../decisions/types';
import type { DocumentsPolicy } from '../policy/schema';
import type { AttachedFile, JoinedFiles } from './attached';

/** A file with something to decide: findings the guard acts on, or not read in full and not let through by the policy. */
export interface FileToDecide<F = Finding> {
  readonly attached: AttachedFile;
  /** Its own findings, among those acted on. */
  readonly findings: readonly F[];
  /** Its own findings' strongest action, and the policy's for a file not read in full. */
  readonly action: GuardAction;
}

/**
 * The files among `read` with something to decide, in attach order. A clean file has no row, as a clean
 * prompt has none: the history records decisions, not every upload.
 */
export function* filesToDecide<F extends Pick<Finding, 'start'>>(
  read: readonly AttachedFile[],
  joined: Pick<JoinedFiles, 'fileOf'>,
  findings: readonly F[],
  perFinding: readonly GuardAction[],
  policy: Pick<DocumentsPolicy, FileProblem>,
): Steps<FileToDecide<F>[]> {
  const own = new Map<AttachedFile, { findings: F[]; action: GuardAction }>();
  for (const attached of read) own.set(attached, { findings: [], action: attached.problem ? policy[attached.problem] : 'allow' });
  const texts = read.filter((f) => f.extracted && f.extracted.text.length > 0);
  // One file with text (the common case) holds every finding: no lookup per finding.
  const only = texts.length === 1 ? own.get(texts[0]!) : undefined;
  for (let i = 0; i < findings.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const entry = only ?? own.get(joined.fileOf(findings[i]!.start)!);
    if (!entry) continue;
    entry.findings.push(findings[i]!);
    entry.action = strongerAction(entry.action, perFinding[i]!);
  }
  return read.flatMap((attached) => {
    const { findings: mine, action } = own.get(attached)!;
    return mine.length > 0 || action !== 'allow' ? [{ attached, findings: mine, action }] : [];
  });
}

/**
 * What the user's choice for the whole attach meant for one file. "Upload a redacted copy" copies only
 * the files with values left to replace: a file whose findings were all marked "not sensitive" went as
 * it is (`allowed-value`), and so did one that was only not read in full (`sent-anyway`).
 */
export function fileChoice(choice: UserChoice, file: Pick<FileToDecide<unknown>, 'findings'>, copied: boolean): UserChoice {
  if (choice !== 'redacted' || copied) return choice;
  return file.findings.length > 0 ? 'allowed-value' : 'sent-anyway';
}
