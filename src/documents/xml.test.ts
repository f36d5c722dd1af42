import { describe, expect, it } from 'vitest';
import { attr, decodeEntities, walkXml, type XmlSource } from './xml';

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

describe('walkXml over pieces (a part inflated as it is walked)', () => {
  /** Every event with its offsets, as redaction uses them. */
  function events(source: XmlSource): string[] {
    const out: string[] = [];
    walkXml(source, {
      open: (name, tag, self) => out.push(`<${name} ${tag} ${self}`),
      close: (name) => out.push(`</${name}`),
      text: (text, from, to) => out.push(`${text}@${from}-${to}`),
    });
    return out;
  }
  /** `xml` in pieces of `size` characters, with an empty piece now and then. */
  function pieces(xml: string, size: number): XmlSource {
    let at = 0;
    let calls = 0;
    return {
      next() {
        if (++calls % 5 === 0) return '';
        if (at >= xml.length) return undefined;
        return xml.slice(at, (at += size));
      },
    };
  }

  it.each([
    ['a document', '<?xml version="1.0"?><!DOCTYPE x><w:p a="1>2" b=\'<\'><!-- <b>no</b> --><w:t>Mar</w:t><w:t xml:space="preserve">ia &amp; Jo</w:t><br/>tail<![CDATA[<raw>]]></w:p>'],
    ['unterminated at the end: a tag, a comment, CDATA, a quote', '<a>text<b c="x>y'],
    ['an open comment', '<a>x<!-- never closed <b>'],
    ['an open CDATA', '<a>x<![CDATA[ raw <b> to the end'],
    ['text only', 'no tags at all &lt; here'],
  ])('%s: the same events and offsets, whatever the pieces', (_, xml) => {
    const whole = events(xml);
    for (const size of [1, 2, 3, 5, 8, 13, 1000]) expect(events(pieces(xml, size)), `pieces of ${size}`).toEqual(whole);
  });

  it('a text node or tag far longer than a piece is still walked in linear time', () => {
    const long = `<a>${'x'.repeat(2_000_000)}</a><b ${'k="v" '.repeat(300_000)}/>`;
    const started = Date.now();
    expect(events(pieces(long, 1024)).length).toBe(5); // <a>, its text, </a>, <b/> (open and close)
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

