/**
 * People's names for the corpus, written by hand. Not drawn from @faker-js/faker: the PERSON detector's
 * lists are built from faker's locale data, so a corpus made of faker names would only measure how well
 * the detector remembers its own list. These are names the author knows to be common in each country
 * (friends, colleagues, football squads, phone-book surnames, birth-statistics top lists remembered from
 * INSEE / ONS / Destatis / INE press releases), deliberately including many that faker lacks (Jürgen,
 * Aoife, Íñigo, Itziar, Oluwaseun, Siobhán, Gwenaëlle, Zhang Wei, Nguyễn Thị Mai…), particles ("van der
 * Berg", "de la Fuente", "Ní Bhriain"), Spanish double surnames, hyphenated given names and surnames, and
 * names that are also words (Grace, Will, Rose, Pilar, Mercedes, Frank).
 *
 * Every pool is split in two by position: the committed corpus draws from the "dev" part, a held-out
 * build (`buildCorpus(seed, { pool: 'heldout' })`) only from the other part, so a check on it uses names
 * and streets the detectors' authors never saw in the committed corpus.
 */
import type { Rng } from './rng';
import type { Lang } from './valid-values';

export type Pool = 'dev' | 'heldout';
export type Gender = 'f' | 'm';

/** Every 4th entry (index % 4 === 3) is held out; the rest is the dev pool. */
export function split<T>(items: readonly T[], pool: Pool): readonly T[] {
  const out = items.filter((_, i) => (pool === 'heldout' ? i % 4 === 3 : i % 4 !== 3));
  if (out.length === 0) throw new Error('empty pool');
  return out;
}

interface Origin {
  readonly f: readonly string[];
  readonly m: readonly string[];
  readonly family: readonly string[];
  /** How the full name is written: given first (default), family first (East Asian order) or Vietnamese
   * (family, middle, given). */
  readonly order?: 'family-first' | 'vietnamese';
  /** Middle names (Vietnamese Văn/Thị, or second given names). */
  readonly middle?: Partial<Record<Gender, readonly string[]>>;
  /** Probability of a second family name (Spanish naming). */
  readonly doubleFamily?: number;
}

/** Name stock by origin. */
export const ORIGINS = {
  en: {
    f: ['Emily', 'Sarah', 'Hannah', 'Charlotte', 'Bethany', 'Rebecca', 'Lauren', 'Megan', 'Chloe', 'Jessica', 'Amy', 'Gemma', 'Kirsty', 'Tennille', 'Keisha', 'Brooke', 'Kayleigh', 'Harriet', 'Imogen', 'Grace', 'Rose', 'Abigail', 'Madison', 'Shannon', 'Tamsin', 'Holly', 'Natalie', 'Danielle', 'Courtney', 'Siân', 'Rhiannon', 'Joanne'],
    m: ['James', 'Michael', 'David', 'Daniel', 'Robert', 'Thomas', 'Matthew', 'Gareth', 'Rhys', 'Callum', 'Kyle', 'Darnell', 'Tyrone', 'DeShawn', 'Nathaniel', 'Oliver', 'Harry', 'George', 'Will', 'Frank', 'Stuart', 'Craig', 'Alistair', 'Hamish', 'Dwayne', 'Brandon', 'Jake', 'Connor', 'Declan', 'Trevor', 'Nigel', 'Mark'],
    family: ['Carter', 'Bennett', 'Hughes', 'Walker', 'Morgan', 'Foster', 'Reid', 'Sullivan', 'Thompson', 'Harrison', 'Clarke', 'Llewellyn', 'Featherstone', 'Ramsbottom', 'Higginbotham', 'Whitaker', 'Pritchard', 'Fairweather', 'Washington', 'Jefferson', 'Okoro', 'Lloyd-Jones', 'Smith-Wright', 'MacLeod', 'McAllister', 'Baxter', 'Holloway', 'Kowalczyk', 'Young', 'Baker', 'Marsh', 'Winterbottom'],
  },
  ie: {
    f: ['Aoife', 'Siobhán', 'Niamh', 'Caoimhe', 'Saoirse', 'Róisín', 'Orla', 'Clodagh', 'Gráinne', 'Sinéad', 'Áine', 'Eimear'],
    m: ['Cian', 'Oisín', 'Seán', 'Pádraig', 'Ciarán', 'Darragh', 'Eoin', 'Cathal', 'Fionn', 'Tadhg', 'Diarmuid', 'Colm'],
    family: ['Brennan', "O'Sullivan", 'Ní Bhriain', 'Ó Briain', 'Murphy', 'Kavanagh', 'Mac Giolla Phádraig', "O'Donoghue", 'Fitzgerald', 'Ní Dhomhnaill', 'McCarthy', 'Quigley'],
  },
  fr: {
    f: ['Camille', 'Élodie', 'Léa', 'Manon', 'Chloé', 'Inès', 'Céline', 'Aurélie', 'Gwenaëlle', 'Clémence', 'Maëlys', 'Anne-Sophie', 'Marie-Claire', 'Solène', 'Ophélie', 'Margaux', 'Bérénice', 'Nathalie', 'Sandrine', 'Laëtitia', 'Océane', 'Marion', 'Héloïse', 'Capucine'],
    m: ['Julien', 'Thomas', 'Nicolas', 'Antoine', 'Mathieu', 'Hugo', 'Benoît', 'Sébastien', 'Stéphane', 'Loïc', 'Yannick', 'Thibault', 'Jean-Luc', 'Jean-Baptiste', 'Pierre-Yves', 'Gaëtan', 'Raphaël', 'Grégoire', 'Maxence', 'Anthony', 'Kévin', 'Erwan', 'Cédric', 'Baptiste'],
    family: ['Lefèvre', 'Moreau', 'Girard', 'Fournier', 'Mercier', 'Faure', 'Chevalier', 'Gauthier', 'Le Goff', 'Le Gall', 'Quéméner', 'Le Bihan', 'de la Fontaine', 'Lambert', 'Bonnet', 'Fontaine', 'Roux', 'Leclerc-Moreau', 'Delacroix', 'Marchand', 'Perrin', 'Giraud', 'Boyer', 'Carpentier', 'Barbier', 'Rivière', 'Deschamps', 'Aubert'],
  },
  de: {
    f: ['Anna', 'Katharina', 'Lena', 'Heike', 'Sabine', 'Birgit', 'Ute', 'Jutta', 'Anke', 'Dörte', 'Annegret', 'Hannelore', 'Mareike', 'Svenja', 'Anna-Lena', 'Franziska', 'Johanna', 'Theresa', 'Wiebke', 'Frauke', 'Gudrun', 'Silke', 'Insa', 'Lieselotte'],
    m: ['Jürgen', 'Lukas', 'Jonas', 'Felix', 'Maximilian', 'Günther', 'Jörg', 'Björn', 'Uwe', 'Dieter', 'Wolfgang', 'Hans-Peter', 'Karl-Heinz', 'Hans-Jürgen', 'Torsten', 'Sönke', 'Henning', 'Detlef', 'Rüdiger', 'Volker', 'Kai-Uwe', 'Matthias', 'Niklas', 'Tobias'],
    family: ['Müller', 'Schneider', 'Fischer', 'Becker', 'Hoffmann', 'Schäfer', 'Höfler', 'Baumgärtner', 'Krüger', 'Maier', 'Weißmann', 'Schulze-Rohr', 'von Bülow', 'von der Heyde', 'Zimmermann', 'Hartmann', 'Brandt', 'Kühne', 'Lehmann', 'Vogt', 'Petersen', 'Jansen', 'Oßwald', 'Grünewald', 'Janßen', 'Pfeiffer', 'Kästner', 'Wittke'],
  },
  es: {
    f: ['Lucía', 'María', 'Carmen', 'Nuria', 'Itziar', 'Ainhoa', 'Begoña', 'Montserrat', 'Núria', 'Rocío', 'Macarena', 'Pilar', 'Mercedes', 'Dolores', 'Amparo', 'Inmaculada', 'Maite', 'Araceli', 'Lorena', 'Ángela', 'Remedios', 'Leire', 'Covadonga', 'Consuelo'],
    m: ['Javier', 'Alejandro', 'Pablo', 'Sergio', 'Íñigo', 'Aitor', 'Jordi', 'Xavier', 'Iker', 'Álvaro', 'Gonzalo', 'Fernando', 'José Luis', 'Juan Carlos', 'Francisco Javier', 'Joaquín', 'Rubén', 'Óscar', 'Unai', 'Borja', 'Ignacio', 'Marc', 'Ramón', 'Jesús'],
    family: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Etxeberria', 'Goikoetxea', 'Puig', 'Vidal', 'Ferrer', 'Castillo', 'Ortega', 'Serrano', 'de la Fuente', 'del Río', 'de los Santos', 'Iglesias', 'Rodríguez', 'Muñoz', 'Gutiérrez', 'Domínguez', 'Vázquez', 'Garrido', 'Arrieta', 'Sáez', 'Bermúdez'],
    doubleFamily: 0.6,
  },
  latam: {
    f: ['Guadalupe', 'Ximena', 'Valentina', 'Yesenia', 'Luz', 'Florencia', 'Maricela', 'Fernanda'],
    m: ['Santiago', 'Mateo', 'Luis Fernando', 'Héctor', 'Cuauhtémoc', 'Jhon', 'Wilmer', 'Yeison'],
    family: ['Hernández', 'Ramírez', 'Quispe', 'Mamani', 'Villalobos', 'Zúñiga', 'Cárdenas', 'Ocampo'],
    doubleFamily: 0.5,
  },
  it: {
    f: ['Giulia', 'Francesca', 'Chiara', 'Alessia', 'Federica', 'Ilaria', 'Beatrice', 'Martina', 'Giovanna', 'Rosaria', 'Benedetta', 'Lucrezia'],
    m: ['Marco', 'Luca', 'Giuseppe', 'Davide', 'Matteo', 'Alessandro', 'Salvatore', 'Gennaro', 'Pierluigi', 'Gianmarco', 'Vincenzo', 'Raffaele'],
    family: ['Rossi', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'De Luca', 'Di Stefano', "D'Angelo", 'Lo Russo', "Dell'Acqua", 'Fumagalli', 'Santoro', 'Caputo', 'Ferraro', 'Galli', 'Marchetti'],
  },
  nl: {
    f: ['Sanne', 'Femke', 'Lotte', 'Anouk', 'Marieke', 'Ilse', 'Fleur', 'Noor'],
    m: ['Daan', 'Sem', 'Bram', 'Joost', 'Pieter', 'Thijs', 'Ruud', 'Wouter'],
    family: ['van der Berg', 'de Vries', 'van Dijk', 'van den Broek', 'de Jong', 'ter Horst', 'Bakker', 'Visser', 'Smit', 'Meijer', 'van Leeuwen', 'Hendriks'],
  },
  pl: {
    f: ['Agnieszka', 'Katarzyna', 'Małgorzata', 'Joanna', 'Magdalena', 'Zofia'],
    m: ['Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Łukasz', 'Grzegorz'],
    family: ['Kowalski', 'Wiśniewski', 'Wójcik', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski', 'Kamiński'],
  },
  pt: {
    f: ['Ana', 'Mariana', 'Beatriz', 'Joana', 'Inês', 'Conceição'],
    m: ['João', 'Thiago', 'Rui', 'Gonçalo', 'Vinícius', 'Duarte'],
    family: ['Pereira', 'Souza', 'Oliveira', 'Costa', 'Rodrigues', 'Carvalho', 'Gonçalves', 'Magalhães'],
  },
  tr: {
    f: ['Ayşe', 'Elif', 'Zeynep', 'Fatma', 'Gülşen', 'Büşra'],
    m: ['Emre', 'Mehmet', 'Mustafa', 'Burak', 'Oğuz', 'Hüseyin'],
    family: ['Yılmaz', 'Demir', 'Kaya', 'Şahin', 'Çelik', 'Öztürk', 'Aydın', 'Arslan'],
  },
  ar: {
    f: ['Fatima Zahra', 'Layla', 'Amina', 'Yasmina', 'Khadija', 'Nour', 'Samira', 'Meryem'],
    m: ['Youssef', 'Karim', 'Omar', 'Mehdi', 'Rachid', 'Nabil', 'Hamza', 'Mohamed'],
    family: ['El Amrani', 'Benali', 'Haddad', 'Mansour', 'Al-Farsi', 'Ben Salah', 'Bouzid', 'Cherkaoui', 'El Idrissi', 'Saidi'],
  },
  in: {
    f: ['Priya', 'Ananya', 'Deepika', 'Lakshmi', 'Sneha', 'Kavitha', 'Pooja', 'Meenakshi'],
    m: ['Arjun', 'Rahul', 'Venkatesh', 'Sanjay', 'Vikram', 'Rohan', 'Karthik', 'Abhishek'],
    family: ['Sharma', 'Mehta', 'Iyer', 'Gupta', 'Subramanian', 'Reddy', 'Chatterjee', 'Nair', 'Patel', 'Krishnamurthy'],
  },
  ng: {
    f: ['Ngozi', 'Adaeze', 'Chiamaka', 'Folasade', 'Yetunde', 'Oluwakemi'],
    m: ['Oluwaseun', 'Chinedu', 'Babajide', 'Emeka', 'Tunde', 'Obinna'],
    family: ['Adeyemi', 'Okeke', 'Eze', 'Okonkwo', 'Nwosu', 'Balogun', 'Adebayo', 'Okafor'],
  },
  cn: {
    f: ['Wei', 'Fang', 'Na', 'Jing', 'Xiaoling', 'Mei'],
    m: ['Wei', 'Yang', 'Jun', 'Hao', 'Zhiwei', 'Lei'],
    family: ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Huang', 'Zhou', 'Xu'],
    order: 'family-first',
  },
  vn: {
    f: ['Mai', 'Lan', 'Hương', 'Ngọc', 'Thảo', 'Linh'],
    m: ['An', 'Tuấn', 'Minh', 'Dũng', 'Hùng', 'Quang'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'],
    order: 'vietnamese',
    middle: { f: ['Thị', 'Ngọc', 'Thu'], m: ['Văn', 'Minh', 'Đức'] },
  },
  gr: {
    f: ['Eleni', 'Dimitra', 'Katerina', 'Vasiliki'],
    m: ['Dimitris', 'Giorgos', 'Konstantinos', 'Nikos'],
    family: ['Papadopoulos', 'Georgiou', 'Oikonomou', 'Karagiannis', 'Vlachos', 'Antoniou', 'Christodoulou', 'Nikolaidis'],
  },
  ro: {
    f: ['Ioana', 'Andreea', 'Mihaela', 'Roxana'],
    m: ['Andrei', 'Mihai', 'Bogdan', 'Cătălin'],
    family: ['Popescu', 'Ionescu', 'Constantinescu', 'Dumitru', 'Stănescu', 'Munteanu', 'Radu', 'Florea'],
  },
  sn: {
    f: ['Aminata', 'Fatou', 'Awa', 'Mariama'],
    m: ['Moussa', 'Ousmane', 'Mamadou', 'Cheikh'],
    family: ['Diop', 'Ndiaye', 'Sow', 'Fall', 'Diallo', 'Sarr', 'Ba', 'Camara'],
  },
} as const satisfies Record<string, Origin>;

export type OriginId = keyof typeof ORIGINS;

/** Which origins a customer base written in `lang` draws from, with weights. */
const MIX: Record<Lang, ReadonlyArray<readonly [OriginId, number]>> = {
  en: [['en', 40], ['ie', 6], ['in', 9], ['ng', 6], ['cn', 5], ['pl', 4], ['ar', 3], ['vn', 3], ['es', 3], ['it', 3], ['fr', 2], ['de', 2], ['tr', 2], ['gr', 2], ['pt', 2], ['nl', 2], ['latam', 2], ['sn', 1]],
  fr: [['fr', 62], ['ar', 11], ['sn', 5], ['pt', 5], ['es', 3], ['it', 3], ['vn', 3], ['en', 2], ['de', 2], ['ro', 2], ['tr', 1], ['cn', 1]],
  de: [['de', 62], ['tr', 10], ['pl', 7], ['it', 4], ['gr', 3], ['ar', 3], ['ro', 3], ['nl', 2], ['en', 2], ['vn', 2], ['es', 1], ['fr', 1]],
  es: [['es', 66], ['latam', 12], ['ar', 5], ['ro', 5], ['cn', 3], ['en', 2], ['fr', 2], ['it', 2], ['pt', 2], ['sn', 1]],
};

/** A person: the parts a template may print in different forms. */
export interface PersonName {
  readonly first: string;
  readonly last: string;
  readonly gender: Gender;
  readonly origin: OriginId;
  /** The name as usually written, given name first (or family first for CN/VN). */
  readonly full: string;
  /** The given name people use on its own ("Mai" for Nguyễn Thị Mai, "José Luis", "Anna-Lena"). */
  readonly callName: string;
}

function weighted<T>(r: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let x = r.next() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1][0];
}

export type OriginMix = ReadonlyArray<readonly [OriginId, number]>;

/** A fresh person for a document in `lang` (origin mix of that language), or of the given origin(s). */
export function makePerson(r: Rng, lang: Lang, pool: Pool, origin?: OriginId | OriginMix): PersonName {
  const id = origin === undefined ? weighted(r, MIX[lang]) : typeof origin === 'string' ? origin : weighted(r, origin);
  const o: Origin = ORIGINS[id];
  const gender: Gender = r.chance(0.5) ? 'f' : 'm';
  const first = r.pick(split(o[gender], pool));
  let last = r.pick(split(o.family, pool));
  if (o.doubleFamily && r.chance(o.doubleFamily)) {
    const second = r.pick(split(o.family, pool));
    if (second !== last) last = `${last} ${second}`;
  }
  let full: string;
  if (o.order === 'vietnamese') {
    const middle = r.pick(o.middle![gender]!);
    return { first: `${middle} ${first}`, last, gender, origin: id, full: `${last} ${middle} ${first}`, callName: first };
  } else if (o.order === 'family-first' && r.chance(0.5)) {
    full = `${last} ${first}`;
  } else {
    full = `${first} ${last}`;
  }
  return { first, last, gender, origin: id, full, callName: first };
}

/** Ways a name is written in records and letters. */
export type NameStyle = 'full' | 'caps' | 'last-first' | 'caps-last-first' | 'LAST-first' | 'lower';

/** The name in `style`: "Anna Becker", "ANNA BECKER", "Becker, Anna", "BECKER, ANNA", "BECKER Anna", "anna becker". */
export function nameIn(p: PersonName, style: NameStyle): string {
  const familyFirst = p.full.startsWith(p.last + ' ') && p.full !== `${p.first} ${p.last}`;
  switch (style) {
    case 'full':
      return p.full;
    case 'caps':
      return p.full.toLocaleUpperCase('en');
    case 'last-first':
      return familyFirst ? p.full : `${p.last}, ${p.first}`;
    case 'caps-last-first':
      return (familyFirst ? p.full : `${p.last}, ${p.first}`).toLocaleUpperCase('en');
    case 'LAST-first':
      return familyFirst ? p.full : `${p.last.toLocaleUpperCase('en')} ${p.first}`;
    case 'lower':
      return p.full.toLocaleLowerCase('en');
  }
}

/** Honorifics before a family name alone ("Mr. [Kowalski]", "Frau [Becker]"); the label never includes them. */
export const SURNAME_TITLE: Record<Lang, Record<Gender, readonly string[]>> = {
  en: { f: ['Ms', 'Ms.', 'Mrs', 'Mrs.', 'Miss', 'Dr', 'Dr.'], m: ['Mr', 'Mr.', 'Dr', 'Dr.', 'Prof.'] },
  fr: { f: ['Mme', 'Madame', 'Mme.', 'Dr', 'Mlle'], m: ['M.', 'Monsieur', 'Dr', 'Me'] },
  de: { f: ['Frau', 'Frau Dr.', 'Frau Prof.'], m: ['Herr', 'Herr Dr.', 'Herr Prof.'] },
  es: { f: ['Sra.', 'señora', 'Srta.', 'Dra.'], m: ['Sr.', 'señor', 'Dr.'] },
};
/** Honorifics before a full name ("Dr. [Aoife Brennan]", "Doña [Pilar Ortega Ruiz]"). */
export const FULL_TITLE: Record<Lang, Record<Gender, readonly string[]>> = {
  en: { f: ['Ms', 'Mrs', 'Dr', 'Dr.'], m: ['Mr', 'Mr.', 'Dr', 'Prof.'] },
  fr: { f: ['Mme', 'Madame', 'Dr'], m: ['M.', 'Monsieur', 'Dr', 'Maître'] },
  de: { f: ['Frau', 'Frau Dr.'], m: ['Herr', 'Herrn', 'Herr Dr.'] },
  es: { f: ['Sra.', 'Doña', 'Dña.', 'Sra. Dña.'], m: ['Sr.', 'Don', 'D.', 'Sr. D.'] },
};

/** Textbook placeholder names: never a finding (form examples, documentation). */
export const PLACEHOLDER_NAMES: Record<Lang, readonly string[]> = {
  en: ['John Doe', 'Jane Doe', 'Joe Bloggs', 'John Q. Public', 'Richard Roe'],
  fr: ['Jean Dupont', 'Marie Dupont', 'Jean Dupond', 'Madame Michu'],
  de: ['Max Mustermann', 'Erika Mustermann', 'Otto Normalverbraucher', 'Hans Mustermann'],
  es: ['Juan Pérez', 'Fulano de Tal', 'Juan Español', 'Fulanito de Tal'],
};
