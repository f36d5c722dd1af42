/**
 * UTF-8 to text for parts that arrive in pieces or cut short. One `decode` per piece with no stream
 * state: Node's streaming TextDecoder is several times slower than its one-shot decode (measured on a
 * 10 MB ODT, the decode doubled), so a character split between pieces is carried by hand.
 */

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** A whole part's text (a byte-order mark dropped). */
export function decodeUtf8(bytes: Uint8Array): string {
  return dropBom(utf8.decode(bytes));
}

/** `bytes` without the UTF-8 sequence a cut left unfinished at its end. */
export function wholeCharacters(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: its lead is further back
    return sequenceLength(b) > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

/** Pieces of one part to text, in order: `piece` for each, then `end`. */
export class PieceDecoder {
  private carry: Uint8Array = new Uint8Array(0);
  private first = true;

  piece(bytes: Uint8Array): string {
    let head = '';
    if (this.carry.length > 0) {
      const need = sequenceLength(this.carry[0]!) - this.carry.length;
      const joint = new Uint8Array(this.carry.length + Math.min(need, bytes.length));
      joint.set(this.carry);
      joint.set(bytes.subarray(0, need), this.carry.length);
      if (bytes.length < need) {
        this.carry = joint;
        return '';
      }
      head = utf8.decode(joint);
      bytes = bytes.subarray(need);
    }
    const whole = wholeCharacters(bytes);
    this.carry = bytes.subarray(whole.length);
    const text = head + utf8.decode(whole);
    if (!this.first || text === '') return text;
    this.first = false;
    return dropBom(text);
  }

  /** What is left: a character cut at the end of a part read in full is decoded (as U+FFFD), of one cut short dropped. */
  end(whole: boolean): string {
    return whole && this.carry.length > 0 ? utf8.decode(this.carry) : '';
  }
}

function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
}

function dropBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
