/**
 * Postal addresses for the corpus, written by hand: street names, street types, towns and their postcode
 * ranges as the author knows them from letters, maps and parcel labels (US, UK, IE, FR, BE, CH, DE, AT,
 * ES, IT, NL, CA, AU). Streets are real-looking and varied on purpose: many are named after people
 * ("avenue Jean Jaurès", "Karl-Marx-Allee", "Via Giuseppe Garibaldi"), which a name detector must not
 * report inside an address, and numbers come in each country's forms (14 bis, 12a, 45/3/12, 123-II,
 * Unit 4/18, nº 15 3º B). Postcodes are random inside the town's real range, so most are plausible,
 * none is meant to be a real delivery point.
 *
 * Pools are split like people.ts (every 4th entry held out) so a held-out build uses unseen streets.
 */
import { type Pool, split } from './people';
import type { Rng } from './rng';
import type { Lang } from './valid-values';

export type Country = 'US' | 'GB' | 'IE' | 'FR' | 'BE' | 'CH' | 'DE' | 'AT' | 'ES' | 'IT' | 'NL' | 'CA' | 'AU';

/** An address: street lines (unit, street + number) and the locality line (postcode + town…). */
export interface Address {
  readonly country: Country;
  /** Street lines, in print order ("Flat 3", "27 Queen's Road"); the last one holds the street. */
  readonly lines: readonly string[];
  /** Postcode and town as printed ("10115 Berlin", "Portland, OR 97205", "Leeds LS6 2AB"). */
  readonly locality: string;
  /** Town alone and postcode alone (for tables with separate columns). */
  readonly town: string;
  readonly postcode: string;
  /** The street line alone (the last street line). */
  readonly street: string;
}

/** Which countries a customer base in `lang` lives in. */
const COUNTRY_MIX: Record<Lang, ReadonlyArray<readonly [Country, number]>> = {
  en: [['US', 30], ['GB', 30], ['IE', 7], ['CA', 8], ['AU', 12], ['NL', 5], ['IT', 4], ['DE', 2], ['FR', 2]],
  fr: [['FR', 76], ['BE', 10], ['CH', 6], ['CA', 8]],
  de: [['DE', 70], ['AT', 15], ['CH', 11], ['NL', 4]],
  es: [['ES', 86], ['IT', 7], ['FR', 4], ['US', 3]],
};

export const COUNTRY_NAME: Record<Country, Record<Lang, string>> = {
  US: { en: 'USA', fr: 'États-Unis', de: 'USA', es: 'EE. UU.' },
  GB: { en: 'United Kingdom', fr: 'Royaume-Uni', de: 'Vereinigtes Königreich', es: 'Reino Unido' },
  IE: { en: 'Ireland', fr: 'Irlande', de: 'Irland', es: 'Irlanda' },
  FR: { en: 'France', fr: 'France', de: 'Frankreich', es: 'Francia' },
  BE: { en: 'Belgium', fr: 'Belgique', de: 'Belgien', es: 'Bélgica' },
  CH: { en: 'Switzerland', fr: 'Suisse', de: 'Schweiz', es: 'Suiza' },
  DE: { en: 'Germany', fr: 'Allemagne', de: 'Deutschland', es: 'Alemania' },
  AT: { en: 'Austria', fr: 'Autriche', de: 'Österreich', es: 'Austria' },
  ES: { en: 'Spain', fr: 'Espagne', de: 'Spanien', es: 'España' },
  IT: { en: 'Italy', fr: 'Italie', de: 'Italien', es: 'Italia' },
  NL: { en: 'Netherlands', fr: 'Pays-Bas', de: 'Niederlande', es: 'Países Bajos' },
  CA: { en: 'Canada', fr: 'Canada', de: 'Kanada', es: 'Canadá' },
  AU: { en: 'Australia', fr: 'Australie', de: 'Australien', es: 'Australia' },
};

// ------------------------------------------------------------------ towns with postcode ranges

/** [town, region or "", lowest postcode, highest postcode] (numeric postcodes). */
type NumTown = readonly [string, string, number, number];

const US_TOWNS: readonly NumTown[] = [
  ['Columbus', 'OH', 43201, 43235], ['Austin', 'TX', 78701, 78759], ['Denver', 'CO', 80202, 80239], ['Portland', 'OR', 97201, 97236],
  ['Seattle', 'WA', 98101, 98199], ['Boston', 'MA', 2108, 2136], ['Chicago', 'IL', 60601, 60661], ['Atlanta', 'GA', 30303, 30350],
  ['Phoenix', 'AZ', 85003, 85054], ['Minneapolis', 'MN', 55401, 55455], ['Raleigh', 'NC', 27601, 27617], ['Nashville', 'TN', 37201, 37221],
  ['Madison', 'WI', 53703, 53726], ['Pittsburgh', 'PA', 15201, 15237], ['Sacramento', 'CA', 95811, 95838], ['Albuquerque', 'NM', 87102, 87123],
  ['Boise', 'ID', 83702, 83716], ['Richmond', 'VA', 23219, 23236], ['Tampa', 'FL', 33602, 33629], ['Kansas City', 'MO', 64105, 64158],
  ['Burlington', 'VT', 5401, 5408], ['Ann Arbor', 'MI', 48103, 48109], ['Savannah', 'GA', 31401, 31419], ['Spokane', 'WA', 99201, 99224],
];
const FR_TOWNS: readonly NumTown[] = [
  ['Paris', '', 75001, 75020], ['Lyon', '', 69001, 69009], ['Marseille', '', 13001, 13016], ['Toulouse', '', 31000, 31500], ['Bordeaux', '', 33000, 33300],
  ['Nantes', '', 44000, 44300], ['Lille', '', 59000, 59800], ['Strasbourg', '', 67000, 67200], ['Montpellier', '', 34000, 34090], ['Rennes', '', 35000, 35700],
  ['Nice', '', 6000, 6300], ['Dijon', '', 21000, 21000], ['Tours', '', 37000, 37200], ['Brest', '', 29200, 29200], ['Clermont-Ferrand', '', 63000, 63100],
  ['Limoges', '', 87000, 87100], ['Bayonne', '', 64100, 64100], ['Rouen', '', 76000, 76100], ['Grenoble', '', 38000, 38100], ['Reims', '', 51100, 51100],
  ['Angers', '', 49000, 49100], ['La Rochelle', '', 17000, 17000], ['Avignon', '', 84000, 84000], ['Quimper', '', 29000, 29000], ['Saint-Étienne', '', 42000, 42100],
  ['Villeurbanne', '', 69100, 69100], ['Aix-en-Provence', '', 13090, 13100], ['Besançon', '', 25000, 25000],
];
const BE_TOWNS: readonly NumTown[] = [
  ['Bruxelles', '', 1000, 1000], ['Ixelles', '', 1050, 1050], ['Liège', '', 4000, 4020], ['Namur', '', 5000, 5000], ['Charleroi', '', 6000, 6000],
  ['Mons', '', 7000, 7000], ['Louvain-la-Neuve', '', 1348, 1348], ['Gent', '', 9000, 9000],
];
const CH_TOWNS: readonly NumTown[] = [
  ['Zürich', '', 8001, 8057], ['Genève', '', 1201, 1209], ['Bern', '', 3011, 3014], ['Basel', '', 4051, 4058], ['Lausanne', '', 1003, 1018],
  ['Luzern', '', 6003, 6006], ['St. Gallen', '', 9000, 9016], ['Winterthur', '', 8400, 8408],
];
const DE_TOWNS: readonly NumTown[] = [
  ['Berlin', '', 10115, 14199], ['Hamburg', '', 20095, 22769], ['München', '', 80331, 81929], ['Köln', '', 50667, 51149], ['Frankfurt am Main', '', 60311, 60599],
  ['Stuttgart', '', 70173, 70629], ['Leipzig', '', 4103, 4357], ['Dresden', '', 1067, 1328], ['Nürnberg', '', 90402, 90491], ['Bremen', '', 28195, 28779],
  ['Hannover', '', 30159, 30669], ['Dortmund', '', 44135, 44388], ['Essen', '', 45127, 45359], ['Düsseldorf', '', 40210, 40629], ['Bonn', '', 53111, 53229],
  ['Heidelberg', '', 69115, 69126], ['Freiburg im Breisgau', '', 79098, 79117], ['Kiel', '', 24103, 24159], ['Rostock', '', 18055, 18147], ['Erfurt', '', 99084, 99099],
  ['Münster', '', 48143, 48167], ['Augsburg', '', 86150, 86199], ['Lüneburg', '', 21335, 21339], ['Göttingen', '', 37073, 37085], ['Würzburg', '', 97070, 97084],
  ['Oldenburg', '', 26121, 26135], ['Regensburg', '', 93047, 93059], ['Gießen', '', 35390, 35398],
];
const AT_TOWNS: readonly NumTown[] = [
  ['Wien', '', 1010, 1230], ['Graz', '', 8010, 8055], ['Linz', '', 4020, 4040], ['Salzburg', '', 5020, 5026], ['Innsbruck', '', 6020, 6020],
  ['Klagenfurt am Wörthersee', '', 9020, 9020], ['Villach', '', 9500, 9500], ['St. Pölten', '', 3100, 3100],
];
const ES_TOWNS: readonly NumTown[] = [
  ['Madrid', '', 28001, 28055], ['Barcelona', '', 8001, 8042], ['Valencia', '', 46001, 46026], ['Sevilla', '', 41001, 41020], ['Málaga', '', 29001, 29018],
  ['Zaragoza', '', 50001, 50018], ['Bilbao', '', 48001, 48015], ['A Coruña', '', 15001, 15011], ['Murcia', '', 30001, 30012], ['Alicante', '', 3001, 3016],
  ['Granada', '', 18001, 18015], ['Oviedo', '', 33001, 33013], ['Valladolid', '', 47001, 47016], ['Palma', '', 7001, 7015], ['Las Palmas de Gran Canaria', '', 35001, 35019],
  ['Donostia-San Sebastián', '', 20001, 20018], ['Pamplona', '', 31001, 31016], ['Salamanca', '', 37001, 37008], ['Cádiz', '', 11001, 11012], ['Santiago de Compostela', '', 15701, 15706],
  ['Gijón', '', 33201, 33213], ['Vitoria-Gasteiz', '', 1001, 1015], ['Córdoba', '', 14001, 14014], ['Logroño', '', 26001, 26009],
];
const IT_TOWNS: readonly NumTown[] = [
  ['Milano', 'MI', 20121, 20162], ['Roma', 'RM', 118, 199], ['Torino', 'TO', 10121, 10156], ['Napoli', 'NA', 80121, 80147], ['Bologna', 'BO', 40121, 40141],
  ['Firenze', 'FI', 50121, 50145], ['Genova', 'GE', 16121, 16167], ['Palermo', 'PA', 90121, 90151], ['Verona', 'VR', 37121, 37142], ['Bari', 'BA', 70121, 70132],
  ['Padova', 'PD', 35121, 35143], ['Trieste', 'TS', 34121, 34151],
];
const AU_TOWNS: readonly NumTown[] = [
  ['Randwick', 'NSW', 2031, 2031], ['Parramatta', 'NSW', 2150, 2150], ['Newtown', 'NSW', 2042, 2042], ['St Kilda', 'VIC', 3182, 3182], ['Fitzroy', 'VIC', 3065, 3065],
  ['Brunswick', 'VIC', 3056, 3056], ['Fortitude Valley', 'QLD', 4006, 4006], ['Toowong', 'QLD', 4066, 4066], ['Fremantle', 'WA', 6160, 6160], ['Subiaco', 'WA', 6008, 6008],
  ['Glenelg', 'SA', 5045, 5045], ['Norwood', 'SA', 5067, 5067], ['Sandy Bay', 'TAS', 7005, 7005], ['Braddon', 'ACT', 2612, 2612], ['Wollongong', 'NSW', 2500, 2500],
  ['Geelong', 'VIC', 3220, 3220],
];
/** UK: [town, outward codes]. */
const GB_TOWNS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Leeds', ['LS1', 'LS2', 'LS6', 'LS8', 'LS11', 'LS17']], ['Manchester', ['M1', 'M4', 'M14', 'M20', 'M21']], ['Bristol', ['BS1', 'BS3', 'BS6', 'BS7', 'BS8']],
  ['Glasgow', ['G1', 'G3', 'G12', 'G41']], ['Edinburgh', ['EH1', 'EH3', 'EH6', 'EH9', 'EH10']], ['Cardiff', ['CF10', 'CF11', 'CF14', 'CF24']],
  ['Birmingham', ['B1', 'B13', 'B15', 'B29']], ['Norwich', ['NR1', 'NR2', 'NR4']], ['York', ['YO1', 'YO10', 'YO31']], ['Brighton', ['BN1', 'BN2', 'BN3']],
  ['Oxford', ['OX1', 'OX2', 'OX4']], ['Belfast', ['BT1', 'BT7', 'BT9']], ['Leicester', ['LE1', 'LE2', 'LE3']], ['Nottingham', ['NG1', 'NG5', 'NG7']],
  ['Liverpool', ['L1', 'L8', 'L15', 'L17']], ['Sheffield', ['S1', 'S7', 'S10', 'S11']], ['Newcastle upon Tyne', ['NE1', 'NE2', 'NE6']], ['Exeter', ['EX1', 'EX2', 'EX4']],
  ['Aberdeen', ['AB10', 'AB11', 'AB15']], ['London', ['E8', 'N1', 'SE15', 'SW9', 'W2', 'NW3', 'E17']], ['Swansea', ['SA1', 'SA2']], ['Bath', ['BA1', 'BA2']],
];
/** Ireland: [town, county or "", Eircode routing key]. */
const IE_TOWNS: ReadonlyArray<readonly [string, string, string]> = [
  ['Dún Laoghaire', 'Co. Dublin', 'A96'], ['Ennis', 'Co. Clare', 'V95'], ['Galway', '', 'H91'], ['Cork', '', 'T12'], ['Limerick', '', 'V94'],
  ['Kilkenny', 'Co. Kilkenny', 'R95'], ['Dublin 6', '', 'D06'], ['Dublin 8', '', 'D08'], ['Sligo', 'Co. Sligo', 'F91'], ['Tralee', 'Co. Kerry', 'V92'],
];
/** Netherlands: [town, lowest, highest 4-digit postcode]. */
const NL_TOWNS: readonly NumTown[] = [
  ['Amsterdam', '', 1011, 1109], ['Rotterdam', '', 3011, 3089], ['Den Haag', '', 2491, 2597], ['Utrecht', '', 3511, 3585], ['Eindhoven', '', 5611, 5658],
  ['Groningen', '', 9711, 9747], ['Haarlem', '', 2011, 2037], ['Leiden', '', 2311, 2334], ['Nijmegen', '', 6511, 6546], ['Maastricht', '', 6211, 6229],
  ['Zwolle', '', 8011, 8043], ['Delft', '', 2611, 2629],
];
/** Canada: [town, province, FSAs, French?]. */
const CA_TOWNS: ReadonlyArray<readonly [string, string, readonly string[], boolean]> = [
  ['Toronto', 'ON', ['M5V', 'M4C', 'M6K', 'M6G'], false], ['Ottawa', 'ON', ['K1P', 'K1R', 'K2P'], false], ['Vancouver', 'BC', ['V6B', 'V5K', 'V6K'], false],
  ['Calgary', 'AB', ['T2P', 'T3A'], false], ['Halifax', 'NS', ['B3H', 'B3J'], false], ['Winnipeg', 'MB', ['R3C', 'R2W'], false], ['Edmonton', 'AB', ['T5J', 'T6E'], false],
  ['Montréal', 'QC', ['H2X', 'H3G', 'H2J'], true], ['Québec', 'QC', ['G1R', 'G1K'], true], ['Gatineau', 'QC', ['J8X', 'J9H'], true], ['Sherbrooke', 'QC', ['J1H'], true],
];

// ------------------------------------------------------------------ street names

const US_NAMES = [
  'Maple', 'Oak', 'Cedar', 'Willow', 'Birch', 'Chestnut', 'Walnut', 'Hickory', 'Sycamore', 'Magnolia', 'Washington', 'Lincoln', 'Jefferson', 'Franklin',
  'Martin Luther King Jr', 'Cesar Chavez', 'Lakeview', 'Ridgecrest', 'Hillcrest', 'Meadowbrook', 'Sunset', 'Highland', 'Prospect', 'Pleasant', 'Spring',
  'Mill', 'Riverside', 'Church', 'Main', 'Market', 'Juniper', 'Aspen', 'Cottonwood', 'Foxglove', 'Briarwood', 'Old Mill', 'Deer Creek', 'Stonegate',
  'Whispering Pines', 'Peachtree', 'Wabash', 'Beacon', 'Bluebonnet', 'Canyon View',
];
const US_ORDINALS = ['2nd', '3rd', '5th', '7th', '11th', '14th', '23rd', '46th', '52nd', '101st'];
const US_TYPES = ['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Blvd', 'Dr', 'Drive', 'Ln', 'Lane', 'Ct', 'Way', 'Pl', 'Pkwy', 'Ter', 'Cir', 'Trail'];

const GB_NAMES = [
  'Victoria', 'Station', 'Church', 'Mill', "Queen's", 'Albert', 'Cromwell', 'Wellington', "St Mary's", 'Hillside', 'Rosebery', 'Coldharbour', 'Ladbroke',
  'Abbey', 'Priory', 'Fairfield', 'Orchard', 'Sandringham', 'Hawthorn', 'Beech', 'Oakfield', 'Westbourne', 'Gladstone', 'Kingsley', 'Ashdown', 'Elmwood',
  'Thornbury', 'Grosvenor', 'Belvedere', 'Marlborough', 'Tennyson', 'Wordsworth', 'Brunswick', 'Chatsworth', 'Hollybush', 'Lark',
];
const GB_TYPES = ['Road', 'Street', 'Lane', 'Close', 'Crescent', 'Gardens', 'Mews', 'Terrace', 'Avenue', 'Grove', 'Drive', 'Way', 'Place', 'Rise', 'Walk', 'Row'];

const IE_STREETS = [
  'Seaview Terrace', 'Ard na Gréine', 'Griffith Avenue', 'Ballymun Road', 'Main Street', 'Eyre Square', 'Oliver Plunkett Street', 'Parnell Street',
  'Bóthar na Trá', 'Cois Abhainn', 'Castle Park', 'Marine Road', "St Patrick's Terrace", 'Wolfe Tone Street', 'Glenageary Road', 'Lower Mount Street',
];

const FR_STREETS = [
  'rue de la République', 'rue Victor Hugo', 'avenue Jean Jaurès', 'rue Pasteur', 'rue du Général Leclerc', 'rue des Lilas', 'rue de la Paix', 'cours Gambetta',
  'rue des Écoles', 'chemin du Moulin', 'rue Émile Zola', 'route Nationale', 'avenue de Verdun', 'rue Saint-Michel', 'rue des Tanneurs', 'rue Paul Bert',
  'boulevard Voltaire', 'avenue Foch', 'avenue de la Gare', 'boulevard Haussmann', 'boulevard de la Liberté', 'place du Marché', "place de l'Église",
  'impasse des Acacias', 'allée des Tilleuls', 'chemin de la Croix Blanche', 'quai des Chartrons', 'route de Lyon', 'cours Mirabeau', 'rue Sainte-Catherine',
  'rue du Faubourg Saint-Antoine', 'rue de Siam', 'avenue Aristide Briand', 'rue Jules Ferry', 'bd de la Croisette', 'rue des Carmes', 'allée des Mésanges',
  'rue du Docteur Roux', 'rue Ernestine', 'place Bellecour',
];
const BE_STREETS = ['Rue de la Loi', 'Chaussée de Wavre', 'Avenue Louise', 'Rue des Bouchers', 'Boulevard Anspach', "Rue de l'Enseignement", 'Rue Haute', 'Place Saint-Lambert', 'Rue Neuve', 'Avenue de Tervueren'];
const CH_STREETS = ['Bahnhofstrasse', 'Rue du Rhône', 'Marktgasse', 'Seefeldstrasse', 'Avenue de la Gare', 'Kramgasse', 'Rue de Lausanne', 'Limmatquai', 'Spalenberg', 'Chemin des Vignes'];

const DE_BASES = [
  'Haupt', 'Bahnhof', 'Schul', 'Garten', 'Berg', 'Kirch', 'Linden', 'Birken', 'Eichen', 'Ahorn', 'Rosen', 'Tulpen', 'Wald', 'Feld', 'Wiesen', 'Mühlen',
  'Brunnen', 'Markt', 'Burg', 'Schloss', 'Sonnen', 'Post', 'Goethe', 'Schiller', 'Beethoven', 'Mozart', 'Bismarck', 'Uhland', 'Lessing', 'Herder',
  'Kant', 'Fontane', 'Blumen', 'Mittel', 'Kastanien', 'Holunder', 'Amsel', 'Finken', 'Hafen', 'Stein', 'Tannen', 'Weiden',
];
const DE_SUFFIXES = ['straße', 'straße', 'straße', 'str.', 'strasse', 'weg', 'weg', 'allee', 'platz', 'gasse', 'ring', 'damm', 'ufer', 'steig', 'pfad'];
const DE_FIXED = [
  'Karl-Marx-Allee', 'Rosa-Luxemburg-Straße', 'Konrad-Adenauer-Ring', 'Friedrich-Ebert-Straße', 'Albert-Schweitzer-Weg', 'Heinrich-Heine-Allee',
  'Käthe-Kollwitz-Straße', 'Sophie-Scholl-Platz', 'Am Markt', 'An der Alster', 'Im Winkel', 'Zum Hafen', 'Auf dem Berg', 'Unter den Linden',
  'Alte Poststraße', 'Große Bleichen', 'Kleine Johannisstraße', 'Berliner Straße', 'Münchner Straße', 'Frankfurter Allee', 'Am Sonnenhang', 'In den Gärten',
  'Hinter der Mauer', 'Kurfürstendamm', 'Königsallee', 'Zeil', 'Jungfernstieg', 'Schanzenstraße', 'Ostertorsteinweg', 'Mariahilfer Straße',
];
const AT_STREETS = ['Mariahilfer Straße', 'Herrengasse', 'Landstraße', 'Getreidegasse', 'Favoritenstraße', 'Maria-Theresien-Straße', 'Annenstraße', 'Linzer Gasse', 'Praterstraße', 'Schottengasse', 'Neubaugasse', 'Wiedner Hauptstraße'];

const ES_STREETS = [
  'Calle Mayor', 'Calle de Alcalá', 'Calle de Cervantes', 'Calle de Goya', 'Calle del Carmen', 'Avenida de la Constitución', 'Avenida de Blasco Ibáñez',
  'Paseo de la Castellana', 'Passeig de Gràcia', 'Carrer de Sants', 'Calle del Sol', 'Calle de San Vicente', 'Avenida de Colón', 'Avenida de Andalucía',
  'Calle Real', 'Calle Nueva', 'Calle Ancha', 'Calle Betis', 'Avenida de los Reyes Católicos', 'Calle Marqués de Larios', 'Gran Vía', 'Calle de Ramón y Cajal',
  'Calle de Miguel Servet', 'Calle Doctor Fleming', 'Plaza de España', 'Plaza Mayor', 'Rambla de Catalunya', 'Ronda de Segovia', 'Travesía del Conde Duque',
  'Camino de Ronda', 'Rúa do Franco', 'Carrer de Mallorca', 'Calle de Hortaleza', 'Avenida de la Libertad', 'Calle Uría', 'Calle San Francisco',
  'Paseo de Zorrilla', 'Calle de Embajadores', 'Calle Larios', 'Avenida del Cid',
];
const ES_SHORT: Record<string, readonly string[]> = { Calle: ['C/', 'c/', 'Calle', 'C.'], Avenida: ['Avda.', 'Av.', 'Avenida'], Plaza: ['Pza.', 'Plaza', 'Pl.'], Paseo: ['Pº', 'Paseo'] };

const IT_STREETS = [
  'Via Giuseppe Garibaldi', 'Via Roma', 'Via Giuseppe Mazzini', 'Via Dante Alighieri', 'Corso Cavour', 'Corso Vittorio Emanuele II', 'Viale dei Mille',
  'Via XX Settembre', 'Via della Repubblica', 'Via Nazionale', 'Piazza San Francesco', 'Via Giuseppe Verdi', 'Via del Corso', 'Largo Augusto',
  'Viale Monza', 'Via Toledo', 'Borgo San Frediano', 'Via Po',
];

const NL_STREETS = [
  'Keizersgracht', 'Prinsengracht', 'Herengracht', 'Damrak', 'Kalverstraat', 'Laan van Meerdervoort', 'Coolsingel', 'Oudegracht', 'Vredenburg',
  'Stationsstraat', 'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Julianalaan', 'Wilhelminastraat', 'Beatrixlaan', 'Van Baerlestraat', 'Jan van Galenstraat',
  'Witte de Withstraat', 'Nieuwe Binnenweg',
];

const CA_EN_STREETS = ['Sparks St', 'Queen St W', 'Yonge Street', 'Bloor St W', 'Robson Street', 'Granville St', 'Jasper Avenue', 'Spring Garden Road', 'Portage Ave', 'Elgin Street', 'Dundas St E', 'Whyte Avenue'];
const CA_FR_STREETS = ['rue Sainte-Catherine Ouest', 'boulevard Saint-Laurent', 'avenue du Mont-Royal Est', 'rue Saint-Denis', 'rue Saint-Jean', 'chemin de la Côte-des-Neiges', 'rue Wellington Nord', 'boulevard René-Lévesque Est'];

const AU_NAMES = ['Wattle', 'Banksia', 'Beach', 'Bondi', 'Glebe Point', 'Brunswick', 'Lygon', 'Chapel', 'Oxford', 'Stirling', 'Hay', 'Murray', 'Jacaranda', 'Kurrajong', 'Grevillea', 'Boronia', 'Waratah', 'Currawong', 'Bellbird', 'Swanston'];
const AU_TYPES = ['Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Parade', 'Pde', 'Crescent', 'Grove', 'Place', 'Close', 'Esplanade', 'Terrace'];

// ------------------------------------------------------------------ builders

const LETTERS_GB = 'ABDEFGHJLNPQRSTUWXYZ';
const pad = (n: number, w: number) => String(n).padStart(w, '0');

function numTown(r: Rng, towns: readonly NumTown[], pool: Pool, width: number): { town: string; region: string; code: string } {
  const [town, region, lo, hi] = r.pick(split(towns, pool));
  // Round postcodes (…0) are the common ones in FR/ES/DE; the rest is spread across the range.
  const n = r.chance(0.4) && hi - lo >= 10 ? Math.min(hi, lo + 10 * r.int(0, Math.floor((hi - lo) / 10))) : r.int(lo, hi);
  return { town, region, code: pad(n, width) };
}

function houseNumber(r: Rng, max: number): string {
  return String(r.chance(0.6) ? r.int(1, Math.min(max, 60)) : r.int(1, max));
}

function build(country: Country, lines: string[], locality: string, town: string, postcode: string, street = lines[lines.length - 1]): Address {
  return { country, lines, locality, town, postcode, street };
}

const MAKERS: Record<Country, (r: Rng, pool: Pool) => Address> = {
  US(r, pool) {
    const name = r.chance(0.15) ? r.pick(US_ORDINALS) : r.pick(split(US_NAMES, pool));
    const dir = r.chance(0.15) ? `${r.pick(['N', 'S', 'E', 'W', 'NE', 'SW'])} ` : '';
    const street = `${r.int(1, 9800)} ${dir}${name} ${r.pick(US_TYPES)}`;
    const { town, region, code } = numTown(r, US_TOWNS, pool, 5);
    const zip = r.chance(0.15) ? `${code}-${r.digits(4)}` : code;
    const unit = r.chance(0.25) ? r.pick(['Apt 3B', `Apt ${r.int(1, 40)}`, `Apt. ${r.int(100, 999)}`, `Suite ${r.int(1, 9)}00`, `Unit ${r.int(1, 30)}`, `#${r.int(2, 60)}`]) : '';
    const locality = r.chance(0.8) ? `${town}, ${region} ${zip}` : `${town} ${region} ${zip}`;
    const lines = unit ? (r.chance(0.5) ? [`${street}, ${unit}`] : [street, unit]) : [street];
    return build('US', lines, locality, town, zip, lines[0]);
  },
  GB(r, pool) {
    const n = `${houseNumber(r, 240)}${r.chance(0.08) ? r.pick(['a', 'b', 'A']) : ''}`;
    const street = `${n} ${r.pick(split(GB_NAMES, pool))} ${r.pick(GB_TYPES)}`;
    const [town, outs] = r.pick(split(GB_TOWNS, pool));
    const postcode = `${r.pick(outs)} ${r.int(1, 9)}${r.chars(LETTERS_GB, 2)}`;
    const flat = r.chance(0.15) ? `Flat ${r.int(1, 24)}` : '';
    const lines = flat ? (r.chance(0.5) ? [`${flat}, ${street}`] : [flat, street]) : [street];
    return build('GB', lines, `${town} ${postcode}`, town, postcode);
  },
  IE(r, pool) {
    const street = `${houseNumber(r, 120)} ${r.pick(split(IE_STREETS, pool))}`;
    const [town, county, key] = r.pick(split(IE_TOWNS, pool));
    const eircode = `${key} ${r.chars('ACDEFHKNPRTVWXY', 1)}${r.digits(1)}${r.chars('ACDEFHKNPRTVWXY0123456789', 2)}`;
    return build('IE', [street], [town, county, eircode].filter(Boolean).join(', '), town, eircode);
  },
  FR(r, pool) {
    const n = `${houseNumber(r, 180)}${r.chance(0.1) ? r.pick([' bis', ' ter', 'bis', ' B']) : ''}`;
    const name = r.pick(split(FR_STREETS, pool));
    const street = `${n}${r.chance(0.25) ? ',' : ''} ${name}`;
    const { town, code } = numTown(r, FR_TOWNS, pool, 5);
    const extra = r.chance(0.2) ? r.pick([`Bât. ${r.pick(['A', 'B', 'C'])}, ${r.int(1, 6)}e étage`, `Appartement ${r.int(1, 48)}`, 'Résidence Les Tilleuls', `Escalier ${r.int(1, 4)}`]) : '';
    const townOut = r.chance(0.2) ? town.toLocaleUpperCase('fr') : town;
    return build('FR', extra ? [extra, street] : [street], `${code} ${townOut}`, town, code);
  },
  BE(r, pool) {
    const street = `${r.pick(split(BE_STREETS, pool))} ${houseNumber(r, 200)}${r.chance(0.15) ? `/${r.int(1, 12)}` : ''}`;
    const { town, code } = numTown(r, BE_TOWNS, pool, 4);
    return build('BE', [street], `${code} ${town}`, town, code);
  },
  CH(r, pool) {
    const street = `${r.pick(split(CH_STREETS, pool))} ${houseNumber(r, 120)}`;
    const { town, code } = numTown(r, CH_TOWNS, pool, 4);
    return build('CH', [street], `${r.chance(0.2) ? 'CH-' : ''}${code} ${town}`, town, code);
  },
  DE(r, pool) {
    const name = r.chance(0.6) ? `${r.pick(split(DE_BASES, pool))}${r.pick(DE_SUFFIXES)}` : r.pick(split(DE_FIXED, pool));
    const h = houseNumber(r, 160);
    const n = `${h}${r.chance(0.12) ? r.pick(['a', 'b', ' a', 'c']) : r.chance(0.05) ? `-${Number(h) + 2}` : ''}`;
    const { town, code } = numTown(r, DE_TOWNS, pool, 5);
    const extra = r.chance(0.1) ? r.pick(['Hinterhaus', `${r.int(1, 5)}. OG`, 'Seitenflügel links', `Whg. ${r.int(1, 30)}`]) : '';
    const street = `${name} ${n}${extra ? `, ${extra}` : ''}`;
    return build('DE', [street], `${r.chance(0.05) ? 'D-' : ''}${code} ${town}`, town, code);
  },
  AT(r, pool) {
    const door = r.chance(0.4) ? `/${r.int(1, 9)}${r.chance(0.5) ? `/${r.int(1, 24)}` : ''}` : '';
    const street = `${r.pick(split(AT_STREETS, pool))} ${houseNumber(r, 140)}${door}`;
    const { town, code } = numTown(r, AT_TOWNS, pool, 4);
    return build('AT', [street], `${code} ${town}`, town, code);
  },
  ES(r, pool) {
    let name = r.pick(split(ES_STREETS, pool));
    const head = name.split(' ')[0];
    if (ES_SHORT[head] && r.chance(0.45)) {
      const rest = name.slice(head.length + 1).replace(/^de (?=\p{Lu})/u, r.chance(0.5) ? '' : 'de ');
      const short = r.pick(ES_SHORT[head]);
      name = short.endsWith('/') && r.chance(0.4) ? `${short}${rest}` : `${short} ${rest}`;
    }
    const num = houseNumber(r, 220);
    const numPart = r.pick([`, ${num}`, ` ${num}`, `, nº ${num}`, `, ${num}`]);
    const floor = r.chance(0.45) ? `, ${r.pick([`${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`, 'bajo', `${r.int(1, 8)}º-${r.int(1, 4)}ª`, `piso ${r.int(1, 9)}, puerta ${r.int(1, 12)}`])}` : '';
    const { town, code } = numTown(r, ES_TOWNS, pool, 5);
    const province = r.chance(0.15) ? ` (${town === 'Donostia-San Sebastián' ? 'Gipuzkoa' : town === 'Vitoria-Gasteiz' ? 'Álava' : town})` : '';
    return build('ES', [`${name}${numPart}${floor}`], `${code} ${town}${province}`, town, code);
  },
  IT(r, pool) {
    const street = `${r.pick(split(IT_STREETS, pool))}${r.chance(0.5) ? ',' : ''} ${houseNumber(r, 180)}${r.chance(0.1) ? '/A' : ''}`;
    const { town, region, code } = numTown(r, IT_TOWNS, pool, 5);
    return build('IT', [street], r.chance(0.5) ? `${code} ${town} (${region})` : `${code} ${town} ${region}`, town, code);
  },
  NL(r, pool) {
    const suffix = r.chance(0.15) ? r.pick(['-II', '-III', 'A', ' bis', '-hs']) : '';
    const street = `${r.pick(split(NL_STREETS, pool))} ${houseNumber(r, 400)}${suffix}`;
    const { town, code } = numTown(r, NL_TOWNS, pool, 4);
    const pc = `${code} ${r.chars('ABCDEGHJKLMNPRSTVWXZ', 2)}`;
    return build('NL', [street], `${pc} ${town}`, town, pc);
  },
  CA(r, pool) {
    const [town, prov, fsas, french] = r.pick(split(CA_TOWNS, pool));
    const pc = `${r.pick(fsas)} ${r.int(1, 9)}${r.chars('ABCEGHJKLMNPRSTVWXYZ', 1)}${r.int(0, 9)}`;
    if (french) {
      const street = `${r.int(10, 9800)}, ${r.pick(CA_FR_STREETS)}${r.chance(0.3) ? `, app. ${r.int(1, 40)}` : ''}`;
      return build('CA', [street], `${town} (Québec) ${pc}`, town, pc);
    }
    const street = `${r.int(10, 9800)} ${r.pick(CA_EN_STREETS)}${r.chance(0.25) ? `, Unit ${r.int(100, 2400)}` : ''}`;
    return build('CA', [street], r.chance(0.6) ? `${town}, ${prov} ${pc}` : `${town} ${prov} ${pc}`, town, pc);
  },
  AU(r, pool) {
    const base = `${r.pick(split(AU_NAMES, pool))} ${r.pick(AU_TYPES)}`;
    const n = houseNumber(r, 200);
    const unit = r.int(1, 24);
    const street = r.pick([`${n} ${base}`, `${n} ${base}`, `${unit}/${n} ${base}`, `Unit ${unit}, ${n} ${base}`]);
    const { town, region, code } = numTown(r, AU_TOWNS, pool, 4);
    return build('AU', [street], `${r.chance(0.3) ? town.toLocaleUpperCase('en') : town} ${region} ${code}`, town, code);
  },
};

function weighted<T>(r: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let x = r.next() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1][0];
}

/** A fresh address for a customer base in `lang`, or in `country`. */
export function makeAddress(r: Rng, lang: Lang, pool: Pool, country?: Country): Address {
  return MAKERS[country ?? weighted(r, COUNTRY_MIX[lang])](r, pool);
}

/** One line: "27 Queen's Road, Brighton BN1 3XE". */
export const oneLine = (a: Address): string => [...a.lines, a.locality].join(', ');
/** Printed on several lines, as on an envelope or a letter head. */
export const multiLine = (a: Address): string => [...a.lines, a.locality].join('\n');

/** Places named after people and street names without a number: never an address, never a person. */
export const EPONYM_PLACES: Record<Lang, readonly string[]> = {
  en: ['Rosa Parks Boulevard', 'Martin Luther King Day', 'Marie Curie University', 'John F. Kennedy Airport', 'Abraham Lincoln High School', 'Florence Nightingale Ward', 'the Isaac Newton Building', 'Elizabeth Line'],
  fr: ['Avenue Victor Hugo', 'Place Charles de Gaulle', 'le lycée Jean Moulin', 'la rue Émile Zola', "l'aéroport Charles de Gaulle", 'le collège Simone Veil', 'la gare Saint-Lazare', "l'hôpital Georges Pompidou"],
  de: ['die Goethestraße', 'die Sophie-Scholl-Schule', 'das Max-Planck-Institut', 'der Willy-Brandt-Platz', 'die Konrad-Adenauer-Brücke', 'das Robert-Koch-Institut', 'der Flughafen Franz Josef Strauß', 'das Albert-Einstein-Gymnasium'],
  es: ['el Hospital Gregorio Marañón', 'la Universidad Rey Juan Carlos', 'el Estadio Santiago Bernabéu', 'la calle de Cervantes', 'la Fundación Juan March', 'el aeropuerto Adolfo Suárez', 'el instituto Ramiro de Maeztu', 'la plaza de Pablo Ruiz Picasso'],
};
