/** Placeholder names that differ from the entity type: `[ADDRESS_1]` reads better than `[POSTAL_ADDRESS_1]`. */
const PLACEHOLDER_NAMES: Readonly<Record<string, string>> = { POSTAL_ADDRESS: 'ADDRESS' };

/** The name a placeholder of this type carries (`PERSON` → `[PERSON_1]`, `POSTAL_ADDRESS` → `[ADDRESS_1]`). */
export function placeholderName(type: string): string {
  return Object.hasOwn(PLACEHOLDER_NAMES, type) ? PLACEHOLDER_NAMES[type]! : type;
}

/** One placeholder and the value it stands for (`[PERSON_1]` ↔ "Maria Schmidt"). */
export interface PlaceholderEntry {
  readonly tag: string;
  readonly type: string;
  readonly value: string;
}

/**
 * Hands out typed, numbered placeholders: the same value of the same type → the same tag, a new one →
 * the next number of its type. Seeded with what a conversation already used (src/restore/vault.ts), so a
 * value keeps its tag in every message of that conversation, and a number is never given twice there,
 * even after the value it stood for expired (`next`: the numbers already used, per type).
 */
export class PlaceholderNumbering {
  private readonly tags = new Map<string, string>();
  private readonly next = new Map<string, number>();
  private readonly fresh: PlaceholderEntry[] = [];

  constructor(known: readonly PlaceholderEntry[] = [], used: Readonly<Record<string, number>> = {}) {
    for (const [type, n] of Object.entries(used)) if (Number.isSafeInteger(n) && n > 0) this.next.set(type, n);
    for (const e of known) {
      this.tags.set(keyOf(e.type, e.value), e.tag);
      const n = numberOf(e.tag);
      if (n > (this.next.get(e.type) ?? 0)) this.next.set(e.type, n);
    }
  }

  /** The tag for `value` of `type`, made now if this numbering has none yet. */
  tagFor(type: string, value: string): string {
    const key = keyOf(type, value);
    let tag = this.tags.get(key);
    if (!tag) {
      const n = (this.next.get(type) ?? 0) + 1;
      this.next.set(type, n);
      tag = `[${placeholderName(type)}_${n}]`;
      this.tags.set(key, tag);
      this.fresh.push({ tag, type, value });
    }
    return tag;
  }

  /** The tags made by `tagFor` (not the known ones), in the order they were made. */
  added(): readonly PlaceholderEntry[] {
    return this.fresh;
  }

  /** The highest number used per type, known or made. */
  used(): Record<string, number> {
    return Object.fromEntries(this.next);
  }
}

function keyOf(type: string, value: string): string {
  return `${type}\u0000${value}`;
}

/** 7 for `[PERSON_7]`; 0 for anything else. */
function numberOf(tag: string): number {
  const m = /_(\d{1,9})\]$/.exec(tag);
  return m ? Number(m[1]) : 0;
}
