/**
 * Saving an export: a Blob URL clicked through a temporary `<a download>`. Nothing goes over the
 * network and no `downloads` permission is needed; the browser shows its usual save flow.
 */

/** `promptfence-history-2026-11-24.csv` (local date), so repeated exports sort by day. */
export function exportFileName(ext: 'csv' | 'json', now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `promptfence-history-${day}.${ext}`;
}

/** Offers `text` as a file download named `fileName`. */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not now: Chromium starts the download asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
