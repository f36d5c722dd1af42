import { describe, expect, it } from 'vitest';
import { attr, decodeEntities, walkXml } from './xml';

describe('decodeEntities', () => {
  it.each([
    ['Fish &amp; chips', 'Fish & chips'],
    ['&lt;b&gt; &quot;q&quot; &apos;a&apos;', '<b> "q" \'a\''],
    ['&#65;&#x42;&#X43;&#128512;', 'ABC😀'],
    ['&nbsp; &unknown; & alone &#xZZ; &#0;', '&nbsp; &unknown; & alone &#xZZ; &#0;'],
    ['no entities', 'no entities'],
  ])('%s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});

describe('walkXml', () => {
  it('reports opens, closes (self-closing too), text, CDATA; skips comments, declarations and doctypes', () => {
    const events: string[] = [];
    walkXml('<?xml version="1.0"?><!DOCTYPE x><a k="1>2"><!-- <b>no</b> --><b/>t&amp;u<![CDATA[<raw>]]></a>', {
      open: (name, tag, self) => events.push(`open ${name} ${self ? 'self' : ''} ${attr(tag, 'k') ?? ''}`.trim()),
      close: (name) => events.push(`close ${name}`),
      text: (text) => events.push(`text ${text}`),
    });
    expect(events).toEqual(['open a  1>2', 'open b self', 'close b', 'text t&u', 'text <raw>', 'close a']);
  });

  it('reads attributes by exact name, in either quote', () => {
    const tag = `sheet name="A &amp; B" sheetId='2' r:id="rId3" state="hidden"`;
    expect(attr(tag, 'name')).toBe('A & B');
    expect(attr(tag, 'sheetId')).toBe('2');
    expect(attr(tag, 'id')).toBeUndefined();
    expect(attr(tag, 'r:id')).toBe('rId3');
  });

  it('ends on hostile input without hanging: unterminated tags, quotes, a megabyte of ampersands', () => {
    const hostile = ['<a b="'.repeat(50_000), '<'.repeat(200_000), '&'.repeat(1_000_000), '<!--'.repeat(100_000), '<![CDATA['.repeat(50_000)];
    for (const xml of hostile) {
      let texts = 0;
      const started = Date.now();
      walkXml(xml, { text: () => texts++ });
      expect(Date.now() - started).toBeLessThan(2000);
    }
    expect(decodeEntities('&'.repeat(1_000_000)).length).toBe(1_000_000);
  });
});
