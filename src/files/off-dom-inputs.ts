/**
 * Main-world hook (Chrome): file inputs a page creates and `.click()`s without inserting them into the
 * document (`document.createElement('input')`, never appended) fire `change` on the input alone, so
 * the guard's window capture listener never sees the pick. Before such an input opens its picker, this
 * moves it into a hidden holder in the document; its `change` then passes `window` first, where the
 * guard holds it like any other pick. The input goes back out of the document once the pick is done
 * (after its `change`; after a cancel, when the next pick starts).
 * Nothing is decided here: the hook only makes the event visible (research/documents-and-wasm.md).
 */

const HOLDER = 'promptfence-file-inputs';

export function keepFileInputsVisible(win: typeof globalThis & Window): void {
  const doc = win.document;
  const proto = win.HTMLInputElement.prototype;
  let holder: HTMLElement | undefined;
  const cancelled = new WeakSet<Element>();

  const hold = (input: HTMLInputElement) => {
    if (input.type !== 'file' || input.isConnected) return;
    if (!holder?.isConnected) {
      holder = doc.createElement(HOLDER);
      holder.hidden = true;
      (doc.body ?? doc.documentElement).append(holder);
    }
    const box = holder;
    // A cancelled pick's input left here (see below) goes when the next pick starts.
    for (const old of [...box.children]) if (cancelled.has(old)) old.remove();
    box.append(input);
    // After the pick's listeners ran (the guard's decision and replay do not need it attached).
    input.addEventListener('change', () => setTimeout(() => input.parentNode === box && input.remove(), 0), { once: true });
    // Not removed on `cancel`: headless Firefox fires it at once (it has no picker), and WebDriver sets
    // the files afterwards; a detached input's `change` would then pass the guard by (measured).
    input.addEventListener('cancel', () => cancelled.add(input), { once: true });
  };

  for (const name of ['click', 'showPicker'] as const) {
    const original = proto[name] as ((this: HTMLInputElement, ...args: unknown[]) => unknown) | undefined;
    if (typeof original !== 'function') continue;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function (this: HTMLInputElement, ...args: unknown[]) {
        hold(this);
        return original.apply(this, args);
      },
    });
  }
}
