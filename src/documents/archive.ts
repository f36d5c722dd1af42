import { extractBytes, type Job } from './extract';
import type { TextBuilder } from './text-builder';
import type { ExtractOutcome } from './types';
import { readZip } from './zip';

/**
 * A ZIP archive, one level deep: each entry is sniffed and read like a file of its own and its text
 * added with the entry's name in its locations. Nested archives and binaries are skipped with a
 * warning; an encrypted entry makes the whole archive `encrypted` (the policy decides, not us).
 * Returns an outcome only when the archive as a whole cannot be passed as read.
 */
export async function extractArchive(bytes: Uint8Array, job: Job, out: TextBuilder): Promise<ExtractOutcome | undefined> {
  const files = readZip(bytes, (name) => !name.endsWith('/'), job.limits);
  const names = Object.keys(files);
  if (names.length === 0) return { status: 'unreadable', reason: 'empty-archive', format: 'zip' };
  for (const name of names) {
    out.part();
    const inner = await extractBytes(files[name]!, name, '', { ...job, openArchives: false });
    if (inner.status === 'encrypted') return { status: 'encrypted', format: 'zip' };
    if (inner.status === 'too-large') {
      if (inner.limit === 'time') return inner;
      out.warnings.push({ kind: 'entry-skipped', name, reason: `too-large:${inner.limit}` });
      continue;
    }
    if (inner.status === 'unreadable') {
      out.warnings.push({ kind: 'entry-skipped', name, reason: inner.reason === 'unknown-format' && inner.format === 'zip' ? 'nested-archive' : inner.reason });
      continue;
    }
    const { text, segments, warnings } = inner.extracted;
    for (const w of warnings) out.warnings.push(w.kind === 'hidden-sheet' ? { ...w, sheet: `${name}: ${w.sheet}` } : w);
    let at = 0;
    for (const s of segments) {
      if (s.start > at) out.raw(text.slice(at, s.start));
      out.add(text.slice(s.start, s.end), { kind: 'entry', name, inner: s.where });
      at = s.end;
    }
  }
  return undefined;
}
