/**
 * The whole private history for the popup (newest first), plus clear. The popup is an extension page
 * with the background's origin, so it opens the same IndexedDB directly.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { openHistory, type HistoryStore } from '@/src/history/store';
import type { HistoryEvent } from '@/src/history/types';

export interface HistoryData {
  /** `undefined` while loading. */
  readonly events: readonly HistoryEvent[] | undefined;
  readonly error?: string;
  clear(): Promise<void>;
}

const openDefault = () => openHistory();

/** `open` must be a stable function (it is an effect dependency). */
/** Loads the history once when the popup opens (a popup lives for seconds; reopening reloads). */
export function useHistory(open: () => Promise<HistoryStore> = openDefault): HistoryData {
  const [events, setEvents] = useState<readonly HistoryEvent[]>();
  const [error, setError] = useState<string>();
  const [store, setStore] = useState<HistoryStore>();
  useEffect(() => {
    let live = true;
    let opened: HistoryStore | undefined;
    open()
      .then(async (s) => {
        opened = s;
        const list = await s.list();
        if (!live) return s.close();
        setStore(s);
        setEvents(list);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setError(String(e));
        setEvents([]);
      });
    return () => {
      live = false;
      opened?.close();
    };
  }, [open]);
  const clear = useCallback(async () => {
    if (!store) return;
    await store.clear();
    setEvents(await store.list());
  }, [store]);
  return { events, ...(error ? { error } : {}), clear };
}
