/**
 * Selector queries that also look inside OPEN shadow roots (closed ones are invisible to content
 * scripts without `chrome.dom.openOrClosedShadowRoot`, which the guard may add later).
 */
import { isOwnUi } from './editable';

/** Upper bound on elements visited while collecting shadow roots: a runaway page must not freeze the tab. */
const MAX_ELEMENTS_WALKED = 200_000;

/** Every open shadow root under `root`, nested ones included, in document order; our own UI's roots excluded. */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument!;
  const pending: (Document | ShadowRoot)[] = [root];
  let walked = 0;
  while (pending.length && walked < MAX_ELEMENTS_WALKED) {
    const current = pending.shift()!;
    const walker = doc.createTreeWalker(current, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node && walked < MAX_ELEMENTS_WALKED; node = walker.nextNode(), walked++) {
      const shadow = (node as Element).shadowRoot;
      if (shadow && !isOwnUi(node as Element)) {
        found.push(shadow);
        pending.push(shadow);
      }
    }
  }
  return found;
}

/**
 * A query across the light DOM and open shadow roots that collects the shadow roots only when the
 * light DOM had no usable match, and at most once per query object (pages rarely need it; walking a
 * long conversation costs milliseconds).
 */
export class DeepQuery {
  private shadows: ShadowRoot[] | null = null;

  constructor(private readonly root: Document | ShadowRoot) {}

  /** The first element matching `selector` that passes `accept`, light DOM first. Invalid selectors match nothing. */
  first(selector: string, accept: (el: Element) => boolean): Element | null {
    const light = safeQueryAll(this.root, selector).find(accept);
    if (light) return light;
    this.shadows ??= openShadowRoots(this.root);
    for (const shadow of this.shadows) {
      const hit = safeQueryAll(shadow, selector).find(accept);
      if (hit) return hit;
    }
    return null;
  }

  /** Every element matching `selector`, light DOM then shadow roots. */
  all(selector: string): Element[] {
    this.shadows ??= openShadowRoots(this.root);
    return [this.root, ...this.shadows].flatMap((scope) => safeQueryAll(scope, selector));
  }
}

/** `querySelectorAll` that treats an invalid selector (say, from a stale custom-site policy) as "no match". */
export function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}
