/**
 * Real OOXML and OpenDocument packages for the tests, zipped with fflate from parts written the way
 * Word, Excel, PowerPoint and LibreOffice write them (content types, relationships, namespaces, runs
 * split mid-word, shared strings, `xml:space="preserve"`). Test-only: nothing in src/ imports it.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Zips `parts` (text parts as UTF-8) the way Office does: deflated, `[Content_Types].xml` first. */
export function pack(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, body] of Object.entries(parts)) files[name] = typeof body === 'string' ? strToU8(body) : body;
  return zipSync(files, { level: 6 });
}

function rels(list: [id: string, type: string, target: string][]): string {
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

function contentTypes(overrides: [part: string, type: string][]): string {
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('')}</Types>`;
}

/** A run of text, as Word writes one (properties, then `w:t`, preserving spaces when needed). */
export function run(text: string, props = ''): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t${space}>${text}</w:t></w:r>`;
}

export function para(...runs: string[]): string {
  return `<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs.join('')}</w:p>`;
}

export function table(rows: string[][]): string {
  const grid = `<w:tblGrid>${rows[0]!.map(() => '<w:gridCol w:w="3000"/>').join('')}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows
    .map((r) => `<w:tr w:rsidR="00A1B2C3">${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${para(c === '' ? '' : run(c))}</w:tc>`).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
}

export interface DocxParts {
  body: string;
  header?: string;
  footer?: string;
  comments?: string;
  footnotes?: string;
}

/** A Word document: `body` is the inside of `w:body` (paragraphs and tables). */
export function docx(parts: DocxParts): Uint8Array {
  const WT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const files: Record<string, string> = {
    '[Content_Types].xml': contentTypes([
      ['/word/document.xml', `${WT}.document.main+xml`],
      ...(parts.header ? ([['/word/header1.xml', `${WT}.header+xml`]] as [string, string][]) : []),
      ...(parts.footer ? ([['/word/footer1.xml', `${WT}.footer+xml`]] as [string, string][]) : []),
      ...(parts.comments ? ([['/word/comments.xml', `${WT}.comments+xml`]] as [string, string][]) : []),
    ]),
    '_rels/.rels': rels([['rId1', 'officeDocument', 'word/document.xml']]),
    'word/document.xml': `${XML}<w:document ${W}><w:body>${parts.body}<w:sectPr w:rsidR="00A1B2C3">${parts.header ? '<w:headerReference w:type="default" r:id="rId8"/>' : ''}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    'word/_rels/document.xml.rels': rels([
      ['rId1', 'styles', 'styles.xml'],
      ...(parts.header ? ([['rId8', 'header', 'header1.xml']] as [string, string, string][]) : []),
      ...(parts.footer ? ([['rId9', 'footer', 'footer1.xml']] as [string, string, string][]) : []),
      ...(parts.comments ? ([['rId10', 'comments', 'comments.xml']] as [string, string, string][]) : []),
    ]),
    'word/styles.xml': `${XML}<w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
  };
  if (parts.header) files['word/header1.xml'] = `${XML}<w:hdr ${W}>${parts.header}</w:hdr>`;
  if (parts.footer) files['word/footer1.xml'] = `${XML}<w:ftr ${W}>${parts.footer}</w:ftr>`;
  if (parts.comments) files['word/comments.xml'] = `${XML}<w:comments ${W}>${parts.comments}</w:comments>`;
  if (parts.footnotes) files['word/footnotes.xml'] = `${XML}<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${parts.footnotes}</w:footnotes>`;
  return pack(files);
}

export function comment(id: number, text: string): string {
  return `<w:comment w:id="${id}" w:author="Jane Auditor" w:date="2026-11-30T10:00:00Z" w:initials="JA">${para(run(text))}</w:comment>`;
}

/** A cell as Excel writes it: shared string (`t="s"`), inline string, or number. */
export type XCell = { s: number } | { inline: string } | { n: string };

export interface Sheet {
  name: string;
  hidden?: boolean;
  rows: Record<number, Record<string, XCell>>;
  comments?: Record<string, string>;
}

/** An Excel workbook with a shared-string table, sheets in workbook order (file names shuffled). */
export function xlsx(shared: string[], sheets: Sheet[]): Uint8Array {
  const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const files: Record<string, string> = {
    '_rels/.rels': rels([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml': `${XML}<workbook xmlns="${SML}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    // Sheet files numbered in reverse: the order must come from the workbook, not the names.
    'xl/_rels/workbook.xml.rels': rels([
      ...sheets.map((_, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${sheets.length - i}.xml`] as [string, string, string]),
      [`rId${sheets.length + 1}`, 'sharedStrings', 'sharedStrings.xml'],
    ]),
    'xl/sharedStrings.xml': `${XML}<sst xmlns="${SML}" count="${shared.length}" uniqueCount="${shared.length}">${shared
      .map((t, i) => (i % 2 === 1 ? `<si><r><rPr><b/></rPr><t>${t.slice(0, 2)}</t></r><r><t xml:space="preserve">${t.slice(2)}</t></r></si>` : `<si><t>${t}</t></si>`))
      .join('')}</sst>`,
  };
  sheets.forEach((sheet, i) => {
    const file = `sheet${sheets.length - i}.xml`;
    const rows = Object.entries(sheet.rows)
      .map(([r, cells]) => `<row r="${r}" spans="1:5">${Object.entries(cells)
        .map(([col, c]) => {
          const ref = `${col}${r}`;
          if ('s' in c) return `<c r="${ref}" t="s"><v>${c.s}</v></c>`;
          if ('inline' in c) return `<c r="${ref}" t="inlineStr"><is><t>${c.inline}</t></is></c>`;
          return `<c r="${ref}" s="1"><v>${c.n}</v></c>`;
        })
        .join('')}</row>`)
      .join('');
    files[`xl/worksheets/${file}`] = `${XML}<worksheet xmlns="${SML}" xmlns:r="${REL}"><dimension ref="A1:E20"/><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    if (sheet.comments) {
      files[`xl/worksheets/_rels/${file}.rels`] = rels([['rId1', 'comments', `../comments${i + 1}.xml`]]);
      files[`xl/comments${i + 1}.xml`] = `${XML}<comments xmlns="${SML}"><authors><author>Jane Auditor</author></authors><commentList>${Object.entries(sheet.comments)
        .map(([ref, t]) => `<comment ref="${ref}" authorId="0"><text><r><rPr><b/></rPr><t>Jane Auditor:</t></r><r><t xml:space="preserve">\n${t}</t></r></text></comment>`)
        .join('')}</commentList></comments>`;
    }
  });
  files['[Content_Types].xml'] = contentTypes([['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml']]);
  return pack(files);
}

export interface Slide {
  /** Paragraphs of the title and body shapes. */
  texts: string[];
  notes?: string;
}

/** A PowerPoint deck; slide files are numbered in reverse so order must come from presentation.xml. */
export function pptx(slides: Slide[]): Uint8Array {
  const P = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
  const shape = (id: number, ph: string, paragraphs: string[]) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Shape ${id}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph ${ph}/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs
      .map((t) => `<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>${t}</a:t></a:r></a:p>`)
      .join('')}</p:txBody></p:sp>`;
  const files: Record<string, string> = {
    '_rels/.rels': rels([['rId1', 'officeDocument', 'ppt/presentation.xml']]),
    'ppt/presentation.xml': `${XML}<p:presentation ${P}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>${slides
      .map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 2}"/>`)
      .join('')}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/></p:presentation>`,
    'ppt/_rels/presentation.xml.rels': rels([
      ['rId1', 'slideMaster', 'slideMasters/slideMaster1.xml'],
      ...slides.map((_, i) => [`rId${i + 2}`, 'slide', `slides/slide${slides.length - i}.xml`] as [string, string, string]),
    ]),
  };
  slides.forEach((slide, i) => {
    const n = slides.length - i;
    files[`ppt/slides/slide${n}.xml`] = `${XML}<p:sld ${P}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shape(2, 'type="title"', slide.texts.slice(0, 1))}${shape(3, 'idx="1"', slide.texts.slice(1))}</p:spTree></p:cSld></p:sld>`;
    const slideRels: [string, string, string][] = [['rId1', 'slideLayout', '../slideLayouts/slideLayout1.xml']];
    if (slide.notes !== undefined) {
      slideRels.push(['rId2', 'notesSlide', `../notesSlides/notesSlide${n}.xml`]);
      files[`ppt/notesSlides/notesSlide${n}.xml`] = `${XML}<p:notes ${P}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shape(2, 'type="sldImg"', [])}${shape(3, 'type="body" idx="1"', [slide.notes])}${shape(4, 'type="sldNum" idx="12"', [String(i + 1)])}</p:spTree></p:cSld></p:notes>`;
    }
    files[`ppt/slides/_rels/slide${n}.xml.rels`] = rels(slideRels);
  });
  files['[Content_Types].xml'] = contentTypes([['/ppt/presentation.xml', 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml']]);
  return pack(files);
}

const ODF_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"';

/**
 * An OpenDocument package as LibreOffice writes it: `mimetype` first and stored, then the manifest,
 * `content.xml` (`body` is the inside of `office:body`) and `styles.xml` with a master page.
 */
export function odf(kind: 'text' | 'spreadsheet' | 'presentation', body: string, opts: { header?: string; footer?: string; autoStyles?: string } = {}): Uint8Array {
  const mime = `application/vnd.oasis.opendocument.${kind}`;
  const files: Zippable = {
    mimetype: [strToU8(mime), { level: 0 }],
    'META-INF/manifest.xml': strToU8(`${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="${mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`),
    'content.xml': strToU8(`${XML}<office:document-content ${ODF_NS}><office:automatic-styles>${opts.autoStyles ?? ''}</office:automatic-styles><office:body>${body}</office:body></office:document-content>`),
    'styles.xml': strToU8(`${XML}<office:document-styles ${ODF_NS}><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${opts.header ? `<style:header><text:p text:style-name="Header">${opts.header}</text:p></style:header>` : ''}${opts.footer ? `<style:footer><text:p text:style-name="Footer">${opts.footer}</text:p></style:footer>` : ''}</style:master-page></office:master-styles></office:document-styles>`),
  };
  return zipSync(files, { level: 6 });
}

/** The first 512-byte sector of a CFB container, with the `EncryptionInfo` stream's directory name. */
export function encryptedOoxml(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18);
  const names = ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'];
  names.forEach((name, i) => {
    for (let j = 0; j < name.length; j++) bytes[1024 + i * 128 + j * 2] = name.charCodeAt(j);
  });
  return bytes;
}
