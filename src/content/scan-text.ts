/**
 * The guard's scanner: the engine with every built-in detector, plus the user's "not sensitive" list.
 * Small texts are scanned synchronously (the send path must decide before the site's handlers run);
 * large ones in chunks with pauses in between, so a 10 MB paste never freezes the tab.
 */
import { ALL_DETECTORS } from '../engine/detectors';
import { createScanner, type Scanner } from '../engine/scan';
import type { Finding } from '../engine/types';
import type { CustomDetectorSet } from '../engine/custom';

/** Up to this many chars a scan runs in one go (~5–10 ms at the engine's speed). */
export const SYNC_SCAN_LIMIT = 256 * 1024;
/** Chunk size of an asynchronous scan, and how far each chunk reads into the next one. */
const CHUNK = 192 * 1024;
const OVERLAP = 4 * 1024;

/** The built-in detectors plus the admin's own, with the admin's and the user's allow rules. */
export function createGuardScanner(isAllowed: (value: string, type: string) => boolean, custom?: CustomDetectorSet): Scanner {
  return createScanner(custom ? [...ALL_DETECTORS, ...custom.detectors] : ALL_DETECTORS, {
    isAllowed,
    ...(custom ? { allowlist: custom.allowlist, allowedDomains: custom.allowedDomains } : {}),
  });
}

/**
 * Scans `text` in chunks, yielding to the event loop between them. Each chunk is read with some text
 * before it (context words) and after it (a value cut by the chunk edge is still seen whole); a finding
 * is kept by the chunk it starts in, unless it starts inside one already kept.
 */
export async function scanInChunks(scanner: Scanner, text: string, signal?: AbortSignal): Promise<Finding[]> {
  const out: Finding[] = [];
  let keptEnd = 0;
  for (let start = 0; start < text.length; start += CHUNK) {
    if (signal?.aborted) throw signal.reason ?? new Error('scan aborted');
    const end = Math.min(text.length, start + CHUNK);
    const from = Math.max(0, start - OVERLAP);
    for (const f of scanner.scan(text.slice(from, Math.min(text.length, end + OVERLAP)))) {
      const s = f.start + from;
      if (s < start || s >= end || s < keptEnd) continue;
      out.push({ ...f, start: s, end: f.end + from });
      keptEnd = f.end + from;
    }
    await yieldToEventLoop();
  }
  return out;
}

/**
 * Lets input and rendering run between chunks. `scheduler.yield()` where Chromium has it; otherwise a
 * message-channel turn, which, unlike nested `setTimeout(0)`, is not clamped to 4 ms.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function scanAny(scanner: Scanner, text: string): Promise<Finding[]> {
  return text.length <= SYNC_SCAN_LIMIT ? scanner.scan(text) : scanInChunks(scanner, text);
}
