/**
 * Hard negatives for people and addresses, label-free: eponyms in technical text ("Dijkstra's algorithm",
 * "Bayes' theorem"), software and assistants named like people (Jenkins, Django, Alexa), companies named
 * after people (Johnson & Johnson, Ernst & Young, Mercedes-Benz), capitalised headings made of words that
 * are also names (Grace Period Policy, Rich Text Editor), code identifiers, textbook placeholder names
 * (John Doe, Max Mustermann, Jean Dupont, Juan Pérez), Alice-and-Bob explanations, and team chat that
 * mentions colleagues by first name only ("Hi Tom,"). Also documentation, loopback and unspecified IP
 * addresses, which never count as IP findings.
 */
import { EPONYM_PLACES } from '../addresses';
import { d, join, type Piece } from '../doc';
import * as N from '../hard-negatives';
import { makePerson, PLACEHOLDER_NAMES } from '../people';
import * as V from '../valid-values';
import { ALL_LANGS, ASK, pick, tr, type Ctx, type Template } from './kit';

const EPONYMS: Record<string, readonly string[]> = {
  en: [
    "Dijkstra's algorithm", "Bayes' theorem", 'a Kalman filter', 'the Fourier transform', 'Levenshtein distance', 'a Turing machine', "Euler's method",
    'the Newton-Raphson method', 'Hamming distance', 'a Bloom filter', 'a Markov chain', 'the Nash equilibrium', 'the Pareto principle', 'Diffie-Hellman key exchange',
    'Reed-Solomon codes', 'the Knuth-Morris-Pratt algorithm', 'Floyd-Warshall', 'Bellman-Ford', "Kruskal's algorithm", 'Gaussian elimination', 'the Laplace transform',
    'a Monte Carlo simulation', 'Huffman coding', 'Lamport clocks', 'the Liskov substitution principle', "Conway's law", "Amdahl's law", "Little's law", "Benford's law",
    'the Gini coefficient', 'Pearson correlation', "Student's t-test", 'the Mann-Whitney U test', 'the Kaplan-Meier estimator', 'the Fibonacci sequence', 'the Cauchy-Schwarz inequality',
    'the Porter stemmer', "Bresenham's line algorithm", 'the Dunning-Kruger effect', 'a Jordan curve',
  ],
  fr: ["l'algorithme de Dijkstra", 'le théorème de Bayes', 'la transformée de Fourier', 'la loi de Moore', 'la distance de Levenshtein', 'le filtre de Kalman', 'la méthode de Newton', "l'inégalité de Cauchy-Schwarz", 'la suite de Fibonacci', 'le test de Student', 'une chaîne de Markov', "l'équilibre de Nash"],
  de: ['der Dijkstra-Algorithmus', 'der Satz von Bayes', 'die Fourier-Transformation', 'das Mooresche Gesetz', 'die Levenshtein-Distanz', 'der Kalman-Filter', 'das Newton-Verfahren', 'die Gaußsche Normalverteilung', 'die Fibonacci-Folge', 'eine Markow-Kette', 'das Nash-Gleichgewicht', 'der Student-t-Test'],
  es: ['el algoritmo de Dijkstra', 'el teorema de Bayes', 'la transformada de Fourier', 'la ley de Moore', 'la distancia de Levenshtein', 'el filtro de Kalman', 'el método de Newton', 'la sucesión de Fibonacci', 'una cadena de Márkov', 'el equilibrio de Nash', 'la prueba t de Student', 'la desigualdad de Cauchy-Schwarz'],
};

/** Software, services and assistants named like people. */
const SOFTWARE = ['Jenkins', 'Django', 'Alexa', 'Siri', 'Kafka', 'Cassandra', 'Jupyter', 'Grafana', 'Ansible', 'Sentry', 'Flask', 'Laravel', 'Tomcat', 'Jira', 'Hugo', 'Jekyll', 'Gatsby', 'Sinatra', 'Phoenix', 'Watson', 'Cortana', 'Bixby', 'Julia', 'Ada', 'Pascal', 'Haskell', 'Erlang', 'Elixir', 'Godot', 'Blender', 'Mercurial', 'Thunderbird'];
/** Companies and brands named after people. */
const COMPANIES = ['Johnson & Johnson', 'Ernst & Young', 'Mercedes-Benz', 'Procter & Gamble', 'Goldman Sachs', 'Morgan Stanley', 'Marks & Spencer', 'Harley-Davidson', 'Rolls-Royce', 'Dolce & Gabbana', 'Hewlett-Packard', 'Deloitte', 'Ferrari', 'Porsche', 'McDonald’s', 'Louis Vuitton', 'Yves Saint Laurent', 'Calvin Klein', 'Hugo Boss', 'Carl Zeiss', 'Robert Bosch', 'Dr. Oetker', 'Estée Lauder', 'Jack Daniel’s', 'Tim Hortons', 'Boehringer Ingelheim', 'Roland Berger', 'Siemens', 'Lidl', 'Aldi'];
/** Title-case headings whose words are also given names or surnames. */
const HEADINGS: Record<string, readonly string[]> = {
  en: ['Grace Period Policy', 'Rich Text Editor', 'Art Director Handbook', 'Bill Rate Calculation', 'May Day Bank Holiday', 'Chase Bank Integration', 'Jordan Curve Theorem', 'Frank Feedback Guidelines', 'Will Writing Service', 'Mark As Read', 'Rose Garden Maintenance', 'Summer Berry Tart', 'Victoria Line Closures', 'Amber Alert Procedure', 'Ruby On Rails Upgrade', 'Customer Success Manager', 'Release Notes', 'Getting Started'],
  fr: ['Politique de Délai de Grâce', 'Guide du Directeur Artistique', 'Mise à Jour Ruby On Rails', 'Notes de Version', 'Prise en Main', 'Responsable Succès Client'],
  de: ['Kulanzfrist Richtlinie', 'Rich Text Editor Anleitung', 'Ruby On Rails Upgrade', 'Versionshinweise', 'Erste Schritte', 'Customer Success Manager Rolle'],
  es: ['Política de Periodo de Gracia', 'Guía del Director de Arte', 'Actualización de Ruby On Rails', 'Notas de la Versión', 'Primeros Pasos', 'Gestor de Éxito del Cliente'],
};

function eponymText(c: Ctx): Piece {
  const [a, b] = c.r.sample(EPONYMS[c.lang], 2);
  const sw = c.r.sample(SOFTWARE, 2);
  return tr(c, {
    en: d`Explain the difference between ${a} and ${b}, with a Python example. Our ${sw[0]} job runs it nightly and pushes the results to ${sw[1]}.`,
    fr: d`Explique la différence entre ${a} et ${b}, avec un exemple en Python. Notre job ${sw[0]} le lance chaque nuit et envoie les résultats dans ${sw[1]}.`,
    de: d`Erklär mir den Unterschied zwischen ${a} und ${b}, mit einem Python-Beispiel. Unser ${sw[0]}-Job lässt das nachts laufen und schiebt die Ergebnisse nach ${sw[1]}.`,
    es: d`Explícame la diferencia entre ${a} y ${b}, con un ejemplo en Python. Nuestro job de ${sw[0]} lo ejecuta cada noche y envía los resultados a ${sw[1]}.`,
  });
}

function brandText(c: Ctx): Piece {
  const [a, b, e] = c.r.sample(COMPANIES, 3);
  const place = pick(c, EPONYM_PLACES);
  return tr(c, {
    en: d`Compare the 2024 annual reports of ${a} and ${b}: revenue, margin, headcount. Then draft a LinkedIn post about our partnership with ${e}, announced at the event near ${place}.`,
    fr: d`Compare les rapports annuels 2024 de ${a} et ${b} : chiffre d’affaires, marge, effectifs. Puis rédige un post LinkedIn sur notre partenariat avec ${e}, annoncé près de ${place}.`,
    de: d`Vergleiche die Geschäftsberichte 2024 von ${a} und ${b}: Umsatz, Marge, Mitarbeitende. Dann schreib einen LinkedIn-Post über unsere Partnerschaft mit ${e}, vorgestellt nahe ${place.replace(/^(?:der|die|das) /, '')}.`,
    es: d`Compara las memorias anuales 2024 de ${a} y ${b}: ingresos, margen, plantilla. Luego redacta un post de LinkedIn sobre nuestra alianza con ${e}, presentada cerca de ${place}.`,
  });
}

function headingsDoc(c: Ctx): Piece {
  const hs = c.r.sample(HEADINGS[c.lang], 3);
  const sw = c.r.pick(SOFTWARE);
  return tr(c, {
    en: d`Turn this outline into a one-page doc:\n\n## ${hs[0]}\n- scope, owners, deadlines\n## ${hs[1]}\n- what changed since v${N.semver(c.r)}\n## ${hs[2]}\n- rollout via ${sw}`,
    fr: d`Transforme ce plan en une page :\n\n## ${hs[0]}\n- périmètre, responsables, échéances\n## ${hs[1]}\n- changements depuis la v${N.semver(c.r)}\n## ${hs[2]}\n- déploiement via ${sw}`,
    de: d`Mach aus dieser Gliederung ein einseitiges Dokument:\n\n## ${hs[0]}\n- Umfang, Zuständige, Fristen\n## ${hs[1]}\n- Änderungen seit v${N.semver(c.r)}\n## ${hs[2]}\n- Rollout über ${sw}`,
    es: d`Convierte este esquema en un documento de una página:\n\n## ${hs[0]}\n- alcance, responsables, plazos\n## ${hs[1]}\n- cambios desde la v${N.semver(c.r)}\n## ${hs[2]}\n- despliegue con ${sw}`,
  });
}

function codeIdentifiers(c: Ctx): Piece {
  const snippet = c.r.pick([
    "class JohnDoeFactory:\n    def build(self):\n        return User(name='John Doe', email=None, street='Example Street')",
    'const maxMustermann = createUser({ firstName: "Max", lastName: "Mustermann" });\nexpect(maxMustermann.fullName()).toBe("Max Mustermann");',
    'def test_alice_can_transfer_to_bob(alice, bob):\n    transfer(alice, bob, amount=10)\n    assert bob.balance == 10',
    'public class KevinBaconNumber {\n    int distance(Graph g, Node actor) { return bfs(g, actor, KEVIN_BACON); }\n}',
    'function newtonRaphson(f, df, x0) {\n  let x = x0;\n  for (let i = 0; i < 50; i++) x = x - f(x) / df(x);\n  return x;\n}',
    'SELECT first_name, last_name FROM users WHERE last_name = :lastName ORDER BY first_name;',
    'type Person = { firstName: string; lastName: string; street?: string; postcode?: string };',
    'df = pd.read_csv("customers.csv", usecols=["name", "street", "city", "phone"])\ndf["name"] = df["name"].str.title()',
  ]);
  return d`${pick(c, ASK)}\n\n\`\`\`\n${snippet}\n\`\`\``;
}

function placeholders(c: Ctx): Piece {
  const [a, b] = c.r.sample(PLACEHOLDER_NAMES[c.lang], 2);
  return tr(c, {
    en: d`Our form shows "${a}" as the example name and "123 Example Street" as the address hint. Is "${b}" a better placeholder for UK users? Alice and Bob are fine for the crypto tutorial.`,
    fr: d`Notre formulaire affiche « ${a} » comme nom d’exemple. « ${b} » serait-il plus parlant ? Pour le tuto de chiffrement, on garde Alice et Bob.`,
    de: d`Unser Formular zeigt „${a}“ als Beispielnamen. Wäre „${b}“ besser? Für das Krypto-Tutorial bleiben wir bei Alice und Bob.`,
    es: d`Nuestro formulario muestra «${a}» como nombre de ejemplo. ¿Sería mejor «${b}»? En el tutorial de cifrado seguimos con Alice y Bob.`,
  });
}

function teamChat(c: Ctx): Piece {
  const [p, q, s] = [makePerson(c.r, c.lang, c.pool), makePerson(c.r, c.lang, c.pool), makePerson(c.r, c.lang, c.pool)];
  const sw = c.r.pick(SOFTWARE);
  return tr(c, {
    en: d`Summarise this thread:\n\nHi ${p.callName},\ncan you check why ${sw} failed last night? ${q.callName} thinks it is the cache.\n— ${s.callName}\n\nThanks ${s.callName}, on it. ${q.callName}, can you send me the logs?`,
    fr: d`Résume cet échange :\n\nSalut ${p.callName},\ntu peux regarder pourquoi ${sw} a planté cette nuit ? ${q.callName} pense que c’est le cache.\n${s.callName}\n\nMerci ${s.callName}, je regarde. ${q.callName}, tu m’envoies les logs ?`,
    de: d`Fass diesen Verlauf zusammen:\n\nHallo ${p.callName},\nkannst du schauen, warum ${sw} heute Nacht abgebrochen ist? ${q.callName} meint, es liegt am Cache.\nGruß, ${s.callName}\n\nDanke ${s.callName}, schaue ich mir an. ${q.callName}, schickst du mir die Logs?`,
    es: d`Resume este hilo:\n\nHola ${p.callName}:\n¿puedes mirar por qué falló ${sw} anoche? ${q.callName} cree que es la caché.\nUn saludo, ${s.callName}\n\nGracias ${s.callName}, lo miro. ${q.callName}, ¿me pasas los logs?`,
  });
}

/** Documentation, loopback and unspecified addresses: never an IP finding. */
function networkDocs(c: Ctx): Piece {
  const [a, b, e] = [V.docIp(c.r), V.docIp(c.r), V.docIp(c.r)];
  return tr(c, {
    en: d`Rewrite this paragraph of our firewall docs:\n"In the examples below, the client is ${a} and the upstream is ${b}. The admin API binds to ${e} only; never expose it on 0.0.0.0. Replace 192.0.2.0/24 and 2001:db8::/32 with your own ranges."`,
    fr: d`Reformule ce paragraphe de notre doc pare-feu :\n« Dans les exemples, le client est ${a} et l’amont ${b}. L’API d’admin n’écoute que sur ${e} ; ne l’exposez jamais sur 0.0.0.0. Remplacez 198.51.100.0/24 par vos propres plages. »`,
    de: d`Formulier diesen Absatz der Firewall-Doku um:\n„In den Beispielen ist der Client ${a} und der Upstream ${b}. Die Admin-API lauscht nur auf ${e}; niemals auf 0.0.0.0 freigeben. Ersetzen Sie 203.0.113.0/24 durch Ihre eigenen Netze.“`,
    es: d`Reescribe este párrafo de la documentación del firewall:\n«En los ejemplos, el cliente es ${a} y el upstream ${b}. La API de administración solo escucha en ${e}; nunca la expongas en 0.0.0.0. Sustituye 2001:db8::/32 por tus propios rangos.»`,
  });
}

const MAKERS = [eponymText, brandText, headingsDoc, codeIdentifiers, placeholders, teamChat, networkDocs];

export const NAME_NEGATIVES: readonly Template[] = [
  {
    kind: 'tech-text',
    weight: 3,
    langs: ALL_LANGS,
    covers: [],
    make: (c) => c.r.pick(MAKERS.slice(0, 4))(c),
  },
  {
    kind: 'team-chat',
    weight: 2,
    langs: ALL_LANGS,
    covers: [],
    make: (c) => c.r.pick([placeholders, teamChat, teamChat, networkDocs])(c),
  },
];
