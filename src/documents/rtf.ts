import type { TextBuilder } from './text-builder';

/** Destinations whose text is not document text: fonts, colours, styles, metadata, pictures. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'themedata', 'colorschememapping',
  'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl',
  'mmathPr', 'pgdsctbl', 'filetbl', 'revtbl', 'fldinst', 'bkmkstart', 'bkmkend', 'nonshppict', 'userprops',
]);

/** Windows code pages RTF names with `\ansicpgN`, as TextDecoder labels. */
const CODE_PAGES: Record<number, string> = {
  874: 'windows-874', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5',
  1250: 'windows-1250', 1251: 'windows-1251', 1252: 'windows-1252', 1253: 'windows-1253',
  1254: 'windows-1254', 1255: 'windows-1255', 1256: 'windows-1256', 1257: 'windows-1257', 1258: 'windows-1258',
};

/** `\\`, `{`, `}`, CR and LF end a run of plain text. */
function isSpecial(code: number): boolean {
  return code === 0x5c || code === 0x7b || code === 0x7d || code === 0x0d || code === 0x0a;
}

interface GroupState {
  skip: boolean;
  /** `\ucN`: how many fallback characters follow each `\uN`. */
  uc: number;
}

/**
 * RTF's text with control words stripped: one pass over the characters, groups on a stack, `\uN` and
 * `\'hh` decoded (byte runs through the document's code page, so double-byte text decodes whole).
 */
export function extractRtf(source: string, out: TextBuilder): void {
  let decoder = new TextDecoder('windows-1252');
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1 };
  let text = '';
  let bytes: number[] = [];
  let fallback = 0; // fallback characters still to drop after a \uN
  const flushBytes = () => {
    if (bytes.length > 0) {
      text += decoder.decode(new Uint8Array(bytes));
      bytes = [];
    }
  };
  const emit = (s: string) => {
    if (state.skip) return;
    flushBytes();
    if (fallback > 0) {
      fallback--;
      return;
    }
    text += s;
  };
  const n = source.length;
  let i = 0;
  let groupStart = false;
  while (i < n) {
    const c = source[i]!;
    if (c === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      i++;
      continue;
    }
    if (c === '}') {
      flushBytes();
      state = stack.pop() ?? state;
      fallback = 0;
      i++;
      continue;
    }
    const atGroupStart = groupStart;
    groupStart = false;
    if (c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c !== '\\') {
      // Plain text up to the next control character, in one piece (not a string per character).
      let j = i + 1;
      while (j < n && fallback === 0 && !isSpecial(source.charCodeAt(j))) j++;
      emit(fallback > 0 ? c : source.slice(i, j));
      i = fallback > 0 ? i + 1 : j;
      continue;
    }
    const next = source[i + 1] ?? '';
    if (next === "'") {
      const byte = parseInt(source.slice(i + 2, i + 4), 16);
      i += 4;
      if (state.skip || Number.isNaN(byte)) continue;
      if (fallback > 0) {
        fallback--;
        continue;
      }
      bytes.push(byte);
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      // Control symbols: \* marks an optional destination (skipped when unknown), \~ etc. are text.
      i += 2;
      if (next === '*' && atGroupStart) state.skip = true;
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '~') emit(' ');
      else if (next === '_') emit('-');
      else if (next === '\n' || next === '\r') emit('\n');
      continue;
    }
    let j = i + 1;
    while (j < n && j - i < 33 && /[a-zA-Z]/.test(source[j]!)) j++;
    const word = source.slice(i + 1, j);
    let k = j;
    if (source[k] === '-') k++;
    while (k < n && k - j < 11 && source.charCodeAt(k) >= 48 && source.charCodeAt(k) <= 57) k++;
    const param = k > j ? Number(source.slice(j, k)) : undefined;
    if (source[k] === ' ') k++;
    i = k;
    if (SKIPPED.has(word) && atGroupStart) {
      state.skip = true;
      continue;
    }
    switch (word) {
      case 'par': case 'line': case 'row': case 'sect': case 'page':
        emit('\n');
        break;
      case 'tab': case 'cell':
        emit('\t');
        break;
      case 'u':
        if (param !== undefined) {
          emit(String.fromCharCode(param < 0 ? param + 65536 : param));
          fallback = state.skip ? 0 : state.uc;
        }
        break;
      case 'uc':
        state.uc = param ?? 1;
        break;
      case 'ansicpg':
        if (param !== undefined && CODE_PAGES[param] !== undefined) decoder = new TextDecoder(CODE_PAGES[param]);
        break;
      case 'emdash': emit('—'); break;
      case 'endash': emit('–'); break;
      case 'lquote': emit('‘'); break;
      case 'rquote': emit('’'); break;
      case 'ldblquote': emit('“'); break;
      case 'rdblquote': emit('”'); break;
      case 'bullet': emit('•'); break;
    }
  }
  flushBytes();
  const clean = text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  out.add(clean, { kind: 'text' });
}
