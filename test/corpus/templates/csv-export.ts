/**
 * CSV exports pasted for analysis. Positive columns are self-identifying values (mail, phone, IBAN,
 * card, IP, and IDs with a distinctive shape); context-only types (DOB, routing, SIN…) are left to
 * formats where the field name sits next to the value, since a CSV header is far from later rows.
 */
import { d, join, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { ALL_LANGS, as, nameP, person, pick, recordStyle, tr, type Ctx, type Template } from './kit';

interface Column {
  readonly header: string;
  readonly type?: string;
  readonly cell: (c: Ctx, p: ReturnType<typeof person>) => string;
}

const COLUMNS: readonly Column[] = [
  { header: 'email', type: 'EMAIL', cell: (c, p) => V.email(c.r, p) },
  { header: 'phone', type: 'PHONE', cell: (c) => V.phone(c.r, c.lang, c.r.pick(['intl', 'e164'] as const)) },
  { header: 'iban', type: 'IBAN', cell: (c) => V.iban(c.r, c.lang, false) },
  { header: 'card_number', type: 'CREDIT_CARD', cell: (c) => V.creditCard(c.r, c.r.pick(['', '-'] as const)) },
  { header: 'last_login_ip', type: 'IP_ADDRESS', cell: (c) => (c.r.chance(0.3) ? V.privateIpv4(c.r) : V.ip(c.r)) },
  { header: 'device_mac', type: 'MAC_ADDRESS', cell: (c) => V.mac(c.r) },
];
const ID_COLUMNS: Record<string, Column> = {
  en: { header: 'ssn', type: 'US_SSN', cell: (c) => V.usSsn(c.r, '-') },
  fr: { header: 'num_secu', type: 'FR_NIR', cell: (c) => V.frNir(c.r, true) },
  de: { header: 'steuer_id', type: 'DE_TAX_ID', cell: (c) => V.deTaxId(c.r) },
  es: { header: 'dni', type: 'ES_DNI', cell: (c) => V.esDni(c.r) },
};
const EXTRA_ID: readonly Column[] = [
  { header: 'codice_fiscale', type: 'IT_FISCAL_CODE', cell: (c) => V.itFiscalCode(c.r).code },
  { header: 'nino', type: 'UK_NINO', cell: (c) => V.ukNino(c.r, false) },
  { header: 'cpf', type: 'BR_CPF', cell: (c) => V.brCpf(c.r, true) },
];

const ASK_CSV = {
  en: ['Here is our customer export, can you find duplicates?', 'Clean up this CSV and tell me which rows are incomplete:', 'Group these customers by country:'],
  fr: ['Voici l’export clients, peux-tu repérer les doublons ?', 'Nettoie ce CSV et dis-moi quelles lignes sont incomplètes :'],
  de: ['Hier der Kundenexport, findest du Dubletten?', 'Bereinige diese CSV und sag mir, welche Zeilen unvollständig sind:'],
  es: ['Aquí va la exportación de clientes, ¿encuentras duplicados?', 'Limpia este CSV y dime qué filas están incompletas:'],
};

const positive: Template = {
  kind: 'csv-export',
  langs: ALL_LANGS,
  covers: ['PERSON', 'EMAIL', 'PHONE', 'IBAN', 'CREDIT_CARD', 'IP_ADDRESS', 'MAC_ADDRESS', 'US_SSN', 'FR_NIR', 'DE_TAX_ID', 'ES_DNI', 'IT_FISCAL_CODE', 'UK_NINO', 'BR_CPF'],
  make(c) {
    const all = [...COLUMNS, ID_COLUMNS[c.lang], ...EXTRA_ID];
    const focusCol = all.find((col) => col.type === c.focus);
    const cols = [
      ...(focusCol ? [focusCol] : []),
      ...c.r.sample(COLUMNS.filter((col) => col !== focusCol), c.r.int(1, 3)),
    ];
    if (!focusCol && c.r.chance(0.4)) cols.push(ID_COLUMNS[c.lang]);
    const ordered = c.r.shuffle(cols);
    const lines: Part[] = [['id', 'name', ...ordered.map((col) => col.header), 'created_at'].join(',')];
    const style = recordStyle(c);
    for (let i = 0; i < c.r.int(2, 5); i++) {
      const p = person(c);
      const name = nameP(p, style);
      const cells: Part[] = [String(c.r.int(1000, 99999)), name.text.includes(',') ? d`"${name}"` : name];
      for (const col of ordered) cells.push(col.type ? as(col.type, col.cell(c, p)) : col.cell(c, p));
      cells.push(N.isoTimestamp(c.r).slice(0, 10));
      lines.push(join(cells, ','));
    }
    return d`${pick(c, ASK_CSV)}\n\n${join(lines, '\n')}`;
  },
};

const negative: Template = {
  kind: 'csv-export',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const variant = c.r.int(0, 2);
    const lines: string[] = [];
    if (variant === 0) {
      lines.push('sku,ean,product,price,stock,updated_at');
      for (let i = 0; i < c.r.int(3, 7); i++) {
        lines.push([`${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${c.r.digits(5)}`, N.ean13(c.r), c.r.pick(['Desk lamp', 'USB-C cable 2m', 'Notebook A5', 'Coffee mug', 'Office chair']), N.price(c.r, 'en').replace(/[^\d.]/g, ''), c.r.int(0, 500), N.isoTimestamp(c.r)].join(','));
      }
    } else if (variant === 1) {
      lines.push('order_id,order_ref,total,currency,status,tracking,created_epoch');
      for (let i = 0; i < c.r.int(3, 7); i++) {
        lines.push([N.uuid(c.r), N.orderNumber(c.r), `${c.r.int(5, 900)}.${c.r.padded(0, 99, 2)}`, c.r.pick(['EUR', 'USD', 'GBP']), c.r.pick(['paid', 'shipped', 'refunded']), N.trackingNumber(c.r), N.epochSeconds(c.r)].join(','));
      }
    } else {
      lines.push('txn_id,reference,amount,value_date,checksum');
      for (let i = 0; i < c.r.int(3, 7); i++) {
        lines.push([`T${c.r.digits(10)}`, N.luhnFailing16(c.r, ''), `${c.r.int(5, 9000)}.${c.r.padded(0, 99, 2)}`, N.recentDate(c.r, c.lang), N.md5(c.r)].join(','));
      }
    }
    return d`${tr(c, ASK_CSV)[0]}\n\n${lines.join('\n')}`;
  },
};

export const CSV_EXPORT: readonly Template[] = [positive, negative];
