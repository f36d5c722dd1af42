import { attr, walkXml } from './xml';
import type { ZipPackage } from './zip';

export interface Relationship {
  /** The target's path inside the package (`xl/worksheets/sheet2.xml`). */
  readonly path: string;
  /** The last segment of the relationship type URI (`worksheet`, `notesSlide`, `comments`). */
  readonly type: string;
}

/**
 * The relationships of an OOXML part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), by id: the
 * only reliable way from a workbook to its sheets or a slide to its notes (file names are not an order).
 */
export function relationshipsOf(pkg: ZipPackage, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const rels = new Map<string, Relationship>();
  walkXml(pkg.text(`${dir}_rels/${part.slice(slash + 1)}.rels`), {
    open(name, tag) {
      if (name !== 'Relationship') return;
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id === undefined || target === undefined || attr(tag, 'TargetMode') === 'External') return;
      const type = attr(tag, 'Type') ?? '';
      rels.set(id, { path: resolvePath(dir, target), type: type.slice(type.lastIndexOf('/') + 1) });
    },
  });
  return rels;
}

/**
 * The `element` tags of `part` in document order, each with the part its `r:id` points to: a workbook's
 * sheets, a presentation's slides (the order the user sees, not the file numbers).
 */
export function referencedParts(pkg: ZipPackage, part: string, element: string): { tag: string; path: string }[] {
  const rels = relationshipsOf(pkg, part);
  const out: { tag: string; path: string }[] = [];
  walkXml(pkg.text(part), {
    open(name, tag) {
      if (name !== element) return;
      const target = rels.get(attr(tag, 'r:id') ?? '');
      if (target !== undefined) out.push({ tag, path: target.path });
    },
  });
  return out;
}

/** The part related to `part` by a relationship of `type` (a slide's `notesSlide`, a sheet's `comments`). */
export function relatedPart(pkg: ZipPackage, part: string, type: string): string | undefined {
  for (const r of relationshipsOf(pkg, part).values()) if (r.type === type) return r.path;
  return undefined;
}

/** `xl/` + `../comments1.xml` → `comments1.xml`; a leading `/` is the package root. */
export function resolvePath(dir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}
