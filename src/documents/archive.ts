import { extractBytes, tooLarge, type Job } from './extract';
import type { TextBuilder } from './text-builder';
import type { Extracted, ExtractOutcome, LimitKind } from './types';
import { openZip } from './zip';

/**
 * A ZIP archive, one level deep: each entry is sniffed and read like a file of its own and its text
 * added with the entry's name in its locations. Nested archives and binaries are skipped with a
 * warning; an encrypted entry makes the whole archive `encrypted` (the policy decides, not us).
 * Entries are inflated one at a time within the archive's budget. An entry over a limit (its own, or
 * the budget) gives what was read of it, and the archive is then `too-large` with everything read:
 * text not scanned is never passed as read. Returns an outcome only when the archive as a whole
 * cannot be passed as read.
 */
export async function extractArchive(bytes: Uint8Array, job: Job, out: TextBuilder): Promise<ExtractOutcome | undefined> {
  const pkg = openZip(bytes, (name) => !name.endsWith('/'), job.limits);
  if (pkg.names.length === 0) return { status: 'unreadable', reason: 'empty-archive', format: 'zip' };
  let over: LimitKind | undefined;
  for (const name of pkg.names) {
    out.part();
    const entry = pkg.bytes(name);
    // A limit ran out at this entry: what came of it is read (a text file's start; a cut ZIP is
    // corrupt), and nothing after it.
    const cut = pkg.cut;
    const inner = await extractBytes(entry, name, '', { ...job, openArchives: false });
    if (inner.status === 'encrypted') return { status: 'encrypted', format: 'zip' };
    if (inner.status === 'too-large' && inner.limit === 'time') return inner;
    const read = inner.status === 'ok' ? inner.extracted : inner.status === 'too-large' ? inner.partial : undefined;
    if (read !== undefined) addEntry(name, read, out);
    const limit: LimitKind | undefined = cut ?? (inner.status === 'too-large' ? inner.limit : undefined);
    if (limit !== undefined) {
      out.warnings.push({ kind: 'entry-skipped', name, reason: `too-large:${limit}` });
      over ??= limit;
      if (cut) break;
    } else if (inner.status === 'unreadable') {
      out.warnings.push({ kind: 'entry-skipped', name, reason: inner.reason === 'unknown-format' && inner.format === 'zip' ? 'nested-archive' : inner.reason });
    }
  }
  return over === undefined ? undefined : tooLarge(over, out, 'zip');
}

/** An entry's text, its locations inside the entry's name. */
function addEntry(name: string, extracted: Extracted, out: TextBuilder): void {
  const { text, segments, warnings } = extracted;
  for (const w of warnings) out.warnings.push(w.kind === 'hidden-sheet' ? { ...w, sheet: `${name}: ${w.sheet}` } : w);
  let at = 0;
  for (const s of segments) {
    if (s.start > at) out.raw(text.slice(at, s.start));
    out.add(text.slice(s.start, s.end), { kind: 'entry', name, inner: s.where });
    at = s.end;
  }
}
