/** Customer and supplier emails pasted with their headers and signatures ("make this more polite"). */
import { d, join, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { addr, ALL_LANGS, as, ASK, BYE, company, greetingTo, HELLO, L, nameP, person, pick, tr, want, type Ctx, type Template } from './kit';

const REWRITE = {
  en: ['Can you make this email sound more professional?', 'Translate this email to French please:', 'Summarize this thread for me:', 'Draft a polite reply to this:'],
  fr: ['Peux-tu reformuler ce mail de façon plus professionnelle ?', 'Résume-moi cet échange :', 'Rédige une réponse polie à ce mail :'],
  de: ['Kannst du diese Mail professioneller formulieren?', 'Fass mir diesen Verlauf zusammen:', 'Schreib eine höfliche Antwort auf diese Mail:'],
  es: ['¿Puedes hacer que este correo suene más profesional?', 'Resúmeme este hilo:', 'Redacta una respuesta educada a este correo:'],
};

const ROLE = { en: ['Accounts Payable', 'Office Manager', 'Founder'], fr: ['Comptabilité', 'Gérante', 'Responsable achats'], de: ['Buchhaltung', 'Geschäftsführung', 'Einkauf'], es: ['Administración', 'Gerente', 'Compras'] };

/** Signature with the writer's name (labelled), role and company, optionally contacts and the office address. */
function signature(c: Ctx, who: ReturnType<typeof person>, withContacts: boolean, withAddress = false): Piece {
  const lines: Part[] = ['--', nameP(who), `${pick(c, ROLE)} · ${company(c)}`];
  if (withAddress) lines.push(addr(who.address, c.r.chance(0.5) ? 'multi-line' : 'one-line'));
  if (withContacts) {
    lines.push(d`${tr(c, { en: 'T', fr: 'Tél.', de: 'Tel.', es: 'Tel.' })} ${L(c, 'PHONE')} | ${as('EMAIL', V.email(c.r, who))}`);
  }
  return join(lines, '\n');
}

/** Signature without a person's name: a team, or the writer's first name only (never a finding). */
function teamSignature(c: Ctx, who: ReturnType<typeof person>): Piece {
  return c.r.chance(0.5)
    ? join(['--', tr(c, { en: `The ${pick(c, ROLE)} team`, fr: `L’équipe ${pick(c, ROLE)}`, de: `Ihr Team ${pick(c, ROLE)}`, es: `El equipo de ${pick(c, ROLE)}` }), company(c)], '\n')
    : join([who.callName, `${pick(c, ROLE)} · ${company(c)}`], '\n');
}

const positive: Template = {
  kind: 'customer-email',
  langs: ALL_LANGS,
  covers: ['PERSON', 'POSTAL_ADDRESS', 'EMAIL', 'PHONE', 'IBAN', 'SWIFT_BIC', 'US_BANK_ROUTING', 'BR_CNPJ', 'CREDIT_CARD'],
  make(c) {
    const from = person(c);
    const to = person(c);
    const lines: Part[] = [pick(c, REWRITE), ''];
    lines.push(d`${tr(c, { en: 'From', fr: 'De', de: 'Von', es: 'De' })}: ${nameP(from)} <${as('EMAIL', V.email(c.r, from))}>`);
    lines.push(
      c.r.chance(0.5)
        ? d`${tr(c, { en: 'To', fr: 'À', de: 'An', es: 'Para' })}: ${nameP(to)} <${as('EMAIL', V.email(c.r, to))}>`
        : d`${tr(c, { en: 'To', fr: 'À', de: 'An', es: 'Para' })}: ${as('EMAIL', V.email(c.r, to))}`,
    );
    lines.push(d`${tr(c, { en: 'Date', fr: 'Date', de: 'Datum', es: 'Fecha' })}: ${N.recentDate(c.r, c.lang)}`);
    lines.push('', c.r.chance(0.6) ? greetingTo(c, to) : pick(c, HELLO));
    const inv = N.invoiceNumber(c.r);
    const amount = N.price(c.r, c.lang);
    lines.push(
      tr(c, {
        en: d`Please find attached invoice ${inv} for ${amount}, due within 30 days.`,
        fr: d`Veuillez trouver ci-joint la facture ${inv} d’un montant de ${amount}, payable sous 30 jours.`,
        de: d`anbei erhalten Sie die Rechnung ${inv} über ${amount}, zahlbar innerhalb von 30 Tagen.`,
        es: d`Adjunto la factura ${inv} por importe de ${amount}, con vencimiento a 30 días.`,
      }),
    );
    const usBank = c.lang === 'en' && (c.focus === 'US_BANK_ROUTING' || (c.focus === undefined && c.r.chance(0.35)));
    if (usBank) {
      const acct = c.r.digits(c.r.int(9, 12));
      lines.push(
        c.r.chance(0.5)
          ? d`Our bank details changed: routing number ${as('US_BANK_ROUTING', V.abaRouting(c.r))}, account ${acct}.`
          : d`Wire to: ${company(c)}\nABA ${as('US_BANK_ROUTING', V.abaRouting(c.r))} / Acct # ${acct}`,
      );
    } else if (want(c, 'IBAN', 0.7) || want(c, 'SWIFT_BIC', 0.2)) {
      const ib = L(c, 'IBAN');
      const bic = L(c, 'SWIFT_BIC');
      lines.push(
        tr(c, {
          en: d`Please note our new bank details:\nIBAN: ${ib}\nSWIFT/BIC: ${bic}`,
          fr: d`Merci de noter nos nouvelles coordonnées bancaires :\nIBAN : ${ib}\nBIC : ${bic}`,
          de: d`Bitte beachten Sie unsere neue Bankverbindung:\nIBAN: ${ib}\nBIC: ${bic}`,
          es: d`Tomad nota de nuestros nuevos datos bancarios:\nIBAN: ${ib}\nBIC/SWIFT: ${bic}`,
        }),
      );
    }
    if (c.lang === 'es' && want(c, 'BR_CNPJ', 0.4)) {
      lines.push(d`Para la filial de São Paulo, el CNPJ de facturación es ${L(c, 'BR_CNPJ')}.`);
    } else if (c.lang === 'en' && want(c, 'BR_CNPJ', 0.1)) {
      lines.push(d`For the Brazilian entity, use CNPJ ${L(c, 'BR_CNPJ')} on the invoice.`);
    }
    if (want(c, 'CREDIT_CARD', 0.15)) {
      const card = L(c, 'CREDIT_CARD');
      lines.push(
        tr(c, {
          en: d`Alternatively charge the company card ${card}, CVC ${c.r.digits(3)}.`,
          fr: d`Sinon, vous pouvez débiter la carte de la société ${card}, cryptogramme ${c.r.digits(3)}.`,
          de: d`Alternativ können Sie die Firmenkarte ${card} belasten, Prüfziffer ${c.r.digits(3)}.`,
          es: d`Si no, podéis cargarlo en la tarjeta de empresa ${card}, CVV ${c.r.digits(3)}.`,
        }),
      );
    }
    lines.push('', pick(c, BYE), signature(c, from, want(c, 'PHONE', 0.7), want(c, 'POSTAL_ADDRESS', 0.3)));
    return join(lines, '\n');
  },
};

const negative: Template = {
  kind: 'customer-email',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const from = person(c);
    const lines: Part[] = [pick(c, REWRITE), '', pick(c, HELLO)];
    const options: Piece[] = [
      tr(c, {
        en: d`Following our call on ${N.recentDate(c.r, c.lang)}, the quote ${N.invoiceNumber(c.r)} comes to ${N.price(c.r, c.lang)} excl. VAT.`,
        fr: d`Suite à notre appel du ${N.recentDate(c.r, c.lang)}, le devis ${N.invoiceNumber(c.r)} s’élève à ${N.price(c.r, c.lang)} HT.`,
        de: d`wie am ${N.recentDate(c.r, c.lang)} besprochen, beläuft sich das Angebot ${N.invoiceNumber(c.r)} auf ${N.price(c.r, c.lang)} netto.`,
        es: d`Tras nuestra llamada del ${N.recentDate(c.r, c.lang)}, el presupuesto ${N.invoiceNumber(c.r)} asciende a ${N.price(c.r, c.lang)} sin IVA.`,
      }),
      tr(c, {
        en: d`The shipment with tracking ${N.trackingNumber(c.r)} left the warehouse at ${c.r.padded(6, 18, 2)}:${c.r.padded(0, 59, 2)}.`,
        fr: d`L’envoi (suivi ${N.trackingNumber(c.r)}) est parti de l’entrepôt à ${c.r.padded(6, 18, 2)}h${c.r.padded(0, 59, 2)}.`,
        de: d`Die Sendung (Tracking ${N.trackingNumber(c.r)}) hat das Lager um ${c.r.padded(6, 18, 2)}:${c.r.padded(0, 59, 2)} Uhr verlassen.`,
        es: d`El envío (seguimiento ${N.trackingNumber(c.r)}) salió del almacén a las ${c.r.padded(6, 18, 2)}:${c.r.padded(0, 59, 2)}.`,
      }),
      tr(c, {
        en: d`Our meeting is moved to ${N.recentDate(c.r, c.lang)}; room B${c.r.int(100, 420)}, dial-in code ${c.r.digits(6)}#.`,
        fr: d`Notre réunion est décalée au ${N.recentDate(c.r, c.lang)}, salle B${c.r.int(100, 420)}, code d’accès ${c.r.digits(6)}#.`,
        de: d`Unser Termin wird auf den ${N.recentDate(c.r, c.lang)} verschoben, Raum B${c.r.int(100, 420)}, Einwahlcode ${c.r.digits(6)}#.`,
        es: d`La reunión pasa al ${N.recentDate(c.r, c.lang)}, sala B${c.r.int(100, 420)}, código de acceso ${c.r.digits(6)}#.`,
      }),
      tr(c, {
        en: d`Part numbers ${c.r.digits(4)}-${c.r.digits(3)}-${c.r.digits(3)} and ${N.orderNumber(c.r)} are back in stock from ${N.recentDate(c.r, c.lang)}.`,
        fr: d`Les références ${c.r.digits(4)}-${c.r.digits(3)}-${c.r.digits(3)} et ${N.orderNumber(c.r)} seront de nouveau disponibles le ${N.recentDate(c.r, c.lang)}.`,
        de: d`Die Artikel ${c.r.digits(4)}-${c.r.digits(3)}-${c.r.digits(3)} und ${N.orderNumber(c.r)} sind ab dem ${N.recentDate(c.r, c.lang)} wieder lieferbar.`,
        es: d`Las referencias ${c.r.digits(4)}-${c.r.digits(3)}-${c.r.digits(3)} y ${N.orderNumber(c.r)} vuelven a estar disponibles el ${N.recentDate(c.r, c.lang)}.`,
      }),
      tr(c, {
        en: d`Our VAT number is GB${c.r.digits(9)} and the company registration no. ${c.r.digits(8)}.`,
        fr: d`Notre SIRET : ${c.r.digits(3)} ${c.r.digits(3)} ${c.r.digits(3)} ${c.r.digits(5)}, TVA FR${c.r.digits(11)}.`,
        de: d`Handelsregister HRB ${c.r.int(10000, 250000)}, USt-IdNr. DE${c.r.digits(9)}.`,
        es: d`Nuestro CIF es B${c.r.digits(8)} y el número de proveedor ${c.r.digits(6)}.`,
      }),
    ];
    lines.push(...c.r.sample(options, c.r.int(2, 3)));
    if (c.r.chance(0.3)) lines.push(pick(c, ASK));
    lines.push('', pick(c, BYE), teamSignature(c, from));
    return join(lines, '\n');
  },
};

export const CUSTOMER_EMAIL: readonly Template[] = [positive, negative];
