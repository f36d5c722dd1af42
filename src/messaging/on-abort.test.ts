import { describe, expect, it } from 'vitest';
import { onAbort } from './on-abort';

describe('onAbort', () => {
  it('runs the cleanup once when the signal aborts', () => {
    const controller = new AbortController();
    let runs = 0;
    onAbort(controller.signal, () => runs++);
    expect(runs).toBe(0);
    controller.abort();
    controller.abort();
    expect(runs).toBe(1);
  });

  it('keeps an invalidated extension context from throwing out of the abort', async () => {
    const controller = new AbortController();
    const after: string[] = [];
    onAbort(controller.signal, () => {
      throw new Error('Extension context invalidated.');
    });
    controller.signal.addEventListener('abort', () => after.push('next listener ran'));
    const uncaught: unknown[] = [];
    const onError = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', onError);
    try {
      controller.abort();
      // Node reports a listener's exception on a later turn.
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(uncaught).toEqual([]);
    expect(after).toEqual(['next listener ran']);
  });
});
