/**
 * What the guard lets through without scanning again: the events it dispatches itself (a resend
 * after the user chose "send anyway"), and, for a short while, a composer text the user approved.
 *
 * Both live in the content script's isolated world, where page scripts cannot reach: a page cannot
 * add its own events to `ownEvents` or approve a text, so it cannot approve its own submission.
 */
const ownEvents = new WeakSet<Event>();

/** Marks an event we are about to dispatch, so our capture listeners let it pass. */
export function markOwn<E extends Event>(event: E): E {
  ownEvents.add(event);
  return event;
}

export function isOwn(event: Event): boolean {
  return ownEvents.has(event);
}

/** How long an approval holds: one resend produces a click, a submit and a keydown within a few ms. */
const APPROVAL_MS = 1500;

export class Approvals {
  private text: string | undefined;
  private until = 0;

  /** The user approved sending `text` (as it now reads in the composer). */
  approve(text: string): void {
    this.text = text;
    this.until = performance.now() + APPROVAL_MS;
  }

  /** True while `text` is the approved one and the approval has not expired. */
  covers(text: string): boolean {
    if (this.text === undefined || performance.now() > this.until) return false;
    return this.text === text;
  }

  clear(): void {
    this.text = undefined;
  }
}
