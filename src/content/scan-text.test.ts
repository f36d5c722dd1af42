import { describe, expect, it } from 'vitest';
import { scan } from '../engine/scan';
import { createGuardScanner, scanInChunks } from './scan-text';

const SECRET = 'AKIAZ3MHALQ7X7RTPW2B';
const CARD = '4111 1111 1111 1111';

describe('scanInChunks', () => {
  const scanner = createGuardScanner(() => false);

  it('finds the same values as one synchronous scan, including values cut by a chunk edge', async () => {
    const filler = 'The nightly export ran fine and nobody noticed anything unusual today.\n';
    const parts: string[] = [];
    let text = '';
    // Plant values at many offsets so some straddle the 192 KB chunk edges.
    while (text.length < 900_000) {
      parts.push(filler.repeat(37), `aws key ${SECRET} and card ${CARD}\n`);
      text = parts.join('');
    }
    const sync = scan(text).map((f) => `${f.start}:${f.end}:${f.type}`);
    const chunked = (await scanInChunks(scanner, text)).map((f) => `${f.start}:${f.end}:${f.type}`);
    expect(chunked.length).toBeGreaterThan(100);
    expect(chunked).toEqual(sync);
  });

  it('keeps a value that starts just before a chunk edge, once', async () => {
    const edge = 192 * 1024;
    const text = 'x '.repeat((edge - 5) / 2) + ` ${SECRET} ` + 'y '.repeat(1000);
    const found = (await scanInChunks(scanner, text)).filter((f) => f.type === 'AWS_ACCESS_KEY');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(SECRET);
  });

  it('yields to the event loop between chunks', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await scanInChunks(scanner, 'lorem ipsum dolor sit amet '.repeat(40_000));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('honours the allowlist it was built with', () => {
    const allowing = createGuardScanner((value) => value === SECRET);
    expect(allowing.scan(`key ${SECRET}`)).toEqual([]);
    expect(scanner.scan(`key ${SECRET}`)).toHaveLength(1);
  });
});
