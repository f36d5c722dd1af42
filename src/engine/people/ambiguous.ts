import { words } from './cue-words';

/**
 * Given names that are also ordinary words, brands or software in one of our languages (folded). Such a
 * name counts only before a known family name ("Will Smith", "Grace Hopper"), never before an unknown
 * capitalised word ("Will Return", "Grace Period", "Max Retries", "Claude Sonnet", "Julia Set"). The
 * generated `WORDLIKE_NAMES` adds the names that faker's own word lists hold.
 */
export const AMBIGUOUS_NAMES = words(`
  will may mark bill rose grace chase art rich frank king baker young pierre claire pilar mercedes engel
  max min guy ray jack sky summer winter autumn dawn eve page gene herb norm sol van wade grant drew reed
  rod cliff dale glen heath jay don dick rob pat sue lance miles earl duke prince major royal noble
  silver gold sage blaze flash ace cash gunner angel
  claude alexa siri julia ada pascal travis cassandra gemma django jenkins hudson jarvis watson ernie bert
  elmo apollo aurora luna nova atlas orion phoenix echo iris vesta juno mercury venus diana
  ernst frei wolf till kai konstanze traute
  paris florence sydney dallas austin jordan georgia virginia carolina madison orlando regina adelaide
  savannah chelsea brooklyn lourdes india china kenya israel france chad asia africa america holland
  can ali su ay deniz
  else till ella per nella hanno nur
`);

/**
 * Given names that are also words (virtues, flowers, months, Marian and Christian names: "Hope",
 * "Dolores", "Rosario", "Inmaculada", "Chiara"): ambiguous like the names above, but given names first,
 * so "Dra. Inmaculada Martínez" and "Dolores García" read as names.
 */
export const AMBIGUOUS_GIVEN_NAMES = words(`
  hope faith joy glory honor patience prudence charity harmony melody destiny
  liberty justice trinity unity serenity mercy chance star sunny storm rain river forest willow ivy hazel
  holly lily daisy iris violet heather jasmine amber ruby jade pearl opal coral olive ginger pepper candy
  crystal sandy rusty dusty misty penny april june august
  claire constance aimee desire modeste felicite victoire marine oceane fleur aurore capucine violette
  celeste noel clement constant leger bienvenu
  dolores rosario consuelo amparo soledad luz paz caridad esperanza cruz rocio nieves reyes blanca
  concepcion asuncion encarnacion remedios angeles inmaculada milagros socorro victoria gloria fe alba
  estrella paloma clara santos jesus salvador domingo leal franco
  felice serena chiara vittoria speranza gioia sole fortunato benvenuto
  roos lieve noor sterre bo fien
`);

/**
 * Textbook placeholder people, never real customers ("John Doe", "Max Mustermann", "Jean Dupont", "Juan
 * Pérez", "Mario Rossi"): the folded given and family name.
 */
export const PLACEHOLDER_NAMES = [
  'john doe', 'jane doe', 'john roe', 'jane roe', 'richard roe', 'baby doe', 'john q public', 'joe bloggs',
  'jane bloggs', 'joe schmoe', 'joe sixpack', 'max mustermann', 'erika mustermann', 'hans mustermann',
  'otto normalverbraucher', 'lieschen muller', 'jean dupont', 'jeanne dupont', 'jean dupond', 'juan perez',
  'juana perez', 'fulano de tal', 'mario rossi', 'maria rossi', 'jan jansen', 'piet jansen', 'jan modaal',
  'jan kowalski', 'anna kowalska', 'john smith doe',
];

/**
 * Family names that only placeholder people bear ("Max Mustermann", "Madame Michu", "Monsieur Lambda",
 * "Joe Bloggs", "Fulano de Tal", "Jan Modaal"): with any given name or title, no person.
 */
export const PLACEHOLDER_FAMILIES = new Set(words(`
  doe roe bloggs schmoe sixpack mustermann musterfrau musterman normalverbraucher michu lambda tartempion
  fulano mengano zutano perengano sutano modaal
`));

/**
 * Brands, fonts and places that read like a given name and a family name ("Times New Roman" is safe
 * already: "Times" is no given name). Folded, the words of the name only.
 */
export const BRAND_NAMES = [
  'hugo boss', 'calvin klein', 'tommy hilfiger', 'ralph lauren', 'louis vuitton', 'christian dior',
  'giorgio armani', 'estee lauder', 'jack daniels', 'jack daniel', 'johnnie walker', 'jim beam', 'walt disney',
  'wells fargo', 'morgan stanley', 'charles schwab', 'marc jacobs', 'michael kors', 'kate spade', 'tory burch',
  'jimmy choo', 'vera wang', 'karl lagerfeld', 'yves saint laurent', 'victoria secret', 'ben jerry',
  'aston martin', 'alfa romeo', 'rolls royce', 'harley davidson', 'gill sans', 'franklin gothic',
  'monte carlo', 'santa claus', 'santa clara', 'san jose', 'san diego', 'san francisco', 'santa monica',
  'santa barbara', 'santa fe', 'los angeles', 'saint louis', 'saint martin', 'st louis', 'costa rica',
  'sierra leone', 'puerto rico', 'buenos aires', 'rio grande', 'san marino', 'santiago chile',
];
