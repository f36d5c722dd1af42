/**
 * The guard's side of the main-world picker hook (src/files/picker-hook.ts, pick-channel.ts): takes each
 * request while the dispatch runs (so the hook knows a guard will answer), and answers it once.
 */
import { PICK_ANSWER, PICK_REQUEST, readPickRequest, type PickDecision, type PickRequest } from '../files/pick-channel';

/** `answer` may be called synchronously or later; only the first call counts. */
export type PickHandler = (request: PickRequest, answer: (decision: PickDecision) => void) => void;

export function listenForPicks(signal: AbortSignal, onPick: PickHandler): void {
  window.addEventListener(
    PICK_REQUEST,
    (event) => {
      const request = readPickRequest((event as CustomEvent).detail);
      if (!request) return;
      // Taken: only the live guard listens (an orphan's listeners end when its successor starts).
      event.preventDefault();
      event.stopImmediatePropagation();
      let answered = false;
      onPick(request, (decision) => {
        if (answered) return;
        answered = true;
        window.dispatchEvent(new CustomEvent(PICK_ANSWER, { detail: { v: 1, id: request.id, ...decision } }));
      });
    },
    { signal },
  );
}
