/**
 * Reading a composer: the text its editor would send, and a map from text offsets back to the DOM.
 *
 * Runs on every send, so it is one linear pass (dom-text.ts) with no layout reads (`innerText` would
 * force layout and differs between editors); mapping is lazy binary search (dom-map.ts).
 */
import type { EditorKind } from '../sites/types';
import { isTextControl } from '../sites/editable';
import { snapToCodePoints } from './code-points';
import { type DomMap, createDomMap } from './dom-map';
import { readDomText } from './dom-text';

export type { DomMap } from './dom-map';

export interface TextareaMap {
  readonly kind: 'textarea';
  /** Selection offsets for `setSelectionRange` (identity, clamped, surrogate-safe: `value` is what the text is). */
  toOffsets(start: number, end: number): { start: number; end: number };
}

export type ComposerMap = DomMap | TextareaMap;

export interface ComposerText {
  /** What the editor's model would send: paragraphs joined by "\n", `<br>` as "\n", a textarea's value. */
  readonly text: string;
  readonly map: ComposerMap;
}

/**
 * Reads `element` (a textarea/input, or a contenteditable editing host). The element's own type
 * decides textarea vs DOM reading, so a stale `kind` cannot make us read a textarea's children.
 */
export function readComposer(element: Element, kind: EditorKind): ComposerText {
  if (isTextControl(element)) {
    const text = element.value;
    return {
      text,
      map: {
        kind: 'textarea',
        toOffsets: (start, end) => {
          const [s, e] = snapToCodePoints(text, start, end);
          return { start: s, end: e };
        },
      },
    };
  }
  const read = readDomText(element, kind === 'contenteditable');
  return { text: read.text, map: createDomMap(read) };
}

/** Just the text, for read-back checks. */
export function readComposerText(element: Element, kind: EditorKind): string {
  return isTextControl(element) ? element.value : readDomText(element, kind === 'contenteditable').text;
}
