// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, exportFileName } from './download';

afterEach(() => vi.restoreAllMocks());

describe('download', () => {
  it('names the file by local day', () => {
    expect(exportFileName('csv', new Date(2026, 0, 5, 23, 30))).toBe('promptfence-history-2026-01-05.csv');
  });

  it('clicks a temporary <a download> on a Blob URL and leaves nothing in the page', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:test'));
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    downloadText('x.json', '{"a":1}', 'application/json');
    expect(clicks.map((a) => [a.download, a.getAttribute('href')])).toEqual([['x.json', 'blob:test']]);
    expect(await blob!.text()).toBe('{"a":1}');
    expect(document.querySelectorAll('a').length).toBe(0);
  });
});
