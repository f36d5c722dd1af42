/** Free-form chat requests where people drop personal data into prose. */
import { d, join, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { addr, ALL_LANGS, as, fullTitled, idLine, idType, L, nameP, person, titled, tr, want, type Ctx, type Template } from './kit';

type Maker = (c: Ctx) => Piece;

const SNIPPETS: ReadonlyArray<{ readonly type: string; readonly make: Maker }> = [
  {
    type: 'PERSON',
    make: (c) => {
      const p = person(c);
      const q = person(c);
      return c.r.pick([
        () => tr(c, {
          en: d`Write a reference letter for my former assistant ${nameP(p)}, who worked with me for ${c.r.int(2, 9)} years.`,
          fr: d`Rédige une lettre de recommandation pour mon ancienne assistante ${nameP(p)}, qui a travaillé avec moi ${c.r.int(2, 9)} ans.`,
          de: d`Schreib ein Empfehlungsschreiben für meine frühere Assistenz ${nameP(p)}, ${c.r.int(2, 9)} Jahre bei uns.`,
          es: d`Escribe una carta de recomendación para ${nameP(p)}, que trabajó conmigo ${c.r.int(2, 9)} años.`,
        }),
        () => tr(c, {
          en: d`How do I tell ${titled(c, p)} from accounting that the budget was cut, without upsetting ${p.gender === 'f' ? 'her' : 'him'}?`,
          fr: d`Comment annoncer à ${titled(c, p)} de la compta que le budget est réduit, sans ${p.gender === 'f' ? 'la' : 'le'} vexer ?`,
          de: d`Wie sage ich ${titled(c, p)} aus der Buchhaltung, dass das Budget gekürzt wurde, ohne ${p.gender === 'f' ? 'sie' : 'ihn'} zu verärgern?`,
          es: d`¿Cómo le digo a ${titled(c, p)} de contabilidad que han recortado el presupuesto sin que se moleste?`,
        }),
        () => tr(c, {
          en: d`Summarise the meeting: ${nameP(p)} presented the Q3 figures, ${fullTitled(c, q)} asked about hiring.`,
          fr: d`Résume la réunion : ${nameP(p)} a présenté les chiffres du T3, ${fullTitled(c, q)} a posé des questions sur les recrutements.`,
          de: d`Fass das Meeting zusammen: ${nameP(p)} hat die Q3-Zahlen vorgestellt, ${fullTitled(c, q)} hat nach Neueinstellungen gefragt.`,
          es: d`Resume la reunión: ${nameP(p)} presentó las cifras del T3 y ${fullTitled(c, q)} preguntó por las contrataciones.`,
        }),
      ])();
    },
  },
  {
    type: 'POSTAL_ADDRESS',
    make: (c) => {
      const p = person(c);
      return c.r.pick([
        () => tr(c, {
          en: d`Write a complaint to my landlord ${titled(c, p)} about the heating at ${addr(p.address)}.`,
          fr: d`Écris une réclamation à mon bailleur, ${titled(c, p)}, pour le chauffage du logement situé ${addr(p.address)}.`,
          de: d`Schreib eine Mängelanzeige an die Vermietung (${titled(c, p)}) wegen der Heizung in der Wohnung ${addr(p.address)}.`,
          es: d`Escribe una reclamación a mi casero, ${titled(c, p)}, por la calefacción del piso de ${addr(p.address)}.`,
        }),
        () => tr(c, {
          en: d`I moved to ${addr(p.address, 'street')} last month, which forms do I need to update?`,
          fr: d`J’ai déménagé le mois dernier, ma nouvelle adresse est ${addr(p.address, 'street')}. Quelles démarches faire ?`,
          de: d`Ich bin letzten Monat umgezogen, neue Anschrift: ${addr(p.address, 'street')}. Was muss ich alles ummelden?`,
          es: d`Me mudé a ${addr(p.address, 'street')} el mes pasado, ¿qué trámites tengo que hacer?`,
        }),
        () => tr(c, {
          en: d`Format this as an envelope address: ${nameP(p)}, ${addr(p.address)}`,
          fr: d`Mets en forme pour une enveloppe : ${nameP(p)}, ${addr(p.address)}`,
          de: d`Formatiere das als Briefanschrift: ${nameP(p)}, ${addr(p.address)}`,
          es: d`Ponlo en formato de sobre: ${nameP(p)}, ${addr(p.address)}`,
        }),
      ])();
    },
  },
  {
    type: 'IBAN',
    make: (c) => {
      const ib = L(c, 'IBAN');
      return tr(c, {
        en: d`Write a short letter to my landlord asking him to return the deposit to my account ${ib}.`,
        fr: d`Écris une lettre à mon propriétaire pour qu’il me rende la caution sur mon compte ${ib}.`,
        de: d`Schreib meinem Vermieter, dass er die Kaution bitte auf mein Konto ${ib} zurücküberweist.`,
        es: d`Escribe una carta a mi casero pidiéndole que me devuelva la fianza en mi cuenta ${ib}.`,
      });
    },
  },
  {
    type: 'DATE_OF_BIRTH',
    make: (c) => {
      const b = V.birthDate(c.r);
      const dob = as('DATE_OF_BIRTH', V.formatDate(c.r, c.lang, b));
      return tr(c, {
        en: d`I was born on ${dob} — how many days until I can claim my pension at 67?`,
        fr: d`Je suis né le ${dob}, à quelle date pourrai-je partir à la retraite à 64 ans ?`,
        de: d`Ich bin am ${dob} geboren, wann kann ich mit 67 in Rente gehen?`,
        es: d`Nací el ${dob}, ¿cuándo podré jubilarme a los 67?`,
      });
    },
  },
  {
    type: 'PHONE',
    make: (c) => {
      const ph = L(c, 'PHONE');
      return tr(c, {
        en: d`I keep getting calls from ${ph}, is this a known scam number?`,
        fr: d`Je reçois sans arrêt des appels du ${ph}, c’est une arnaque connue ?`,
        de: d`Ich werde ständig von ${ph} angerufen, ist das eine bekannte Betrugsnummer?`,
        es: d`Me llaman todo el rato desde el ${ph}, ¿es un número de estafa conocido?`,
      });
    },
  },
  {
    type: 'EMAIL',
    make: (c) => {
      const em = as('EMAIL', V.email(c.r, person(c)));
      return tr(c, {
        en: d`Draft a follow-up to ${em} about the contract renewal, friendly but firm.`,
        fr: d`Rédige une relance à ${em} au sujet du renouvellement du contrat, aimable mais ferme.`,
        de: d`Formulier eine Nachfrage an ${em} wegen der Vertragsverlängerung, freundlich aber bestimmt.`,
        es: d`Redacta un recordatorio a ${em} sobre la renovación del contrato, amable pero firme.`,
      });
    },
  },
  {
    type: 'PASSWORD_ASSIGNMENT',
    make: (c) => {
      const pw = L(c, 'PASSWORD_ASSIGNMENT');
      return tr(c, {
        en: d`My wifi password is ${pw} — is that strong enough or should I change it?`,
        fr: d`Mon mot de passe wifi est ${pw}, il est assez solide ?`,
        de: d`Mein WLAN-Passwort ist ${pw} – ist das sicher genug?`,
        es: d`Mi contraseña del wifi es ${pw}, ¿es lo bastante segura?`,
      });
    },
  },
  {
    type: 'IP_ADDRESS',
    make: (c) => {
      // Private address with an IP word next to it: the user is clearly talking about an address.
      const lan = as('IP_ADDRESS', V.privateIpv4(c.r));
      const wan = as('IP_ADDRESS', V.ipv4(c.r));
      return tr(c, {
        en: d`My NAS has the local IP ${lan} and my public IP is ${wan}, but it is not reachable from outside. What ports should I forward?`,
        fr: d`Mon NAS a l’adresse IP locale ${lan} et mon IP publique est ${wan}, mais il n’est pas joignable depuis l’extérieur. Quels ports ouvrir ?`,
        de: d`Mein NAS hat die lokale IP-Adresse ${lan}, meine öffentliche IP ist ${wan}, aber von außen ist er nicht erreichbar. Welche Ports muss ich freigeben?`,
        es: d`Mi NAS tiene la dirección IP local ${lan} y mi IP pública es ${wan}, pero no es accesible desde fuera. ¿Qué puertos tengo que abrir?`,
      });
    },
  },
  {
    type: 'MAC_ADDRESS',
    make: (c) => {
      const mac = L(c, 'MAC_ADDRESS');
      return tr(c, {
        en: d`How do I whitelist my printer's MAC address ${mac} on the router?`,
        fr: d`Comment autoriser l’adresse MAC ${mac} de mon imprimante sur la box ?`,
        de: d`Wie schalte ich die MAC-Adresse ${mac} meines Druckers im Router frei?`,
        es: d`¿Cómo añado la dirección MAC ${mac} de mi impresora a la lista blanca del router?`,
      });
    },
  },
  {
    type: 'CREDIT_CARD',
    make: (c) => {
      const card = L(c, 'CREDIT_CARD');
      return tr(c, {
        en: d`Someone used my card ${card} in another country. Write a dispute letter to the bank.`,
        fr: d`Quelqu’un a utilisé ma carte ${card} à l’étranger. Rédige une contestation pour la banque.`,
        de: d`Jemand hat meine Karte ${card} im Ausland benutzt. Schreib einen Widerspruch an die Bank.`,
        es: d`Alguien usó mi tarjeta ${card} en otro país. Redacta una reclamación al banco.`,
      });
    },
  },
  {
    type: 'ID',
    make: (c) => {
      const line = idLine(c, idType(c));
      return tr(c, {
        en: d`The tax office letter says my details are wrong. ${line}. What should I reply?`,
        fr: d`L’administration dit que mes informations sont erronées. ${line}. Que répondre ?`,
        de: d`Das Finanzamt schreibt, meine Angaben seien falsch. ${line}. Was soll ich antworten?`,
        es: d`Hacienda dice que mis datos son incorrectos. ${line}. ¿Qué les contesto?`,
      });
    },
  },
];

const ID_TYPES = ['US_SSN', 'US_ITIN', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'AU_TFN', 'IN_AADHAAR', 'NL_BSN', 'IT_FISCAL_CODE', 'BR_CPF', 'BR_CNPJ', 'FR_NIR', 'DE_TAX_ID', 'ES_DNI'];

const positive: Template = {
  kind: 'chat-message',
  langs: ALL_LANGS,
  covers: ['PERSON', 'POSTAL_ADDRESS', 'IBAN', 'DATE_OF_BIRTH', 'PHONE', 'EMAIL', 'PASSWORD_ASSIGNMENT', 'IP_ADDRESS', 'MAC_ADDRESS', 'CREDIT_CARD', ...ID_TYPES],
  make(c) {
    const focus = c.focus && ID_TYPES.includes(c.focus) ? 'ID' : c.focus;
    const chosen = SNIPPETS.filter((s) => s.type === focus);
    const others = c.r.sample(SNIPPETS.filter((s) => s.type !== focus && want(c, s.type, 0.5)), chosen.length ? c.r.int(0, 1) : c.r.int(1, 2));
    const parts: Part[] = c.r.shuffle([...chosen, ...others]).map((s) => s.make(c));
    return join(parts, c.r.pick(['\n', ' ', '\n\n']));
  },
};

const negative: Template = {
  kind: 'chat-message',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const qs: Piece[] = [
      tr(c, {
        en: d`What's the difference between UUID v4 and v7? e.g. ${N.uuid(c.r)}`,
        fr: d`Quelle différence entre un UUID v4 et v7 ? par exemple ${N.uuid(c.r)}`,
        de: d`Was ist der Unterschied zwischen UUID v4 und v7? z. B. ${N.uuid(c.r)}`,
        es: d`¿Qué diferencia hay entre UUID v4 y v7? por ejemplo ${N.uuid(c.r)}`,
      }),
      tr(c, {
        en: d`If I invest ${N.price(c.r, c.lang)} monthly at 4.5% for 20 years, what do I end up with?`,
        fr: d`Si je place ${N.price(c.r, c.lang)} par mois à 3,5 % pendant 20 ans, j’obtiens combien ?`,
        de: d`Wenn ich monatlich ${N.price(c.r, c.lang)} zu 3,5 % über 20 Jahre anlege, was habe ich am Ende?`,
        es: d`Si invierto ${N.price(c.r, c.lang)} al mes al 3,5 % durante 20 años, ¿cuánto tendré?`,
      }),
      tr(c, {
        en: d`Convert the epoch ${N.epochSeconds(c.r)} to a readable date, and ${N.epochMillis(c.r)} ms too.`,
        fr: d`Convertis le timestamp ${N.epochSeconds(c.r)} en date lisible, et aussi ${N.epochMillis(c.r)} en ms.`,
        de: d`Rechne den Unix-Zeitstempel ${N.epochSeconds(c.r)} in ein Datum um, und ${N.epochMillis(c.r)} (ms) auch.`,
        es: d`Convierte el epoch ${N.epochSeconds(c.r)} a fecha legible, y también ${N.epochMillis(c.r)} en ms.`,
      }),
      tr(c, {
        en: d`Is a 16-digit number like ${N.luhnFailing16(c.r)} a valid card number? How does the Luhn check work?`,
        fr: d`Un numéro comme ${N.luhnFailing16(c.r)} est-il un numéro de carte valide ? Comment marche Luhn ?`,
        de: d`Ist eine Nummer wie ${N.luhnFailing16(c.r)} eine gültige Kartennummer? Wie funktioniert Luhn?`,
        es: d`¿Un número como ${N.luhnFailing16(c.r)} es una tarjeta válida? ¿Cómo funciona Luhn?`,
      }),
      tr(c, {
        en: d`Explain semantic versioning: why is ${N.semver(c.r)} newer than ${N.semver(c.r)}?`,
        fr: d`Explique le versionnage sémantique : pourquoi ${N.semver(c.r)} est plus récent que ${N.semver(c.r)} ?`,
        de: d`Erklär Semantic Versioning: warum ist ${N.semver(c.r)} neuer als ${N.semver(c.r)}?`,
        es: d`Explica el versionado semántico: ¿por qué ${N.semver(c.r)} es más nueva que ${N.semver(c.r)}?`,
      }),
      tr(c, {
        en: d`Plan a 5-day trip to Lisbon starting ${N.recentDate(c.r, c.lang)} with a budget of ${N.price(c.r, c.lang)}.`,
        fr: d`Prépare un voyage de 5 jours à Lisbonne à partir du ${N.recentDate(c.r, c.lang)}, budget ${N.price(c.r, c.lang)}.`,
        de: d`Plane eine 5-tägige Reise nach Lissabon ab dem ${N.recentDate(c.r, c.lang)} mit ${N.price(c.r, c.lang)} Budget.`,
        es: d`Planifica un viaje de 5 días a Lisboa a partir del ${N.recentDate(c.r, c.lang)} con ${N.price(c.r, c.lang)} de presupuesto.`,
      }),
      tr(c, {
        en: d`Why does git show ${N.shortSha(c.r)} while the full hash is ${N.gitSha(c.r)}?`,
        fr: d`Pourquoi git affiche ${N.shortSha(c.r)} alors que le hash complet est ${N.gitSha(c.r)} ?`,
        de: d`Warum zeigt git ${N.shortSha(c.r)}, obwohl der volle Hash ${N.gitSha(c.r)} ist?`,
        es: d`¿Por qué git muestra ${N.shortSha(c.r)} si el hash completo es ${N.gitSha(c.r)}?`,
      }),
      tr(c, {
        en: d`Cite this book properly in APA: ISBN ${N.isbn(c.r)}, published ${c.r.int(1990, 2023)}.`,
        fr: d`Cite ce livre au format APA : ISBN ${N.isbn(c.r)}, publié en ${c.r.int(1990, 2023)}.`,
        de: d`Zitiere dieses Buch im APA-Stil: ISBN ${N.isbn(c.r)}, erschienen ${c.r.int(1990, 2023)}.`,
        es: d`Cita este libro en formato APA: ISBN ${N.isbn(c.r)}, publicado en ${c.r.int(1990, 2023)}.`,
      }),
      tr(c, {
        en: d`My IBAN check fails for ${N.badIban(c.r, c.lang)} — how is the mod-97 checksum computed?`,
        fr: d`La vérification échoue pour ${N.badIban(c.r, c.lang)}, comment se calcule la clé modulo 97 ?`,
        de: d`Die Prüfung schlägt für ${N.badIban(c.r, c.lang)} fehl – wie wird die Modulo-97-Prüfsumme berechnet?`,
        es: d`La validación falla con ${N.badIban(c.r, c.lang)}, ¿cómo se calcula el dígito de control módulo 97?`,
      }),
    ];
    return join(c.r.sample(qs, c.r.int(1, 2)), '\n\n');
  },
};

export const CHAT_MESSAGE: readonly Template[] = [positive, negative];
