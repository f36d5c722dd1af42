/**
 * Finding the send button near a composer. The guard needs it only to intercept clicks (Enter and
 * `submit` are caught without it), so a miss is not fatal; `via` tells the popup how sure we are.
 */
import { DeepQuery } from './deep-query';
import { isOwnUi, isRendered } from './editable';
import type { SiteAdapter } from './types';

export interface SendButtonResult {
  readonly element: HTMLElement;
  /** `adapter`: a site selector matched; `form-submit`: the composer form's submit button; `label`: a nearby button named send/submit (label, title, test id or text). */
  readonly via: 'adapter' | 'form-submit' | 'label';
}

const BUTTONS = 'button, [role="button"], input[type="submit"]';
/** Accessible names of send buttons across sites and languages we have seen (English only for now). */
const SEND_NAME = /\b(send|submit)\b/i;
/** How many ancestors above the composer the label search climbs before giving up. */
const MAX_CLIMB = 6;

/**
 * The send button for `composer`: adapter selectors (nearest to the composer wins), then the
 * composer form's submit button, then a nearby button whose aria-label/title/test id says send/submit.
 * Disabled buttons count: the site disables send while the composer is empty.
 */
export function findSendButton(root: Document | ShadowRoot, adapter: SiteAdapter | null, composer: Element | null): SendButtonResult | null {
  const visible = (el: Element) => isRendered(el) && !isOwnUi(el);
  if (adapter) {
    const query = new DeepQuery(root);
    for (const selector of adapter.send) {
      const hits = query.all(selector).filter(visible);
      if (hits.length) return { element: nearest(hits, composer) as HTMLElement, via: 'adapter' };
    }
  }
  if (!composer) return null;

  const form = composer.closest('form');
  if (form) {
    const submit = Array.from(form.querySelectorAll('button[type="submit"], input[type="submit"]')).find(visible);
    if (submit) return { element: submit as HTMLElement, via: 'form-submit' };
  }

  let scope: Element | null = composer.parentElement;
  for (let depth = 0; scope && depth < MAX_CLIMB; depth++, scope = scope.parentElement) {
    const named = Array.from(scope.querySelectorAll(BUTTONS)).find((el) => visible(el) && SEND_NAME.test(buttonName(el)));
    if (named) return { element: named as HTMLElement, via: 'label' };
  }
  return null;
}

/** aria-label, title, test id, value, and short visible text (`<button>Send</button>` on plain internal front ends). */
function buttonName(el: Element): string {
  const text = el.textContent?.trim() ?? '';
  return [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('data-testid'), (el as HTMLInputElement).value, text.length <= 30 ? text : '']
    .filter(Boolean)
    .join(' ')
    .replace(/[-_]/g, ' ');
}

/** The candidate sharing the deepest common ancestor with the composer (the composer's own toolbar). */
function nearest(candidates: Element[], composer: Element | null): Element {
  if (!composer || candidates.length === 1) return candidates[0]!;
  const composerAncestors = new Set<Node>();
  for (let n: Node | null = composer; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) composerAncestors.add(n);
  let best = candidates[0]!;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    let distance = 0;
    let n: Node | null = candidate;
    while (n && !composerAncestors.has(n)) {
      n = n.parentNode ?? (n as ShadowRoot).host ?? null;
      distance++;
    }
    if (n && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
