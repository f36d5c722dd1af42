/**
 * Main-world hook (Chrome, Edge): files picked through `window.showOpenFilePicker` reach the page as
 * `FileSystemFileHandle`s, not through an `<input>` event the guard's listeners could stop. The hook
 * opens the browser's picker itself, reads each picked file once, hands the files to the guard
 * (pick-channel.ts) and gives the page handles only after the decision:
 * - nothing: the promise rejects with an `AbortError`, as if the user cancelled (the guard's panel said why);
 * - the files, or redacted copies: handles whose `getFile()` returns exactly the file the guard checked.
 *
 * The page never gets the browser's own handle: that one reads the file on disk at every `getFile()`,
 * so a file edited after the check would go out unchecked. The handles given are read-only stand-ins
 * (`instanceof FileSystemFileHandle` holds; writing, moving and removing are refused).
 *
 * `showDirectoryPicker` is not opened: a folder handle reads the whole tree, live, long after any check;
 * the guard explains and the promise rejects with an `AbortError` (docs/design/file-pickers.md).
 */
import { PICK_ANSWER, PICK_REQUEST, readPickAnswer, type PickAnswer, type PickRequest } from './pick-channel';

type Picker<T> = (this: unknown, ...args: unknown[]) => Promise<T>;

export type PickerWindow = typeof globalThis &
  Window & {
    showOpenFilePicker?: Picker<FileSystemFileHandle[]>;
    showDirectoryPicker?: Picker<FileSystemDirectoryHandle>;
  };

/** Said in the page itself when no guard took the request (there is no extension API here, so English). */
export const NOT_CHECKED_ALERT =
  'PromptFence could not check the file you picked, so this site did not get it. Reload the page, then pick the file again.';

type RequestBody = { readonly kind: 'files'; readonly files: readonly File[] } | { readonly kind: 'directory' };

export function guardFilePickers(win: PickerWindow): void {
  const openFiles = win.showOpenFilePicker;
  const openDirectory = win.showDirectoryPicker;
  // Firefox and Safari have neither.
  if (typeof openFiles !== 'function' && typeof openDirectory !== 'function') return;
  // Taken now, before the page's scripts run: a page (or a library such as zone.js) that patches them
  // later does not change how the hook talks to the guard.
  const target = win as EventTarget;
  const { addEventListener, removeEventListener, dispatchEvent } = win.EventTarget.prototype;
  const { CustomEvent, DOMException, File } = win;
  const alert = win.alert.bind(win);
  const newId = () => win.crypto.randomUUID();

  const aborted = () => new DOMException('The user aborted a request.', 'AbortError');

  /** Hands a request to the guard; `taken` is false when no guard listens (then nothing answers). */
  const ask = (body: RequestBody): { taken: boolean; answer: Promise<PickAnswer> } => {
    const id = newId();
    let settle: (answer: PickAnswer) => void = () => undefined;
    const answer = new Promise<PickAnswer>((resolve) => (settle = resolve));
    const onAnswer = (event: Event) => {
      const read = readPickAnswer((event as CustomEvent).detail, id, File);
      if (!read) return;
      removeEventListener.call(target, PICK_ANSWER, onAnswer);
      settle(read);
    };
    addEventListener.call(target, PICK_ANSWER, onAnswer);
    const request: PickRequest = { v: 1, id, ...body };
    const taken = !dispatchEvent.call(target, new CustomEvent(PICK_REQUEST, { detail: request, cancelable: true }));
    if (!taken) {
      removeEventListener.call(target, PICK_ANSWER, onAnswer);
      alert(NOT_CHECKED_ALERT);
    }
    return { taken, answer };
  };

  if (typeof openFiles === 'function') {
    replaceMethod(win, 'showOpenFilePicker', async function showOpenFilePicker(...args: unknown[]) {
      // Called at once (no await before it): the picker needs the click's user activation.
      const handles = await openFiles.apply(win, args);
      const files = await Promise.all(handles.map((h) => h.getFile()));
      const { taken, answer } = ask({ kind: 'files', files });
      if (!taken) throw aborted();
      const decided = await answer;
      if (decided.decision === 'none') throw aborted();
      const given = decided.decision === 'copies' ? decided.files : files;
      if (given.length !== handles.length) throw aborted();
      return handles.map((h, i) => checkedFileHandle(win, h, given[i]!));
    });
  }

  if (typeof openDirectory === 'function') {
    replaceMethod(win, 'showDirectoryPicker', async function showDirectoryPicker(...args: unknown[]) {
      const { taken, answer } = ask({ kind: 'directory' });
      // `original` only where the guard is off for this site (admin policy); it answers at once, so the
      // click's user activation still holds when the picker opens.
      if (!taken || (await answer).decision !== 'original') throw aborted();
      return openDirectory.apply(win, args);
    });
  }
}

/** Puts `fn` where the browser's method was, with the same property attributes. */
function replaceMethod(win: PickerWindow, name: 'showOpenFilePicker' | 'showDirectoryPicker', fn: (...args: unknown[]) => unknown): void {
  const own = Object.getOwnPropertyDescriptor(win, name);
  Object.defineProperty(win, name, { configurable: true, enumerable: own?.enumerable ?? true, writable: true, value: fn });
}

/** The browser's handle behind each handle given to the page (for `isSameEntry`). */
const originals = new WeakMap<object, FileSystemFileHandle>();

/**
 * A handle for the page whose `getFile()` is `file` (the one the guard checked, or its redacted copy),
 * read-only. Methods the page could use to reach the file on disk are own properties here; the
 * browser's own methods, called on this object, throw (it is not a native handle).
 */
export function checkedFileHandle(win: PickerWindow, original: FileSystemFileHandle, file: File): FileSystemFileHandle {
  const readOnly = () =>
    Promise.reject(new win.DOMException('PromptFence gave this page the file it checked; it cannot be changed through this handle.', 'NotAllowedError'));
  const handle = Object.create(win.FileSystemFileHandle.prototype) as FileSystemFileHandle;
  originals.set(handle, original);
  const method = (value: unknown) => ({ value, configurable: true, writable: true });
  Object.defineProperties(handle, {
    kind: { value: 'file', enumerable: true },
    name: { value: file.name, enumerable: true },
    getFile: method(async () => file),
    isSameEntry: method(async (other: unknown) => {
      if (other === handle) return true;
      const otherOriginal = typeof other === 'object' && other !== null ? originals.get(other) : undefined;
      return otherOriginal ? original.isSameEntry(otherOriginal) : false;
    }),
    queryPermission: method(async (d?: { mode?: string }) => (d?.mode === 'readwrite' ? 'denied' : 'granted')),
    requestPermission: method(async (d?: { mode?: string }) => (d?.mode === 'readwrite' ? 'denied' : 'granted')),
    createWritable: method(readOnly),
    createSyncAccessHandle: method(readOnly),
    move: method(readOnly),
    remove: method(readOnly),
  });
  return handle;
}
