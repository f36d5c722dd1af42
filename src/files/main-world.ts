/**
 * The main-world hooks of one page, installed once. After an extension update the page keeps the hooks
 * the old version installed (main-world code belongs to the page and is never unloaded), and they keep
 * handing picks to whichever guard is live (pick-channel.ts is a contract between versions). A copy
 * injected again (re-injection into open tabs, src/background/reinject.ts) therefore leaves them be
 * rather than wrapping them a second time, which would ask the guard twice for each pick.
 */
import { keepFileInputsVisible } from './off-dom-inputs';
import { guardFilePickers, type PickerWindow } from './picker-hook';

/** Visible to the page, as the hooks themselves are; it only says they are in place. */
const INSTALLED = Symbol.for('promptfence.file-hooks');

/** Returns false when this page already had them. */
export function installFileHooks(win: PickerWindow): boolean {
  if (Object.prototype.hasOwnProperty.call(win, INSTALLED)) return false;
  Object.defineProperty(win, INSTALLED, { value: true });
  keepFileInputsVisible(win);
  guardFilePickers(win);
  return true;
}
