/** Reading, writing and measuring composer text, per editor technology. */
export { rectsForRange, textMirror } from './geometry';
export { type ComposerMap, type ComposerText, type DomMap, type TextareaMap, readComposer, readComposerText } from './read';
export { type TextEdit, applyEdits, diffAsEdit, validEdits } from './text-edits';
export { isOwnSyntheticEvent } from './input-path';
export { type InsertResult, type WriteMethod, type WriteResult, insertAtCaret, replaceAll, replaceRanges } from './write';
