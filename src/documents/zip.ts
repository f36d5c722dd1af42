import { inflateUpTo, type Inflated } from './inflate';
import type { DocumentLimits } from './types';
import { entryData, readDirectory, ZipCorrupt, type ZipEntry } from './zip-directory';

export { ZipCorrupt } from './zip-directory';

/** A wanted entry is encrypted (general-purpose flag bit 0): nothing of it can be read. */
export class ZipEncrypted extends Error {}

/**
 * The parts of a ZIP-based file, inflated one at a time when an extractor asks for them. The inflated
 * bytes are counted against `maxUncompressedBytes`, and the parts against `maxEntries`, in the order the
 * parts are asked for, which is the extractors' reading order (the workbook, then its sheets in order;
 * slides in order): the part that crosses the budget is given as far as the budget goes, the parts
 * after a limit are empty, and `cut` says which limit it was. Once the text limit stops an extractor,
 * nothing more is inflated.
 */
export interface ZipPackage {
  /** The wanted parts, in directory order (those stored or deflated: others are not read). */
  readonly names: readonly string[];
  /** A part's bytes, as far as the budget allows; empty when there is no such part. */
  bytes(name: string): Uint8Array;
  /** A part as text (UTF-8, BOM dropped); a part cut short ends at its last whole character. */
  text(name: string): string;
  /**
   * Why some part asked for was not given in full, if one was not: the budget ran out (or the part held
   * more than it declared: `uncompressed` too), or `maxEntries` parts had been read.
   */
  readonly cut: 'uncompressed' | 'entries' | undefined;
  /** How many times a part was inflated (tests: no part is inflated after the text limit). */
  readonly inflations: number;
  /** Wanted entries of a compression method other than stored and deflate, not read (redaction refuses them). */
  readonly unsupported: readonly string[];
}

const EMPTY = new Uint8Array(0);

/**
 * Lists `bytes`' central directory and gives the entries `want` accepts as a package. Only the parts
 * read count against `maxEntries`: a presentation with 20,000 images, or 15,000 slides of which the text
 * limit reads 4,000, is read. Throws `ZipEncrypted` and `ZipCorrupt`.
 */
export function openZip(bytes: Uint8Array, want: (name: string) => boolean, limits: DocumentLimits, onListed?: (name: string) => void): ZipPackage {
  const entries = readDirectory(bytes, want, onListed);
  const unsupported: string[] = [];
  for (const entry of entries.values()) {
    if (entry.encrypted) throw new ZipEncrypted(entry.name);
    if (entry.method !== 0 && entry.method !== 8) unsupported.push(entry.name);
  }
  for (const name of unsupported) entries.delete(name);
  return new LazyPackage(bytes, entries, limits, unsupported);
}

class LazyPackage implements ZipPackage {
  readonly names: readonly string[];
  cut: ZipPackage['cut'];
  inflations = 0;
  private spent = 0;
  /** Bytes given to each part the first time: asked again, a part gets the same (and is not counted twice). */
  private readonly given = new Map<string, number>();

  constructor(
    private readonly zip: Uint8Array,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly limits: Pick<DocumentLimits, 'maxUncompressedBytes' | 'maxEntries'>,
    readonly unsupported: readonly string[],
  ) {
    this.names = [...entries.keys()];
  }

  bytes(name: string): Uint8Array {
    return this.read(name).bytes;
  }

  text(name: string): string {
    const { bytes, whole } = this.read(name);
    // One decode of the whole part: Node's streaming TextDecoder is several times slower.
    return utf8.decode(whole ? bytes : wholeCharacters(bytes));
  }

  /** The part inflated within the limits, and whether that is all of it (an absent part is: empty). */
  private read(name: string): Inflated {
    const entry = this.entries.get(name);
    if (entry === undefined) return { bytes: EMPTY, whole: true };
    const before = this.given.get(name);
    if (before === undefined && this.given.size >= this.limits.maxEntries) return this.stop('entries');
    // Never past the declared size either: a part that holds more than it says is cut there.
    const cap = Math.min(entry.size, before ?? Math.max(0, this.limits.maxUncompressedBytes - this.spent));
    if (cap === 0 && entry.size > 0) {
      // The budget is spent: the part is not inflated at all.
      this.given.set(name, 0);
      return this.stop('uncompressed');
    }
    this.inflations++;
    const { bytes, whole } = inflate(entryData(this.zip, entry), entry, cap);
    if (before === undefined) {
      this.given.set(name, bytes.length);
      this.spent += bytes.length;
    }
    if (!whole) this.cut ??= 'uncompressed';
    return { bytes, whole };
  }

  private stop(limit: 'uncompressed' | 'entries'): Inflated {
    this.cut ??= limit;
    return { bytes: EMPTY, whole: false };
  }
}

/** `inflateUpTo`, bad deflate data a `ZipCorrupt` that names the part. */
function inflate(data: Uint8Array, entry: ZipEntry, cap: number): Inflated {
  try {
    return inflateUpTo(data, entry.method, cap);
  } catch (error) {
    throw new ZipCorrupt(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const utf8 = new TextDecoder('utf-8');

/** `bytes` without the UTF-8 sequence a cut left unfinished at its end. */
function wholeCharacters(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

/** Parts already inflated, as a package (redaction inflates every entry first: it re-zips them all). */
export function packageOf(files: Readonly<Record<string, Uint8Array>>): ZipPackage {
  return {
    names: Object.keys(files),
    bytes: (name) => files[name] ?? EMPTY,
    text: (name) => (Object.hasOwn(files, name) ? utf8.decode(files[name]) : ''),
    cut: undefined,
    inflations: 0,
    unsupported: [],
  };
}
