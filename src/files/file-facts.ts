/**
 * What the history and audit records say about an attached file (`FileFacts`): its name, unless the
 * name itself holds something the engine finds (then with those values replaced by placeholders), what
 * kind of file it is, and its size. Never a byte of its content.
 */
import type { Scanner } from '../engine/scan';
import { redact } from '../engine/redact';
import type { FileFacts, FileProblem } from '../decisions/types';

/** File systems cap a name at 255 bytes; past that it is not a name, and the audit record cuts it. */
const NAME_MAX = 255;
/** Line breaks, C0/C1 controls and bidi overrides (`invoice\u202Efdp.exe`) would make a row lie or break it. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const EXTENSION = /\.([a-z0-9]{1,10})$/;

/**
 * `name` as a record may keep it: its stem scanned like any text, each value the engine finds replaced
 * by its placeholder (`card_4111111111111111.pdf` → `card_[CREDIT_CARD_1].pdf`). The extension stays
 * out of the scan (an e-mail address would take `.docx` as its top-level domain) and in the name.
 * Scanned twice: as it is (`sk_live_…` keys hold underscores) and with underscores read as spaces (same
 * length, so offsets hold): detectors look for a word boundary, and `_` is a word character, so
 * `card_4111…` would hide the number. Overlapping findings of the two scans are replaced once.
 */
export function maskedFileName(name: string, scanner: Pick<Scanner, 'scan'>): { readonly name: string; readonly masked: boolean } {
  const safe = [...name.replace(UNSAFE, ' ')].slice(0, NAME_MAX).join('');
  const extension = EXTENSION.exec(safe.toLowerCase())?.[0].length ?? 0;
  const stem = safe.slice(0, safe.length - extension);
  const findings = [...scanner.scan(stem), ...(stem.includes('_') ? scanner.scan(stem.replace(/_/g, ' ')) : [])];
  if (findings.length === 0) return { name: safe, masked: false };
  return { name: redact(stem, findings).text + safe.slice(stem.length), masked: true };
}

/**
 * What kind of file it is: the format the reader recognised (the bytes say `docx` whatever the name
 * says), for plain text the extension (`csv`, `env`, `json`), else `text` or `unknown`.
 */
export function fileFormat(name: string, read?: string): string {
  if (read && read !== 'text') return read;
  return EXTENSION.exec(name.toLowerCase())?.[1] ?? read ?? 'unknown';
}

/** The facts of one attached file for its decision event. */
export function fileFacts(
  file: { readonly name: string; readonly size: number; readonly format?: string; readonly problem?: FileProblem },
  scanner: Pick<Scanner, 'scan'>,
): FileFacts {
  const { name, masked } = maskedFileName(file.name, scanner);
  return {
    name,
    ...(masked ? { nameMasked: true as const } : {}),
    format: fileFormat(name, file.format),
    size: file.size,
    ...(file.problem ? { problem: file.problem } : {}),
  };
}
