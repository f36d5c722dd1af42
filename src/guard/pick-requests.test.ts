// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PICK_ANSWER, PICK_REQUEST, type PickDecision } from '../files/pick-channel';
import { listenForPicks } from './pick-requests';

/** Dispatches a request as the main-world hook does; returns whether a guard took it, and the answers seen. */
function request(detail: unknown): { taken: boolean; answers: unknown[] } {
  const answers: unknown[] = [];
  const onAnswer = (e: Event) => answers.push((e as CustomEvent).detail);
  window.addEventListener(PICK_ANSWER, onAnswer);
  const taken = !window.dispatchEvent(new CustomEvent(PICK_REQUEST, { detail, cancelable: true }));
  return { taken, answers };
}

describe('listenForPicks (the guard side of the picker hook)', () => {
  let controller = new AbortController();
  afterEach(() => controller.abort());

  it('takes a request during its dispatch and answers it once, by id', () => {
    controller = new AbortController();
    const seen: string[] = [];
    let answer: (d: PickDecision) => void = () => undefined;
    listenForPicks(controller.signal, (req, reply) => {
      seen.push(req.kind);
      answer = reply;
    });
    const file = new File(['card'], 'a.docx');
    const { taken, answers } = request({ v: 1, id: 'r1', kind: 'files', files: [file] });
    expect(taken).toBe(true);
    expect(seen).toEqual(['files']);
    expect(answers).toEqual([]);
    answer({ decision: 'none' });
    answer({ decision: 'original' });
    expect(answers).toEqual([{ v: 1, id: 'r1', decision: 'none' }]);
  });

  it('can answer synchronously, inside the dispatch (the folder picker keeps its user activation)', () => {
    controller = new AbortController();
    listenForPicks(controller.signal, (_, reply) => reply({ decision: 'original' }));
    expect(request({ v: 1, id: 'd1', kind: 'directory' })).toEqual({ taken: true, answers: [{ v: 1, id: 'd1', decision: 'original' }] });
  });

  it('leaves malformed requests untaken, and takes nothing once its guard stood down', () => {
    controller = new AbortController();
    const seen: unknown[] = [];
    listenForPicks(controller.signal, (req) => seen.push(req));
    expect(request({ v: 1, id: 'x', kind: 'files', files: ['a.docx'] }).taken).toBe(false);
    controller.abort();
    expect(request({ v: 1, id: 'y', kind: 'directory' }).taken).toBe(false);
    expect(seen).toEqual([]);
  });
});
