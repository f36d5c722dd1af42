/**
 * The files of an attach that are new to this tab: read (documents in an extension context, text files
 * here), scanned as one text, decided in one panel, a row reported for each file with something to
 * decide, and what was decided remembered per file. The rest of the flow is in file-guard.ts.
 */
import { redact } from '../engine/redact';
import type { UserChoice } from '../decisions/types';
import { findingSources, joinFiles, PLACED_FINDINGS, readAttachedFiles, redactedCopies, unreadFiles, type AttachedFile } from '../files/attached';
import type { Remembered } from '../files/decision-memory';
import { fileFacts } from '../files/file-facts';
import { fileChoice, filesToDecide, type FileToDecide } from '../files/file-outcomes';
import type { Attachment, FileGuardDeps } from './file-guard';
import { fileProgress } from './file-progress';
import { resolveWithUser, show } from './resolve-with-user';
import { scanSliced } from './sliced-scan';
import { runInSlices } from './sliced-steps';

/** Whether anything goes to the site, and the redacted copies that go instead of their originals. */
export type Fresh = { readonly go: false } | { readonly go: true; readonly copies: ReadonlyMap<File, File> };
export const GO: Fresh = { go: true, copies: new Map() };

/** Reads, checks and decides the files new to this tab; remembers what was decided for each. */
export async function decideFresh(d: FileGuardDeps, a: Attachment, files: readonly File[], remember: (file: File, value: Remembered) => void): Promise<Fresh> {
  const documents = d.documents();
  const progress = fileProgress(d.ctx, files.length);
  let read: AttachedFile[] = [];
  try {
    // Documents are read in an extension context (src/files); text files here, as typed text.
    read = await readAttachedFiles(files, d.reader, documents, progress.update, a.names);
    const joined = joinFiles(read);
    const all = joined.text ? await scanSliced(d.scanner(), joined.text, d.pace, d.signal, progress.tick) : [];
    const { findings, decision } = await d.decide(all, joined.text);
    progress.close();
    const rows = await runInSlices(filesToDecide(read, joined, findings, decision.perFinding, documents), 'decide', d.signal);
    for (const f of read) if (!rows.some((row) => row.attached === f)) remember(f.file, { kind: 'clean' });
    const report = (row: FileToDecide, choice: UserChoice, justification?: string) =>
      d.report(a.channel, row.action, choice, row.findings, joined.text, justification, fileFacts(row.attached, d.scanner()));
    if (rows.length === 0) return GO;
    if (rows.every((row) => row.action === 'audit')) {
      for (const row of rows) remember(row.attached.file, { kind: 'attach', event: report(row, 'sent-anyway') });
      return GO;
    }

    // The panel lists the first findings: only those are placed (a 10 MB sheet has ~510,000).
    const sourceAt = await findingSources(joined, findings.slice(0, PLACED_FINDINGS).map((f) => f.start));
    // Placed: the reader may drop the files' locations (a redacted copy is made from the bytes again).
    for (const f of read) f.release?.();
    const snapshot = a.composer ? d.composers.snapshot(a.composer) : undefined;
    const resolution = await resolveWithUser({
      ctx: d.ctx, composers: d.composers, snapshot, findings, decision, siteName: d.siteName(), purpose: 'file',
      insertedText: joined.text, sourceAt, unreadFiles: unreadFiles(read, documents), files: rows.length,
    });
    await d.allowValues(resolution, findings);
    const { choice, justification } = resolution;
    // "Upload anyway" attaches the files as they are; "Upload a redacted copy" attaches copies; else nothing.
    if (choice === 'sent-anyway' || choice === 'allowed-value') {
      for (const row of rows) remember(row.attached.file, { kind: 'attach', event: report(row, choice, justification) });
      return GO;
    }
    if (choice === 'redacted' && resolution.redactFindings) {
      const chosen = resolution.redactFindings.map((i) => findings[i]!);
      const texts = redact(joined.text, chosen).replacements.map((r) => ({ start: r.start, end: r.end, text: r.replacement }));
      const made = await redactedCopies(files, read, joined, texts, d.reader, documents);
      if (!('files' in made)) {
        // Nothing is attached; not remembered: the user may fix the file and attach it again.
        for (const row of rows) report(row, 'blocked');
        await show(d.ctx, { kind: 'notice', notice: 'file-redaction-failed', name: made.failed });
        return { go: false };
      }
      const copies = new Map<File, File>();
      files.forEach((file, i) => made.files[i] !== file && copies.set(file, made.files[i]!));
      for (const row of rows) {
        const copy = copies.get(row.attached.file);
        const event = report(row, fileChoice(choice, row, copy !== undefined));
        remember(row.attached.file, copy ? { kind: 'copy', copy, event } : { kind: 'attach', event });
      }
      return { go: true, copies };
    }
    for (const row of rows) {
      const event = report(row, choice, justification);
      // A panel closed by another one, or by the page going away, is no one's choice to repeat.
      if (!resolution.unanswered) remember(row.attached.file, { kind: 'removed', event });
    }
    if (snapshot) d.composers.restoreFocus(snapshot);
    return { go: false };
  } finally {
    for (const f of read) f.release?.();
    progress.close();
  }
}
