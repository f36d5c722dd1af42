/**
 * An answer's text as the user reads it, from the DOM without layout: `innerText` would force a layout
 * on every streamed chunk; this walks the nodes and puts line breaks where blocks end, a tab between
 * table cells. Hidden parts and our own UI are left out.
 */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON']);

export function answerText(root: Element, ownHost: string): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (SKIP.has(name) || el.localName === ownHost || el.getAttribute('aria-hidden') === 'true' || (el as HTMLElement).hidden) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCKS.has(name);
    if (block && out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (name === 'TD' || name === 'TH') out.push('\t');
    if (block) out.push('\n');
  };
  walk(root);
  return out.join('').replace(/\t\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
