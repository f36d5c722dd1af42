/** Support tickets as customers write them (and as agents paste them into an assistant). */
import { d, join, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { EPONYM_PLACES } from '../addresses';
import { addr, ALL_LANGS, as, BYE, HELLO, idLine, idType, L, nameP, person, pick, signOff, tr, want, type Ctx, type Template } from './kit';

const SUBJECTS = {
  en: ['Refund not received', 'Cannot log in to my account', 'Wrong item delivered', 'Double charge on my card', 'Update my billing details', 'Account locked'],
  fr: ['Remboursement non reçu', 'Impossible de me connecter', 'Mauvais article livré', 'Double prélèvement', 'Mise à jour de mes coordonnées bancaires'],
  de: ['Erstattung nicht erhalten', 'Login funktioniert nicht', 'Falscher Artikel geliefert', 'Doppelte Abbuchung', 'Bankdaten aktualisieren'],
  es: ['No he recibido el reembolso', 'No puedo iniciar sesión', 'Me enviaron otro artículo', 'Cargo duplicado en mi tarjeta', 'Actualizar mis datos bancarios'],
};

function opening(c: Ctx): Piece {
  const order = N.orderNumber(c.r);
  const date = N.recentDate(c.r, c.lang);
  const amount = N.price(c.r, c.lang);
  return tr(c, {
    en: d`I placed order ${order} on ${date} (${amount}) and ${c.r.pick(['it still has not arrived', 'I was charged twice', 'I returned it but got no refund yet', 'the wrong size was delivered'])}.`,
    fr: d`J’ai passé la commande ${order} le ${date} (${amount}) et ${c.r.pick(['je ne l’ai toujours pas reçue', 'j’ai été débité deux fois', 'je l’ai retournée mais aucun remboursement', 'la mauvaise taille a été livrée'])}.`,
    de: d`Ich habe am ${date} die Bestellung ${order} aufgegeben (${amount}) und ${c.r.pick(['sie ist immer noch nicht angekommen', 'mir wurde doppelt abgebucht', 'ich habe sie zurückgeschickt, aber keine Erstattung erhalten', 'es wurde die falsche Größe geliefert'])}.`,
    es: d`Hice el pedido ${order} el ${date} (${amount}) y ${c.r.pick(['todavía no ha llegado', 'me cobraron dos veces', 'lo devolví pero no me han reembolsado', 'me llegó la talla equivocada'])}.`,
  });
}

const positive: Template = {
  kind: 'support-ticket',
  langs: ALL_LANGS,
  covers: ['PERSON', 'POSTAL_ADDRESS', 'EMAIL', 'PHONE', 'DATE_OF_BIRTH', 'IBAN', 'SWIFT_BIC', 'CREDIT_CARD', 'PASSWORD_ASSIGNMENT', 'IP_ADDRESS', 'US_SSN', 'US_ITIN', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'AU_TFN', 'IN_AADHAAR', 'NL_BSN', 'IT_FISCAL_CODE', 'BR_CPF', 'BR_CNPJ', 'FR_NIR', 'DE_TAX_ID', 'ES_DNI'],
  make(c) {
    const who = person(c);
    const lines: Part[] = [];
    const ticket = N.ticketId(c.r);
    lines.push(d`${tr(c, { en: 'Ticket', fr: 'Ticket', de: 'Ticket', es: 'Incidencia' })} ${ticket} — ${pick(c, SUBJECTS)}`);
    lines.push('');
    lines.push(pick(c, HELLO));
    if (c.r.chance(0.3)) {
      lines.push(
        tr(c, {
          en: d`My name is ${nameP(who)} and I am a customer since ${c.r.int(2015, 2024)}.`,
          fr: d`Je m’appelle ${nameP(who)}, je suis client${who.gender === 'f' ? 'e' : ''} depuis ${c.r.int(2015, 2024)}.`,
          de: d`Mein Name ist ${nameP(who)}, ich bin seit ${c.r.int(2015, 2024)} Kunde${who.gender === 'f' ? 'in' : ''} bei Ihnen.`,
          es: d`Me llamo ${nameP(who)} y soy cliente desde ${c.r.int(2015, 2024)}.`,
        }),
      );
    }
    lines.push(opening(c));
    if (want(c, 'POSTAL_ADDRESS', 0.35)) {
      const a = addr(who.address, c.r.chance(0.25) ? 'multi-line' : 'one-line');
      lines.push(
        c.r.pick([
          () => tr(c, {
            en: d`Please send the replacement to my new address: ${a}`,
            fr: d`Merci d’envoyer le remplacement à ma nouvelle adresse : ${a}`,
            de: d`Bitte schicken Sie den Ersatz an meine neue Adresse: ${a}`,
            es: d`Por favor, enviad el repuesto a mi nueva dirección: ${a}`,
          }),
          () => tr(c, {
            en: d`The parcel was left at ${a} although I asked for a pickup point.`,
            fr: d`Le colis a été déposé au ${a} alors que j’avais demandé un point relais.`,
            de: d`Das Paket wurde bei ${a} abgegeben, obwohl ich eine Packstation angegeben hatte.`,
            es: d`El paquete se dejó en ${a} aunque pedí entrega en punto de recogida.`,
          }),
        ])(),
      );
    }
    if (want(c, 'EMAIL', 0.6) || want(c, 'PHONE', 0.4)) {
      const em = as('EMAIL', V.email(c.r, who));
      const ph = L(c, 'PHONE');
      const both = c.focus !== 'EMAIL' && c.r.chance(0.6);
      lines.push(
        both
          ? tr(c, {
              en: d`You can reach me at ${em} or on ${ph}.`,
              fr: d`Vous pouvez me joindre à ${em} ou au ${ph}.`,
              de: d`Sie erreichen mich unter ${em} oder telefonisch unter ${ph}.`,
              es: d`Podéis contactarme en ${em} o en el ${ph}.`,
            })
          : tr(c, {
              en: d`My account email is ${em}.`,
              fr: d`L’adresse e-mail de mon compte est ${em}.`,
              de: d`Meine Konto-E-Mail ist ${em}.`,
              es: d`El correo de mi cuenta es ${em}.`,
            }),
      );
    }
    if (want(c, 'DATE_OF_BIRTH', 0.3)) {
      const dob = L(c, 'DATE_OF_BIRTH');
      lines.push(
        tr(c, {
          en: d`For verification: my date of birth is ${dob}.`,
          fr: d`Pour la vérification : ma date de naissance est le ${dob}.`,
          de: d`Zur Verifizierung: mein Geburtsdatum ist der ${dob}.`,
          es: d`Para la verificación: mi fecha de nacimiento es ${dob}.`,
        }),
      );
    }
    if (want(c, 'IBAN', 0.35) || want(c, 'SWIFT_BIC', 0.1)) {
      const ib = L(c, 'IBAN');
      const bic = c.focus === 'SWIFT_BIC' || c.r.chance(0.4) ? L(c, 'SWIFT_BIC') : null;
      lines.push(
        tr(c, {
          en: bic ? d`Please send the refund to IBAN ${ib}, BIC ${bic}.` : d`Please send the refund to my account, IBAN ${ib}.`,
          fr: bic ? d`Merci de rembourser sur l’IBAN ${ib} (BIC ${bic}).` : d`Merci de rembourser sur mon compte : IBAN ${ib}.`,
          de: bic ? d`Bitte überweisen Sie die Erstattung auf IBAN ${ib}, BIC ${bic}.` : d`Bitte die Erstattung an meine IBAN ${ib} überweisen.`,
          es: bic ? d`Por favor, haced el reembolso a la cuenta IBAN ${ib}, BIC ${bic}.` : d`Por favor, reembolsad a mi cuenta IBAN ${ib}.`,
        }),
      );
    }
    if (want(c, 'CREDIT_CARD', 0.3)) {
      const card = L(c, 'CREDIT_CARD');
      const exp = `${c.r.padded(1, 12, 2)}/${c.r.int(26, 30)}`;
      lines.push(
        tr(c, {
          en: d`The charge was on my card ${card} (exp ${exp}).`,
          fr: d`Le débit apparaît sur ma carte ${card} (exp. ${exp}).`,
          de: d`Die Abbuchung erfolgte von meiner Karte ${card} (gültig bis ${exp}).`,
          es: d`El cargo se hizo en mi tarjeta ${card} (cad. ${exp}).`,
        }),
      );
    }
    const idWanted = c.focus ? positive.covers.slice(10).includes(c.focus) : c.r.chance(0.3);
    if (idWanted) {
      const t = idType(c);
      lines.push(
        tr(c, {
          en: d`You asked for my ID for the tax form — ${idLine(c, t)}.`,
          fr: d`Vous m’avez demandé mon identifiant pour le dossier : ${idLine(c, t, ' : ')}.`,
          de: d`Für das Formular brauchten Sie noch meine Daten — ${idLine(c, t)}.`,
          es: d`Me pedisteis mis datos para la factura: ${idLine(c, t)}.`,
        }),
      );
    }
    if (want(c, 'PASSWORD_ASSIGNMENT', 0.15)) {
      const pw = L(c, 'PASSWORD_ASSIGNMENT');
      lines.push(
        tr(c, {
          en: d`I already reset it twice, the current password is ${pw} and it still says invalid.`,
          fr: d`Je l’ai déjà réinitialisé deux fois, le mot de passe actuel est ${pw} et ça refuse toujours.`,
          de: d`Ich habe es schon zweimal zurückgesetzt, das aktuelle Passwort ist ${pw} und es geht trotzdem nicht.`,
          es: d`Ya lo restablecí dos veces, la contraseña actual es ${pw} y sigue diciendo que no es válida.`,
        }),
      );
    }
    if (want(c, 'IP_ADDRESS', 0.15)) {
      const ip = as('IP_ADDRESS', c.r.chance(0.3) ? V.privateIpv4(c.r) : V.ip(c.r));
      lines.push(
        tr(c, {
          en: d`In case it matters, my IP address is ${ip}.`,
          fr: d`Si ça peut aider, mon adresse IP est ${ip}.`,
          de: d`Falls relevant: meine IP-Adresse ist ${ip}.`,
          es: d`Por si sirve, mi dirección IP es ${ip}.`,
        }),
      );
    }
    lines.push('', signOff(c, who));
    return join(lines, '\n');
  },
};

const negative: Template = {
  kind: 'support-ticket',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const who = person(c);
    const lines: Part[] = [];
    lines.push(d`${tr(c, { en: 'Ticket', fr: 'Ticket', de: 'Ticket', es: 'Incidencia' })} ${N.ticketId(c.r)} — ${pick(c, SUBJECTS)}`, '');
    lines.push(pick(c, HELLO), opening(c));
    const track = N.trackingNumber(c.r);
    const extras: Piece[] = [
      tr(c, {
        en: d`The tracking number ${track} has not moved since ${N.recentDate(c.r, c.lang)}.`,
        fr: d`Le numéro de suivi ${track} n’a pas bougé depuis le ${N.recentDate(c.r, c.lang)}.`,
        de: d`Die Sendungsnummer ${track} hat sich seit dem ${N.recentDate(c.r, c.lang)} nicht bewegt.`,
        es: d`El número de seguimiento ${track} no se mueve desde el ${N.recentDate(c.r, c.lang)}.`,
      }),
      tr(c, {
        en: d`Your invoice ${N.invoiceNumber(c.r)} shows ${N.price(c.r, c.lang)} but I was quoted ${N.price(c.r, c.lang)}.`,
        fr: d`Votre facture ${N.invoiceNumber(c.r)} indique ${N.price(c.r, c.lang)} alors qu’on m’avait annoncé ${N.price(c.r, c.lang)}.`,
        de: d`Ihre Rechnung ${N.invoiceNumber(c.r)} weist ${N.price(c.r, c.lang)} aus, angeboten wurden mir aber ${N.price(c.r, c.lang)}.`,
        es: d`Vuestra factura ${N.invoiceNumber(c.r)} indica ${N.price(c.r, c.lang)} pero me dijeron ${N.price(c.r, c.lang)}.`,
      }),
      tr(c, {
        en: d`The bank says the transaction reference is ${N.luhnFailing16(c.r)}.`,
        fr: d`La banque m’indique la référence de transaction ${N.luhnFailing16(c.r)}.`,
        de: d`Die Bank nennt als Transaktionsreferenz ${N.luhnFailing16(c.r)}.`,
        es: d`El banco dice que la referencia de la operación es ${N.luhnFailing16(c.r)}.`,
      }),
      tr(c, {
        en: d`The app version is ${N.semver(c.r)} and the error code was E-${c.r.int(1000, 9999)}.`,
        fr: d`Version de l’application : ${N.semver(c.r)}, code d’erreur E-${c.r.int(1000, 9999)}.`,
        de: d`App-Version ${N.semver(c.r)}, Fehlercode E-${c.r.int(1000, 9999)}.`,
        es: d`La versión de la app es ${N.semver(c.r)} y el código de error E-${c.r.int(1000, 9999)}.`,
      }),
      tr(c, {
        en: d`I tried to update the IBAN to ${N.badIban(c.r, c.lang)} but the form says it is invalid — did I mistype it?`,
        fr: d`J’ai essayé de mettre l’IBAN ${N.badIban(c.r, c.lang)} mais le formulaire le refuse, j’ai dû faire une faute de frappe ?`,
        de: d`Ich wollte die IBAN ${N.badIban(c.r, c.lang)} eintragen, aber das Formular sagt ungültig — Tippfehler?`,
        es: d`Intenté poner el IBAN ${N.badIban(c.r, c.lang)} pero el formulario dice que no es válido, ¿me he equivocado?`,
      }),
      tr(c, {
        en: d`Case reference ${N.badSsn(c.r)} was mentioned on the phone.`,
        fr: d`On m’a donné la référence de dossier ${N.uuid(c.r).slice(0, 8).toUpperCase()} au téléphone.`,
        de: d`Am Telefon wurde mir das Aktenzeichen ${c.r.int(10, 99)}/${c.r.int(1000, 9999)}-${c.r.int(2022, 2025)} genannt.`,
        es: d`Por teléfono me dieron la referencia ${N.orderNumber(c.r)}.`,
      }),
    ];
    extras.push(
      tr(c, {
        en: d`The pickup point near ${c.r.pick(EPONYM_PLACES.en)} was closed, and the one in ${c.r.pick(['Leeds', 'Bristol', 'the city centre'])} had no record of it.`,
        fr: d`Le point relais près de ${c.r.pick(EPONYM_PLACES.fr)} était fermé, et celui de ${c.r.pick(['Lyon', 'Nantes', 'centre-ville'])} ne l’avait pas.`,
        de: d`Die Packstation bei ${c.r.pick(EPONYM_PLACES.de)} war voll, und die Filiale in ${c.r.pick(['Köln', 'Leipzig', 'der Innenstadt'])} hatte nichts.`,
        es: d`El punto de recogida junto a ${c.r.pick(EPONYM_PLACES.es)} estaba cerrado y el de ${c.r.pick(['Sevilla', 'Bilbao', 'el centro'])} no lo tenía.`,
      }),
    );
    lines.push(...c.r.sample(extras, c.r.int(2, 4)));
    // Signed with the first name only: a lone given name is not a finding.
    lines.push('', pick(c, BYE), who.callName);
    return join(lines, '\n');
  },
};

export const SUPPORT_TICKET: readonly Template[] = [positive, negative];
