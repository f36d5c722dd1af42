/**
 * Searching a closed browser profile for values that must never be written to disk: every file under
 * it, for each value in the encodings a store may use (popup-history.e2e.test.ts,
 * popup-file-history.e2e.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `file: value (bytes…)` for each value found in a file under `dir`, and how many files were read. */
export function searchProfile(dir: string, values: readonly string[]): { readonly hits: string[]; readonly files: number } {
  const needles = values.flatMap((value) => encodings(value).map((bytes) => ({ value, bytes })));
  const hits: string[] = [];
  let files = 0;
  for (const file of walk(dir)) {
    files++;
    const data = readFileSync(file);
    for (const n of needles) if (data.includes(n.bytes)) hits.push(`${file.slice(dir.length)}: ${n.value} (${n.bytes.toString('latin1').slice(0, 40)})`);
  }
  return { hits, files };
}

/** The value as bytes: UTF-8, UTF-16LE, URL-encoded, and base64 at each of the three byte alignments. */
export function encodings(value: string): Buffer[] {
  const utf8 = Buffer.from(value, 'utf8');
  const out = [utf8, Buffer.from(value, 'utf16le'), Buffer.from(encodeURIComponent(value))];
  for (let pad = 0; pad < 3; pad++) {
    // Inside a longer base64 text the value's bytes start at any offset mod 3: encode with `pad` bytes
    // in front and keep only the characters that depend on the value alone.
    const b64 = Buffer.concat([Buffer.alloc(pad), utf8]).toString('base64');
    const start = Math.ceil((pad * 8) / 6);
    const end = Math.floor(((pad + utf8.length) * 8) / 6);
    out.push(Buffer.from(b64.slice(start, end)));
  }
  return out.filter((b, i, all) => all.findIndex((o) => o.equals(b)) === i);
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && statSync(path).size > 0) yield path;
  }
}
