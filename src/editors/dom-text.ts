/**
 * One linear walk over a contenteditable editor that yields the text its model would send, plus the
 * segments needed to map text offsets back to DOM positions (see dom-map.ts).
 *
 * Rules (they match ProseMirror `textBetween(…, "\n")`, Quill `getText()` without its final "\n", and
 * Lexical/innerText for paragraphs):
 * - every text node contributes its data verbatim (editors render with `white-space: pre-wrap`);
 * - each line-level block after the first starts with "\n", empty paragraphs included;
 * - `<br>` is "\n", except the last one in a block, which only gives an empty line its height
 *   (`<p><br></p>`, ProseMirror's `br.ProseMirror-trailingBreak`, Lexical's extra line-break `<br>`);
 * - images, scripts and other non-text elements contribute nothing.
 * For a generic contenteditable, whitespace-only text nodes at block edges (HTML indentation) are
 * skipped as the browser's own `innerText` would.
 */

export const SegmentType = {
  /** A text node, taken whole. */
  Text: 0,
  /** A `<br>` read as "\n". */
  Break: 1,
  /** The "\n" that starts a new block line; its node is where that line begins. */
  Separator: 2,
} as const;
export type SegmentType = (typeof SegmentType)[keyof typeof SegmentType];

export interface DomText {
  readonly root: Element;
  readonly text: string;
  /** Text offset where each segment begins, ascending. */
  readonly starts: readonly number[];
  /** The text node / `<br>` / first node of the new line, per segment. */
  readonly nodes: readonly Node[];
  readonly types: readonly SegmentType[];
}

const BLOCKS = new Set(
  'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr td th caption ul'.split(' '),
);
const SKIPPED = new Set('script style template noscript img svg canvas video audio iframe object embed input select textarea button'.split(' '));
const FORMATTING_WHITESPACE = /^[ \t\n\r]+$/;

interface Frame {
  readonly el: Element;
  readonly list: NodeListOf<ChildNode>;
  i: number;
  readonly block: boolean;
  /** True once a block element started inside this block (then it is not itself a line). */
  hasBlockChild: boolean;
  /** The innermost block frame enclosing this one (itself when it is a block). */
  readonly owner: Frame | null;
}

export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.localName);
}

/** Walks `root` once. `skipFormattingWhitespace` is for generic contenteditable only. */
export function readDomText(root: Element, skipFormattingWhitespace: boolean): DomText {
  const parts: string[] = [];
  const starts: number[] = [];
  const nodes: Node[] = [];
  const types: SegmentType[] = [];
  let length = 0;
  let started = false; // a line has begun
  let boundary = false; // a block boundary was crossed since the line began
  let pendingBreak: Element | null = null; // a <br> that is "\n" only if content follows in its block

  const push = (node: Node, type: SegmentType, s: string) => {
    starts.push(length);
    nodes.push(node);
    types.push(type);
    parts.push(s);
    length += s.length;
  };
  const beginLine = (at: Node) => {
    if (started && boundary) push(at, SegmentType.Separator, '\n');
    started = true;
    boundary = false;
  };
  const flushBreak = () => {
    if (pendingBreak) push(pendingBreak, SegmentType.Break, '\n');
    pendingBreak = null;
  };

  const rootFrame: Frame = { el: root, list: root.childNodes, i: 0, block: true, hasBlockChild: false, owner: null };
  const stack: Frame[] = [rootFrame];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.i >= frame.list.length) {
      stack.pop();
      if (frame.block && frame !== rootFrame) {
        pendingBreak = null; // trailing <br> of a block
        if (!frame.hasBlockChild) beginLine(frame.el); // an empty paragraph is still a line
        boundary = true;
      }
      continue;
    }
    const index = frame.i++;
    const node = frame.list[index]!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data === '') continue;
      if (skipFormattingWhitespace && FORMATTING_WHITESPACE.test(data) && atBlockEdge(frame.list, index)) continue;
      beginLine(pendingBreak ?? node);
      flushBreak();
      push(node, SegmentType.Text, data);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const name = el.localName;
      if (name === 'br') {
        beginLine(pendingBreak ?? el);
        flushBreak();
        pendingBreak = el;
      } else if (!SKIPPED.has(name)) {
        const block = BLOCKS.has(name);
        const owner = frame.block ? frame : frame.owner;
        if (block) {
          if (owner) owner.hasBlockChild = true;
          pendingBreak = null;
          boundary = true;
        }
        const child: Frame = { el, list: el.childNodes, i: 0, block, hasBlockChild: false, owner };
        stack.push(child);
      }
    }
  }
  return { root, text: parts.join(''), starts, nodes, types };
}

function atBlockEdge(list: NodeListOf<ChildNode>, index: number): boolean {
  const prev = list[index - 1];
  const next = list[index + 1];
  return !prev || !next || (prev.nodeType === 1 && BLOCKS.has((prev as Element).localName)) || (next.nodeType === 1 && BLOCKS.has((next as Element).localName));
}
