/**
 * One attach, one decision, one row per file (issue 11: "history rows for files"): which of the files
 * read had something to decide, with their own findings and action, and what the user's one choice
 * meant for each of them. Pure.
 */
import type { Finding } from '../engine/types';
import { strongerAction } from '../guard/actions';
import type { FileProblem, GuardAction, UserChoice } from '../guard/types';
import type { DocumentsPolicy } from '../policy/schema';
import type { AttachedFile, JoinedFiles } from './attached';

/** A file with something to decide: findings the guard acts on, or not read in full and not let through by the policy. */
export interface FileToDecide {
  readonly attached: AttachedFile;
  /** Indexes into the findings acted on. */
  readonly findings: readonly number[];
  /** Its own findings' strongest action, and the policy's for a file not read in full. */
  readonly action: GuardAction;
}

/**
 * The files among `read` with something to decide, in attach order. A clean file has no row, as a clean
 * prompt has none: the history records decisions, not every upload.
 */
export function filesToDecide(
  read: readonly AttachedFile[],
  joined: Pick<JoinedFiles, 'fileOf'>,
  findings: readonly Pick<Finding, 'start'>[],
  perFinding: readonly GuardAction[],
  policy: Pick<DocumentsPolicy, FileProblem>,
): FileToDecide[] {
  const byFile = new Map<AttachedFile, number[]>();
  findings.forEach((f, i) => {
    const file = joined.fileOf(f.start);
    if (!file) return;
    const list = byFile.get(file);
    if (list) list.push(i);
    else byFile.set(file, [i]);
  });
  const out: FileToDecide[] = [];
  for (const attached of read) {
    const own = byFile.get(attached) ?? [];
    const unread: GuardAction = attached.problem ? policy[attached.problem] : 'allow';
    if (own.length === 0 && unread === 'allow') continue;
    out.push({ attached, findings: own, action: own.reduce<GuardAction>((a, i) => strongerAction(a, perFinding[i]!), unread) });
  }
  return out;
}

/**
 * What the user's choice for the whole attach meant for one file. "Upload a redacted copy" copies only
 * the files with values left to replace: a file whose findings were all marked "not sensitive" went as
 * it is (`allowed-value`), and so did one that was only not read in full (`sent-anyway`).
 */
export function fileChoice(choice: UserChoice, file: FileToDecide, copied: boolean): UserChoice {
  if (choice !== 'redacted' || copied) return choice;
  return file.findings.length > 0 ? 'allowed-value' : 'sent-anyway';
}
