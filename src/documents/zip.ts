import { inflateCursor, inflateUpTo, type InflateCursor, type Inflated } from './inflate';
import type { DocumentLimits } from './types';
import { decodeUtf8, PieceDecoder, wholeCharacters } from './utf8';
import type { XmlSource } from './xml';
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
   * A part as text in pieces, inflated as `walkXml` walks it: for the large parts (a sheet, a body),
   * so that a walk the text limit stops inflates nothing more. Opening it takes the part's share of
   * the budget at once (its declared size, as far as the budget goes): a part opened first is read first
   * when the file is over the budget, whatever is read before it is walked (DOCX headers, ODF styles).
   */
  source(name: string): XmlSource;
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
    return decodeUtf8(whole ? bytes : wholeCharacters(bytes));
  }

  source(name: string): XmlSource {
    const entry = this.entries.get(name);
    const cap = entry && this.capOf(name, entry);
    if (entry === undefined || cap === undefined) return '';
    const first = !this.given.has(name);
    this.given.set(name, cap);
    if (first) this.spent += cap;
    let cursor: InflateCursor | undefined;
    let inflated = 0;
    let done = false;
    const text = new PieceDecoder();
    return {
      next: () => {
        if (done) return undefined;
        if (cursor === undefined) {
          this.inflations++; // when the walk starts, not when the part is opened
          cursor = inflateCursor(entryData(this.zip, entry), entry.method, cap);
        }
        const bytes = corruptAs(entry, () => cursor!.next());
        if (bytes !== undefined) {
          inflated += bytes.length;
          return text.piece(bytes);
        }
        done = true;
        this.settle(name, cap, inflated, cursor.whole, first);
        return text.end(cursor.whole) || undefined;
      },
    };
  }

  /** The part inflated within the limits, and whether that is all of it (an absent part is: empty). */
  private read(name: string): Inflated {
    const entry = this.entries.get(name);
    const cap = entry && this.capOf(name, entry);
    if (entry === undefined) return { bytes: EMPTY, whole: true };
    if (cap === undefined) return { bytes: EMPTY, whole: false };
    const first = !this.given.has(name);
    this.inflations++;
    const { bytes, whole } = corruptAs(entry, () => inflateUpTo(entryData(this.zip, entry), entry.method, cap));
    if (first) this.spent += cap;
    this.settle(name, cap, bytes.length, whole, first);
    return { bytes, whole };
  }

  /**
   * The most `name` may be given: what it declares, as far as the budget goes; the same as the first
   * time when asked again. Undefined, the limit recorded, when a limit leaves it nothing.
   */
  private capOf(name: string, entry: ZipEntry): number | undefined {
    const before = this.given.get(name);
    if (before === undefined && this.given.size >= this.limits.maxEntries) {
      this.cut ??= 'entries';
      return undefined;
    }
    // Never past the declared size either: a part that holds more than it says is cut there.
    const cap = Math.min(entry.size, before ?? Math.max(0, this.limits.maxUncompressedBytes - this.spent));
    if (cap > 0 || entry.size === 0) return cap;
    this.given.set(name, 0);
    this.cut ??= 'uncompressed';
    return undefined;
  }

  /** A part read to its end (or its cap): the budget it took but did not use goes back. */
  private settle(name: string, cap: number, inflated: number, whole: boolean, first: boolean): void {
    if (first) {
      this.spent -= cap - inflated;
      this.given.set(name, inflated);
    }
    if (!whole) this.cut ??= 'uncompressed';
  }
}

/** Runs an inflation: bad deflate data is a `ZipCorrupt` that names the part. */
function corruptAs<T>(entry: ZipEntry, inflate: () => T): T {
  try {
    return inflate();
  } catch (error) {
    throw new ZipCorrupt(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Parts already inflated, as a package (redaction inflates every entry first: it re-zips them all). */
export function packageOf(files: Readonly<Record<string, Uint8Array>>): ZipPackage {
  return {
    names: Object.keys(files),
    bytes: (name) => files[name] ?? EMPTY,
    text: (name) => (Object.hasOwn(files, name) ? decodeUtf8(files[name]!) : ''),
    source: (name) => (Object.hasOwn(files, name) ? decodeUtf8(files[name]!) : ''),
    cut: undefined,
    inflations: 0,
    unsupported: [],
  };
}
