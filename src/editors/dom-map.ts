/**
 * Text offsets ↔ DOM positions for a contenteditable read by dom-text.ts.
 *
 * A range boundary is placed with "affinity": a start sits where its first character begins and an
 * end where its last character ends, so a finding at the edge of a text node stays inside that node
 * (what `execCommand('insertText')` needs to replace exactly the finding and keep formatting around it).
 * Lookups are binary searches over the segments: O(log n) per range.
 */
import { type DomText, SegmentType } from './dom-text';
import { snapToCodePoints } from './code-points';

interface Point {
  readonly node: Node;
  readonly offset: number;
}

export interface DomMap {
  readonly kind: 'dom';
  /** A live DOM Range covering text[start, end) (clamped; never splits a surrogate pair). */
  toRange(start: number, end: number): Range;
  /** The text offset of a DOM position inside the editor (a selection end, say); null when outside it. */
  offsetAt(node: Node, offset: number): number | null;
}

export function createDomMap(read: DomText): DomMap {
  const { root, text, starts, nodes, types } = read;
  const doc = root.ownerDocument;
  let textIndex: Map<Node, number> | null = null; // built on first reverse lookup only

  /** Index of the segment containing text offset `o` (0 ≤ o < text.length). */
  const locate = (o: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineStart = (node: Node): Point => (node.nodeType === 1 && (node as Element).localName === 'br' ? before(node) : { node, offset: 0 });
  const segmentEnd = (i: number): Point => {
    const node = nodes[i]!;
    if (types[i] === SegmentType.Text) return { node, offset: (node as Text).data.length };
    if (types[i] === SegmentType.Break) return after(node);
    return lineStart(node);
  };
  const segmentStart = (i: number): Point => {
    if (types[i] === SegmentType.Text) return { node: nodes[i]!, offset: 0 };
    if (types[i] === SegmentType.Break) return before(nodes[i]!);
    return i > 0 ? segmentEnd(i - 1) : { node: root, offset: 0 };
  };
  /** Where the character at `o` begins. */
  const forward = (o: number): Point => {
    if (o >= text.length) return backward(text.length);
    const i = locate(o);
    return types[i] === SegmentType.Text ? { node: nodes[i]!, offset: o - starts[i]! } : segmentStart(i);
  };
  /** Where the character before `o` ends. */
  const backward = (o: number): Point => {
    if (o <= 0) return text.length ? forward(0) : { node: root, offset: 0 };
    const i = locate(o - 1);
    return types[i] === SegmentType.Text ? { node: nodes[i]!, offset: o - starts[i]! } : segmentEnd(i);
  };

  return {
    kind: 'dom',
    toRange(start, end) {
      [start, end] = snapToCodePoints(text, start, end);
      const range = doc.createRange();
      const s = forward(start);
      const e = start === end ? s : backward(end);
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      return range;
    },
    offsetAt(node, offset) {
      if (node !== root && !root.contains(node)) return null;
      if (node.nodeType === 3) {
        textIndex ??= indexTextNodes(nodes, types);
        const i = textIndex.get(node);
        if (i !== undefined) return starts[i]! + Math.min(offset, (node as Text).data.length);
      }
      return offsetByComparison(node, offset);
    },
  };

  /** The last segment whose start is at or before the point, found by comparing DOM positions. */
  function offsetByComparison(node: Node, offset: number): number {
    if (!starts.length) return 0;
    const probe = doc.createRange();
    probe.setStart(node, offset);
    // A separator is compared by where its new line begins, so a caret at a line start lands after the "\n".
    const anchor = (i: number): Point => (types[i] === SegmentType.Separator ? segmentEnd(i) : segmentStart(i));
    const atOrBefore = (i: number) => {
      const p = anchor(i);
      return probe.comparePoint(p.node, p.offset) <= 0;
    };
    let lo = -1;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (atOrBefore(mid)) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 0) return 0;
    if (types[lo] === SegmentType.Text) {
      return node === nodes[lo] ? starts[lo]! + offset : starts[lo]! + (nodes[lo] as Text).data.length;
    }
    if (types[lo] === SegmentType.Break) {
      const b = before(nodes[lo]!);
      return b.node === node && b.offset === offset ? starts[lo]! : starts[lo]! + 1;
    }
    return starts[lo]! + 1;
  }
}

function indexTextNodes(nodes: readonly Node[], types: readonly SegmentType[]): Map<Node, number> {
  const index = new Map<Node, number>();
  nodes.forEach((node, i) => {
    if (types[i] === SegmentType.Text) index.set(node, i);
  });
  return index;
}

function childIndex(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

function before(node: Node): Point {
  return { node: node.parentNode!, offset: childIndex(node) };
}

function after(node: Node): Point {
  return { node: node.parentNode!, offset: childIndex(node) + 1 };
}
