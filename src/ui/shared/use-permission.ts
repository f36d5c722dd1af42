import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type Query = { readonly origins?: string[]; readonly permissions?: string[] };

/**
 * Whether the extension holds `query` (undefined while checking or when `active` is false), kept
 * current as the user grants or revokes permissions anywhere. `key` identifies the query for re-runs.
 */
export function usePermission(query: Query, key: string, active = true): [boolean | undefined, (granted: boolean) => void] {
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    if (!active || !browser.permissions) return;
    let live = true;
    const check = () =>
      browser.permissions.contains(query as never).then(
        (ok) => live && setGranted(ok),
        () => live && setGranted(false),
      );
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [key, active]);
  return [granted, setGranted];
}
