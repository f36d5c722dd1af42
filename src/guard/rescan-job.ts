/**
 * The typing overlay's scan of the composer after an edit, in slices like any scan of a big composer
 * (sliced-scan.ts): first the findings kept after the edit are checked for a changed field label
 * (incremental-scan.ts `keptLabelsFrom`), then the planned range is scanned, or everything from its start
 * when a label changed. Without a plan (no previous scan, or nothing to keep) the whole text is scanned.
 * The findings equal `scanner.scan(text)`'s.
 */
import type { FieldIndex } from '../engine/fields';
import type { Scanner } from '../engine/scan';
import type { Finding } from '../engine/types';
import { applyRescan, keptLabelsFrom, LABEL_CHANGED, widened, type RescanPlan } from './incremental-scan';
import { SLICE_MS, SlicedScan, yieldToEventLoop, type ScanPace } from './sliced-scan';

export class RescanJob {
  /** Kept findings whose labels are compared so far. */
  private checked = 0;
  private scan: SlicedScan | undefined;

  constructor(
    private readonly scanner: Scanner,
    readonly text: string,
    private readonly pace: ScanPace,
    private plan?: RescanPlan,
    /** The old and the new text's field indexes; without them labels are not compared. */
    private readonly fields?: { readonly prev: FieldIndex; readonly next: FieldIndex },
  ) {}

  get done(): boolean {
    return !!this.scan?.done;
  }

  /** The new text's findings, once `done`. */
  get findings(): Finding[] {
    const found = this.scan?.findings ?? [];
    return this.plan ? applyRescan(this.plan, found) : [...found];
  }

  /**
   * Works until done (true) or `deadline` (a `performance.now()` time). With `mustProgress` something
   * is always done; without it (the first run, in the task that also read the composer) nothing starts
   * after the deadline.
   */
  runUntil(deadline: number, mustProgress = true): boolean {
    if (!this.scan) {
      const plan = this.plan;
      if (plan && this.fields && this.checked < plan.after.length) {
        if (!mustProgress && performance.now() >= deadline) return false;
        const at = keptLabelsFrom(plan, this.fields, this.checked, deadline);
        if (at === LABEL_CHANGED) this.plan = widened(plan, this.text.length);
        else if ((this.checked = at) < plan.after.length) return false;
        // The labels took this run's time: the scan starts in the next one.
        mustProgress = false;
      }
      this.scan = new SlicedScan(this.scanner, this.text, this.pace, this.plan?.range);
    }
    return this.scan.runUntil(deadline, mustProgress);
  }

  /** The rest in slices of `sliceMs`, yielding before each. Rejects with the signal's reason once aborted. */
  async finish(signal?: AbortSignal, sliceMs = SLICE_MS): Promise<Finding[]> {
    while (!this.done) {
      await yieldToEventLoop();
      if (signal?.aborted) throw signal.reason ?? new Error('scan aborted');
      this.runUntil(performance.now() + sliceMs);
    }
    return this.findings;
  }
}
