/**
 * Builds `src/engine/addresses/street-types.generated.ts`, the street-type vocabulary of the
 * POSTAL_ADDRESS detector, from libpostal's dictionaries (MIT, vendored in `libpostal/`, because CI has
 * no network).
 *
 *   node --import tsx scripts/addresses/generate.ts
 *
 * libpostal lists every spelling it has seen, including one-letter abbreviations ("d" for drive) and
 * forms that are everyday words ("all", "pas", "hi"): fine for parsing an address you already have,
 * too loose for finding one in prose. So the generator keeps only the entries whose canonical name is
 * listed in `SELECT` below, drops the spellings in `DROP` and those shorter than two letters, and adds
 * the few `EXTRA` words libpostal lacks (each with its reason). `street-types.test.ts` fails when the
 * committed module differs from this output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The libpostal commit the vendored files come from (github.com/openvenues/libpostal). */
export const LIBPOSTAL_COMMIT = '4c030d8ff2fcf59c26510f68823c28a2346034d4';

const HERE = import.meta.dirname;
const OUT = resolve(HERE, '../../src/engine/addresses/street-types.generated.ts');

/** Word roles, as the detector reads them (see `src/engine/addresses/vocabulary.ts`). */
type Role = 'after' | 'before' | 'lead' | 'germanic' | 'suffix' | 'unit' | 'directional';

interface Selection {
  /** Vendored file, relative to `libpostal/`. */
  readonly file: string;
  /** Canonical names (first spelling of a libpostal line) whose line is kept; `*` keeps every line. */
  readonly canonical: readonly string[] | '*';
  /** Keep only the canonical name and the short forms (directionals list dozens of misspellings). */
  readonly onlyShort?: boolean;
}

/**
 * Which libpostal lines feed which role.
 * - after: English street types that follow the name and come after the house number ("12 Main St").
 * - before: French types that come before the name ("12 rue de la Paix").
 * - lead: Italian and Spanish types that lead the name, the number comes last ("Via Roma 12").
 * - germanic: German and Dutch types written as a word of their own after the name ("Berliner Straße 12").
 * - suffix: German and Dutch endings of compound names ("Hauptstraße", "Keizersgracht").
 * - unit / directional: flats, suites, floors; N, SW, North…
 */
const SELECT: Record<Role, readonly Selection[]> = {
  after: [
    {
      file: 'en/street_types.txt',
      canonical: [
        'street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'court', 'way', 'place', 'terrace', 'close', 'crescent',
        'square', 'mews', 'parkway', 'highway', 'circle', 'trail', 'walk', 'grove', 'gardens', 'row', 'hill', 'park',
        'parade', 'esplanade', 'promenade', 'quay', 'wharf', 'vale', 'green', 'broadway', 'expressway', 'freeway',
        'turnpike', 'pike', 'loop', 'path', 'plaza', 'alley', 'causeway', 'crossing', 'ridge', 'bend', 'cove', 'glen',
        'heights', 'hollow', 'landing', 'meadow', 'meadows', 'passage', 'pathway', 'spur', 'trace', 'vista', 'wynd',
        'yard', 'chase', 'gate', 'grange', 'approach', 'circuit', 'bypass', 'boardwalk', 'concourse', 'dale', 'gateway',
        'heath', 'knoll', 'oval', 'reach', 'retreat', 'ridgeway', 'strand', 'walkway', 'view', 'rise', 'brae', 'brow', 'viaduct', 'mall',
      ],
    },
  ],
  before: [
    {
      file: 'fr/street_types.txt',
      canonical: [
        'rue', 'avenue', 'boulevard', 'place', 'chemin', 'impasse', 'allée', 'quai', 'route', 'cours', 'square', 'passage',
        'sentier', 'voie', 'esplanade', 'promenade', 'montée', 'traverse', 'ruelle', 'venelle', 'chaussée', 'carrefour',
        'galerie', 'clos', 'rampe', 'côte', 'levée', 'parvis', 'hameau', 'grand rue',
      ],
    },
  ],
  lead: [
    {
      file: 'it/street_types.txt',
      canonical: [
        'via', 'viale', 'piazza', 'piazzale', 'piazzetta', 'corso', 'largo', 'vicolo', 'vico', 'strada', 'contrada',
        'località', 'lungomare', 'lungotevere', 'lungarno', 'lungolago', 'borgo', 'salita', 'traversa', 'calle', 'campo',
        'fondamenta', 'passeggiata', 'circonvallazione', 'galleria', 'stradone', 'rampa', 'discesa', 'frazione', 'riva',
      ],
    },
    {
      file: 'es/street_types.txt',
      canonical: [
        'calle', 'avenida', 'plaza', 'paseo', 'camino', 'carretera', 'ronda', 'rambla', 'travesía', 'glorieta',
        'callejón', 'calzada', 'pasaje', 'via', 'alameda', 'bulevar', 'cuesta', 'costanilla', 'plazuela', 'carrera',
      ],
    },
  ],
  germanic: [
    {
      file: 'de/street_types.txt',
      canonical: [
        'allee', 'chaussee', 'damm', 'gasse', 'graben', 'kamp', 'pfad', 'platz', 'siedlung', 'steg', 'stiege', 'straße',
        'ufer', 'weg', 'wiese', 'hof', 'brücke',
      ],
    },
    {
      file: 'nl/street_types.txt',
      canonical: ['baan', 'dijk', 'gracht', 'hof', 'kade', 'laan', 'plein', 'plantsoen', 'singel', 'straat', 'steenweg', 'vliet', 'weg', 'park'],
    },
  ],
  suffix: [
    { file: 'de/concatenated_suffixes_separable.txt', canonical: ['allee', 'brücke', 'damm', 'gasse', 'hof', 'markt', 'platz', 'siedlung', 'stiege', 'straße', 'weg', 'wiese'] },
    { file: 'de/street_types.txt', canonical: ['chaussee', 'graben', 'kamp', 'pfad', 'steg', 'ufer'] },
    { file: 'nl/concatenated_suffixes_separable.txt', canonical: ['gracht', 'hof', 'laan', 'markt', 'singel', 'straat', 'steenweg', 'vliet', 'weg'] },
    { file: 'nl/street_types.txt', canonical: ['baan', 'dijk', 'kade', 'plein', 'plantsoen'] },
  ],
  unit: [
    { file: 'en/unit_types_numbered.txt', canonical: ['apartment', 'building', 'flat', 'office', 'room', 'suite', 'unit', 'lot', 'shop', 'studio', 'penthouse', 'space'] },
    { file: 'en/level_types_numbered.txt', canonical: ['floor', 'level'] },
    { file: 'fr/unit_types_numbered.txt', canonical: ['appartement', 'bureau', 'porte', 'suite'] },
    { file: 'fr/building_types.txt', canonical: ['bâtiment'] },
    { file: 'fr/level_types_numbered.txt', canonical: ['étage'] },
    { file: 'de/unit_types_numbered.txt', canonical: ['appartement', 'wohnung', 'zimmer', 'top'] },
    { file: 'de/level_types_numbered.txt', canonical: ['etage', 'obergeschoss', 'stock'] },
    { file: 'es/unit_types_numbered.txt', canonical: ['apartamento', 'puerta', 'ático', 'interior', 'oficina'] },
    { file: 'es/level_types_numbered.txt', canonical: ['piso', 'planta'] },
    { file: 'it/unit_types_numbered.txt', canonical: ['appartamento', 'interno'] },
    { file: 'it/level_types_numbered.txt', canonical: ['piano'] },
    { file: 'nl/unit_types_numbered.txt', canonical: ['appartement', 'bus'] },
  ],
  directional: [{ file: 'en/directionals.txt', canonical: ['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'], onlyShort: true }],
};

/**
 * Spellings libpostal lists that are everyday words, US state codes or names in one of our languages,
 * dropped from every role ("la", "all", "pas", "hi", "au", "sent"…).
 */
const DROP = new Set([
  'la', 'le', 'de', 'du', 'al', 'au', 'all', 'pas', 'con', 'app', 'hi', 'ho', 'by', 'is', 'id', 'in', 'no', 'un', 'ex', 'art',
  'res', 'ham', 'sen', 'sent', 'sal', 'tra', 'pre', 'contra', 'call', 'ca', 'po', 'et', 'of', 'off', 'we', 'dis', 'mead',
  'pass', 'vis', 'ven', 'pro', 'gra', 'cal', 'fon', 'gal', 'vic', 'lot', 'space', 'bus', 'stock', 'porte', 'interior', 'oficina',
  'norte', 'so', 'nth', 'sth', 'nort', 'norh', 'nrt', 'nrth', 'wst', 'carr', 'pss', 'rva', 'std', 'cnt', 'cra', 'crv', 'kra',
]);

/** Per role: spellings that belong to another language's role (an English "blvd" is not a Spanish lead word). */
const DROP_IN: Partial<Record<Role, readonly string[]>> = {
  lead: ['boulevard', 'blvd', 'bvd', 'blv', 'blev', 'pta', 'lgv', 'llg', 'lno', 'lre', 'p.ta', 'p.o', 'cpo', 'c.po', 'rpa', 'fta', 'f.ta', 'str.a', 'p.º'],
  after: ['stra', 'strd', 'via', 'vdct'],
  unit: ['bur', 'lev', 'ofc', 'pta', 'pte', 'p.o', 'p.º', 'pº', 'p.no', 'p.nº', 'pno', 'pnº', 'stu', 'shp', 'spc', 'unt', 'offc', 'bdg', 'blg', 'bt', 'bat'],
};

/**
 * Forms of one or two letters are kept only when listed here, reviewed per role: "St", "Ct", "Ln" and
 * "Pl" are how addresses are written; "Gn", "Hl" or "Fw" add nothing but chances to misfire.
 */
const KEEP_SHORT: Record<Role, readonly string[]> = {
  after: ['st', 'av', 'ct', 'dr', 'ln', 'sq', 'pl', 'cr', 'pk', 'rd', 'gr', 'bd', 'wy', 'yd', 'cl', 'tr', 'pz'],
  before: ['av', 'bd', 'pl', 'sq', 'rt', 'ch'],
  lead: ['av', 'pl', 'cl', 'c/', 'pz', 'pº'],
  germanic: ['pl'],
  suffix: [],
  unit: ['#', 'ap', 'fl', 'og', 'eg', 'dg', 'ph', 'rm', 'át', 'ét'],
  directional: ['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw'],
};

/** Words libpostal lacks, per role, with the reason. */
const EXTRA: Record<Role, readonly string[]> = {
  after: [],
  // French: "faubourg" (fbg), "rond-point", "lieu-dit", "cité" and "résidence" head many street lines.
  before: ['faubourg', 'fbg', 'rond-point', 'lieu-dit', 'cité', 'résidence', 'sente'],
  // Catalan (Barcelona, Valencia): libpostal has no ca dictionary. "c/" is Spanish shorthand for calle.
  // Galician "rúa" (Rúa do Franco), as common in Spanish addresses as "calle" in Galicia.
  lead: ['carrer', 'avinguda', 'passeig', 'plaça', 'travessera', 'c/', 'av/', 'avda', 'pº', 'vía', 'rúa'],
  // Austria ("Gürtel", "-zeile"), northern Germany ("-stieg", "-kai"), Dutch "dreef", "steeg", "pad", "wal".
  germanic: ['promenade', 'zeile', 'gürtel', 'stieg', 'kai', 'dreef', 'steeg', 'burgwal', 'markt'],
  // Also "-steig" (Tulpensteig, Birkensteig) and the Swiss "-quai" (Limmatquai, Utoquai).
  suffix: ['ring', 'promenade', 'zeile', 'gürtel', 'stieg', 'kai', 'dreef', 'steeg', 'burgwal', 'pad', 'wal', 'steig', 'quai'],
  // Floor and door words of Spanish, Italian and German addresses ("3º izq.", "scala B", "2. OG").
  unit: ['#', 'bajo', 'izq', 'izda', 'dcha', 'dcho', 'esc', 'escalera', 'scala', 'og', 'eg', 'dg', 'whg', 'apto', 'appt', 'bât'],
  directional: [],
};

/** The lines of a vendored dictionary file: each is `canonical|alternative|…`. */
function linesOf(file: string): string[][] {
  return readFileSync(resolve(HERE, 'libpostal', file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.split('|').map((s) => s.trim().toLowerCase()));
}

/** A libpostal spelling as the detector's tokenizer sees it, or undefined when it cannot be used. */
function normalise(form: string): string | undefined {
  let f = form.replace(/ \/$/, '/').replace(/^(\S+) \/ ?/, '$1/');
  if (/\s/.test(f)) return undefined; // multi-word forms: the detector reads one word at a time
  f = f.replace(/\.$/, '');
  if (f.replace(/[./]/g, '').length < 1) return undefined;
  if (!/^[\p{L}][\p{L}.'’/-]*$/u.test(f)) return undefined;
  return f;
}

/** Every role's words, sorted. */
export function vocabulary(): Record<Role, string[]> {
  const out = {} as Record<Role, string[]>;
  for (const role of Object.keys(SELECT) as Role[]) {
    const words = new Set<string>();
    const short = new Set(KEEP_SHORT[role]);
    const dropHere = new Set(DROP_IN[role] ?? []);
    for (const { file, canonical, onlyShort } of SELECT[role]) {
      const wanted = canonical === '*' ? undefined : new Set(canonical);
      const found = new Set<string>();
      for (const line of linesOf(file)) {
        if (wanted && !wanted.has(line[0]!)) continue;
        found.add(line[0]!);
        for (const form of line) {
          const w = normalise(form);
          if (!w || DROP.has(w) || dropHere.has(w)) continue;
          const isShort = w.replace(/[./]/g, '').length <= 2;
          if (isShort && !short.has(w)) continue;
          if (onlyShort && !isShort && form !== line[0]) continue;
          words.add(w);
        }
      }
      if (wanted) for (const c of wanted) if (!found.has(c)) throw new Error(`${file}: no line for "${c}"`);
    }
    for (const w of EXTRA[role]) words.add(w);
    out[role] = [...words].sort();
  }
  return out;
}

/** The generated module's text. */
export function render(): string {
  const v = vocabulary();
  const lines = [
    '// GENERATED by scripts/addresses/generate.ts from libpostal\'s dictionaries: do not edit by hand.',
    `// Source: https://github.com/openvenues/libpostal/tree/${LIBPOSTAL_COMMIT}/resources/dictionaries`,
    '// (en, fr, de, es, it, nl: street_types, unit/level types, directionals, concatenated suffixes).',
    '// Licence: MIT, Copyright (c) 2015 openvenues; full text in scripts/addresses/libpostal/LICENSE and',
    '// public/third-party-notices.txt. Selection and additions: see the generator.',
    '',
    '/** Street-type words by role, lower case, space-separated (see `vocabulary.ts`). */',
    'export const STREET_WORDS = {',
    ...(Object.keys(v) as Role[]).map((role) => `  ${role}: '${v[role].join(' ').replace(/'/g, "\\'")}',`),
    '} as const;',
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(OUT, render());
  const v = vocabulary();
  console.log(`wrote ${OUT}: ${(Object.keys(v) as Role[]).map((r) => `${r} ${v[r].length}`).join(', ')}`);
}
