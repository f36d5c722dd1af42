/**
 * Shipping addresses and delivery notes: parcel labels, "ship to / bill to" blocks, delivery notes
 * (bon de livraison, Lieferschein, albarán), carrier exceptions and address corrections pasted into a
 * chat. Addresses appear on one line or across line breaks; the recipient's name is a PERSON, the
 * company line and the country line are not part of the address label.
 *
 * The negative template is logistics talk full of address look-alikes: "2 road bikes", "Release 12 Main
 * branch", a postcode or a town alone, "PO Box" alone, streets named after people without a number.
 */
import { COUNTRY_NAME, EPONYM_PLACES, makeAddress } from '../addresses';
import { d, join, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { addr, ALL_LANGS, as, company, fullTitled, nameP, person, pick, tr, want, type Ctx, type Person, type Template } from './kit';

const ASK_SHIP = {
  en: ['Fix the formatting of this shipping label:', 'Is this address complete enough for DHL?', 'Turn these into a table of recipients:', 'Draft a reply to the carrier about this exception:'],
  fr: ['Corrige la mise en forme de cette étiquette :', 'Cette adresse est-elle assez complète pour Colissimo ?', 'Fais un tableau des destinataires :'],
  de: ['Korrigier die Formatierung dieses Versandetiketts:', 'Reicht diese Adresse für DHL?', 'Mach eine Empfängertabelle daraus:'],
  es: ['Corrige el formato de esta etiqueta de envío:', '¿Está completa esta dirección para Correos?', 'Haz una tabla con los destinatarios:'],
};

/** Recipient block: name (sometimes with title or c/o company), address lines, optional country line. */
function recipient(c: Ctx, p: Person, country = c.r.chance(0.25)): Piece {
  const lines: Part[] = [c.r.chance(0.25) ? fullTitled(c, p) : nameP(p, c.r.chance(0.2) ? 'caps' : 'full')];
  if (c.r.chance(0.15)) lines.push(company(c));
  const oneLine = c.r.chance(0.3);
  lines.push(addr(p.address, oneLine ? 'one-line' : 'multi-line'));
  if (country) lines.push(COUNTRY_NAME[p.address.country][c.lang].toLocaleUpperCase(c.lang));
  return join(lines, '\n');
}

function label(c: Ctx): Piece {
  const p = person(c);
  const from = makeAddress(c.r, c.lang, c.pool);
  const ship = tr(c, { en: 'SHIP TO', fr: 'DESTINATAIRE', de: 'EMPFÄNGER', es: 'DESTINATARIO' });
  const sender = tr(c, { en: 'FROM', fr: 'EXPÉDITEUR', de: 'ABSENDER', es: 'REMITENTE' });
  const parts: Part[] = [
    d`${sender}: ${company(c)}, ${addr(from)}`,
    '',
    d`${ship}:`,
    recipient(c, p),
  ];
  if (want(c, 'PHONE', 0.6)) parts.push(d`${tr(c, { en: 'Tel', fr: 'Tél.', de: 'Tel.', es: 'Tel.' })}: ${as('PHONE', V.phoneOf(c.r, p.address.country, 'intl'))}`);
  parts.push('', `${tr(c, { en: 'Tracking', fr: 'Suivi', de: 'Sendungsnr.', es: 'Seguimiento' })}: ${N.trackingNumber(c.r)}   ${tr(c, { en: 'Weight', fr: 'Poids', de: 'Gewicht', es: 'Peso' })}: ${c.r.int(1, 30)}.${c.r.int(0, 9)} kg`);
  return join(parts, '\n');
}

function deliveryNote(c: Ctx): Piece {
  const p = person(c);
  const bill = c.r.chance(0.4) ? person(c) : p;
  const title = tr(c, { en: 'DELIVERY NOTE', fr: 'BON DE LIVRAISON', de: 'LIEFERSCHEIN', es: 'ALBARÁN DE ENTREGA' });
  const shipTo = tr(c, { en: 'Ship to', fr: 'Livrer à', de: 'Lieferanschrift', es: 'Enviar a' });
  const billTo = tr(c, { en: 'Bill to', fr: 'Facturer à', de: 'Rechnungsanschrift', es: 'Facturar a' });
  const items = Array.from({ length: c.r.int(1, 4) }, () =>
    `${c.r.int(1, 6)} x ${c.r.pick(['USB-C cable 2m', 'desk lamp', 'road bike helmet', 'coffee grinder', 'A4 notebook (5 pack)', 'office chair'])}  ${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${c.r.digits(5)}`,
  );
  const lines: Part[] = [
    `${title} ${N.orderNumber(c.r)}   ${tr(c, { en: 'Date', fr: 'Date', de: 'Datum', es: 'Fecha' })}: ${N.recentDate(c.r, c.lang)}`,
    '',
    d`${shipTo}:\n${recipient(c, p, false)}`,
  ];
  if (bill !== p) lines.push('', d`${billTo}:\n${recipient(c, bill, false)}`);
  lines.push('', ...items);
  if (want(c, 'EMAIL', 0.3)) lines.push(d`${tr(c, { en: 'Notify', fr: 'Avis par e-mail', de: 'Benachrichtigung an', es: 'Aviso a' })}: ${as('EMAIL', V.email(c.r, p))}`);
  return join(lines, '\n');
}

function carrierException(c: Ctx): Piece {
  const p = person(c);
  const street = addr(p.address, 'street');
  const track = N.trackingNumber(c.r);
  return tr(c, {
    en: d`Carrier message for ${track}: "Delivery failed — recipient ${nameP(p)} not known at ${street}. Parcel held at depot for 7 days." The customer says the address is right. What should I reply?`,
    fr: d`Message du transporteur pour ${track} : « Échec de livraison — destinataire ${nameP(p)} inconnu à l’adresse ${street}. Colis en instance 7 jours. » Le client dit que l’adresse est bonne. Que répondre ?`,
    de: d`Meldung des Paketdienstes zu ${track}: „Zustellung nicht möglich – Empfänger ${nameP(p)} unter ${street} nicht ermittelbar. Sendung 7 Tage in der Filiale.“ Die Kundin sagt, die Adresse stimmt. Was antworte ich?`,
    es: d`Mensaje de la empresa de transporte para ${track}: «Entrega fallida: destinatario ${nameP(p)} desconocido en ${street}. Paquete retenido 7 días.» El cliente dice que la dirección es correcta. ¿Qué le respondo?`,
  });
}

function addressCorrection(c: Ctx): Piece {
  const p = person(c);
  const old = makeAddress(c.r, c.lang, c.pool, p.address.country);
  return tr(c, {
    en: d`Customer ${nameP(p)} wrote: "please change the delivery address from ${addr(old)} to ${addr(p.address)}". Write the confirmation email.`,
    fr: d`${fullTitled(c, p)} demande de modifier l’adresse de livraison : ancienne adresse ${addr(old)}, nouvelle adresse ${addr(p.address)}. Rédige la confirmation.`,
    de: d`${fullTitled(c, p)} bittet um Änderung der Lieferadresse von ${addr(old)} auf ${addr(p.address)}. Schreib die Bestätigung.`,
    es: d`${fullTitled(c, p)} pide cambiar la dirección de entrega de ${addr(old)} a ${addr(p.address)}. Redacta la confirmación.`,
  });
}

const positive: Template = {
  weight: 2,
  kind: 'shipping',
  langs: ALL_LANGS,
  covers: ['PERSON', 'POSTAL_ADDRESS', 'PHONE', 'EMAIL'],
  make(c) {
    const body = c.r.pick([label, deliveryNote, deliveryNote, carrierException, addressCorrection])(c);
    return d`${pick(c, ASK_SHIP)}\n\n${body}`;
  },
};

/** Address look-alikes and place names without a street number: never an address or a person. */
const negative: Template = {
  weight: 2,
  kind: 'shipping',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const n = () => c.r.int(2, 40);
    const eponym = pick(c, EPONYM_PLACES);
    const town = c.r.pick({ en: ['Leeds', 'Denver', 'Bristol', 'Glasgow'], fr: ['Lyon', 'Nantes', 'Lille', 'Rennes'], de: ['Köln', 'Leipzig', 'Bremen', 'Kassel'], es: ['Sevilla', 'Bilbao', 'Zaragoza', 'Murcia'] }[c.lang]);
    const postcode = c.r.pick({ en: [`LS${c.r.int(1, 20)}`, `${c.r.int(10000, 99999)}`, `M${c.r.int(1, 40)}`], fr: [c.r.padded(1000, 95999, 5)], de: [c.r.padded(1000, 99999, 5)], es: [c.r.padded(1000, 52999, 5)] }[c.lang]);
    const options: Piece[] = [
      tr(c, {
        en: d`We shipped ${n()} road bikes and ${n()} helmets to the ${town} depot; the pallet left on ${N.recentDate(c.r, c.lang)}.`,
        fr: d`Nous avons expédié ${n()} vélos de route et ${n()} casques au dépôt de ${town} ; la palette est partie le ${N.recentDate(c.r, c.lang)}.`,
        de: d`Wir haben ${n()} Rennräder und ${n()} Helme ans Lager ${town} geschickt, die Palette ging am ${N.recentDate(c.r, c.lang)} raus.`,
        es: d`Enviamos ${n()} bicis de carretera y ${n()} cascos al almacén de ${town}; el palé salió el ${N.recentDate(c.r, c.lang)}.`,
      }),
      tr(c, {
        en: d`Release ${c.r.int(2, 30)} Main branch is frozen; hotfixes go to release/${c.r.int(2, 30)}.${c.r.int(0, 9)} and the ${c.r.int(2, 5)} feature branches wait.`,
        fr: d`La Release ${c.r.int(2, 30)} Main branch est gelée ; les correctifs vont sur release/${c.r.int(2, 30)}.${c.r.int(0, 9)}.`,
        de: d`Release ${c.r.int(2, 30)} Main branch ist eingefroren, Hotfixes gehen auf release/${c.r.int(2, 30)}.${c.r.int(0, 9)}.`,
        es: d`La Release ${c.r.int(2, 30)} Main branch está congelada; los hotfixes van a release/${c.r.int(2, 30)}.${c.r.int(0, 9)}.`,
      }),
      tr(c, {
        en: d`Can we deliver to a PO Box, or does the carrier need a street address? The customer only gave the postcode ${postcode}.`,
        fr: d`Peut-on livrer à une boîte postale (BP) ou le transporteur exige-t-il une adresse ? Le client n’a donné que le code postal ${postcode}.`,
        de: d`Können wir an ein Postfach liefern, oder braucht der Paketdienst eine Straße? Die Kundin hat nur die PLZ ${postcode} angegeben.`,
        es: d`¿Se puede enviar a un apartado de correos o hace falta una calle? El cliente solo dio el código postal ${postcode}.`,
      }),
      tr(c, {
        en: d`The courier could not find ${eponym} and the satnav sent him to ${town} instead. Gate ${n()}, dock ${n()}.`,
        fr: d`Le livreur n’a pas trouvé ${eponym} et le GPS l’a envoyé à ${town}. Quai ${n()}, porte ${n()}.`,
        de: d`Der Fahrer hat ${eponym} nicht gefunden, das Navi hat ihn nach ${town} geschickt. Tor ${n()}, Rampe ${n()}.`,
        es: d`El repartidor no encontró ${eponym} y el GPS lo mandó a ${town}. Muelle ${n()}, puerta ${n()}.`,
      }),
      tr(c, {
        en: d`Warehouse stock: aisle ${n()}, shelf ${n()} — ${n()} units of "Street Fighter 6", ${n()} of "Avenue Q" vinyl, ${n()} of "Route 66" posters.`,
        fr: d`Stock : allée ${n()}, étagère ${n()} — ${n()} exemplaires de « Rue des Boutiques Obscures », ${n()} affiches « Place Vendôme ».`,
        de: d`Lager: Gang ${n()}, Regal ${n()} – ${n()} Stück „Sesamstraße“-Puzzle, ${n()} Poster „Goethestraße“ (Fotodruck).`,
        es: d`Almacén: pasillo ${n()}, estante ${n()} — ${n()} unidades de «Calle 13» en vinilo, ${n()} pósters de «Gran Vía».`,
      }),
      tr(c, {
        en: d`Shipping zones: ${c.r.int(1, 4)} = ${town} metro area, ${c.r.int(5, 8)} = rest of the country. Orders over ${N.price(c.r, c.lang)} ship free.`,
        fr: d`Zones : ${c.r.int(1, 4)} = agglomération de ${town}, ${c.r.int(5, 8)} = reste du pays. Livraison offerte dès ${N.price(c.r, c.lang)}.`,
        de: d`Versandzonen: ${c.r.int(1, 4)} = Großraum ${town}, ${c.r.int(5, 8)} = restliches Bundesgebiet. Ab ${N.price(c.r, c.lang)} versandkostenfrei.`,
        es: d`Zonas: ${c.r.int(1, 4)} = área de ${town}, ${c.r.int(5, 8)} = resto del país. Envío gratis a partir de ${N.price(c.r, c.lang)}.`,
      }),
    ];
    return d`${pick(c, ASK_SHIP)}\n\n${join(c.r.sample(options, c.r.int(2, 4)), '\n')}`;
  },
};

export const SHIPPING: readonly Template[] = [positive, negative];
