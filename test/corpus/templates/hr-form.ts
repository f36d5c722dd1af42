/** HR onboarding forms and payroll requests, filled in (positive) or blank (negative). */
import { d, join, type Part } from '../doc';
import * as N from '../hard-negatives';
import * as V from '../valid-values';
import { PLACEHOLDER_NAMES } from '../people';
import { addr, ALL_LANGS, as, company, field, IDS_BY_LANG, idLine, idType, L, nameP, person, pick, recordStyle, tr, want, type Template } from './kit';

const INTRO = {
  en: ['Can you check this onboarding form for mistakes?', 'Turn this into a welcome email for the new hire:', 'Here is the new starter form, please format it as a table:', 'Payroll setup for our new employee:'],
  fr: ['Peux-tu vérifier cette fiche d’embauche ?', 'Mets ces infos au propre pour la paie :', 'Voici la fiche du nouveau salarié, fais-en un tableau :'],
  de: ['Kannst du diesen Personalbogen prüfen?', 'Bitte für die Lohnbuchhaltung aufbereiten:', 'Hier der Einstellungsbogen, mach bitte eine Tabelle daraus:'],
  es: ['¿Puedes revisar esta ficha de alta?', 'Prepara estos datos para nóminas:', 'Aquí está la ficha del nuevo empleado, pásala a tabla:'],
};

const positive: Template = {
  kind: 'hr-form',
  langs: ALL_LANGS,
  covers: ['PERSON', 'POSTAL_ADDRESS', 'DATE_OF_BIRTH', 'EMAIL', 'PHONE', 'IBAN', 'SWIFT_BIC', 'US_BANK_ROUTING', 'US_SSN', 'US_ITIN', 'UK_NINO', 'UK_NHS', 'CA_SIN', 'AU_TFN', 'IN_AADHAAR', 'NL_BSN', 'IT_FISCAL_CODE', 'BR_CPF', 'BR_CNPJ', 'FR_NIR', 'DE_TAX_ID', 'ES_DNI'],
  make(c) {
    const who = person(c);
    const sep = c.lang === 'fr' ? ' : ' : ': ';
    const row = (name: string, value: Part) => d`${name}${sep}${value}`;
    const lines: Part[] = [pick(c, INTRO), ''];
    lines.push(tr(c, { en: 'NEW EMPLOYEE FORM', fr: 'FICHE SALARIÉ', de: 'PERSONALBOGEN', es: 'FICHA DE ALTA DE EMPLEADO' }));
    if (c.r.chance(0.3)) {
      lines.push(row(tr(c, { en: 'First name', fr: 'Prénom', de: 'Vorname', es: 'Nombre' }), as('PERSON', who.first)));
      lines.push(row(tr(c, { en: 'Last name', fr: 'Nom', de: 'Nachname', es: 'Apellidos' }), as('PERSON', who.last)));
    } else {
      lines.push(row(tr(c, { en: 'Name', fr: 'Nom', de: 'Name', es: 'Nombre' }), nameP(who, recordStyle(c))));
    }
    lines.push(
      c.r.chance(0.25)
        ? d`${tr(c, { en: 'Address', fr: 'Adresse', de: 'Anschrift', es: 'Dirección' })}${sep.trimEnd()}\n${addr(who.address, 'multi-line')}`
        : row(tr(c, { en: 'Address', fr: 'Adresse', de: 'Anschrift', es: 'Dirección' }), addr(who.address)),
    );
    if (want(c, 'DATE_OF_BIRTH', 0.7)) lines.push(row(field(c, 'DATE_OF_BIRTH'), L(c, 'DATE_OF_BIRTH')));
    lines.push(row(tr(c, { en: 'Start date', fr: 'Date d’entrée', de: 'Eintrittsdatum', es: 'Fecha de incorporación' }), N.recentDate(c.r, c.lang)));
    if (want(c, 'EMAIL', 0.5)) lines.push(row(field(c, 'EMAIL'), as('EMAIL', V.email(c.r, who))));
    if (want(c, 'PHONE', 0.5)) lines.push(row(field(c, 'PHONE'), L(c, 'PHONE')));
    // One or two identifiers; the focus type first when this language has a field for it.
    const ids = new Set<string>([idType(c)]);
    if (c.r.chance(0.35)) ids.add(c.r.pick(IDS_BY_LANG[c.lang]));
    for (const t of ids) lines.push(idLine(c, t, sep));
    if (c.lang === 'en' && (c.focus === 'US_BANK_ROUTING' || (c.focus === undefined && c.r.chance(0.3)))) {
      lines.push(row(field(c, 'US_BANK_ROUTING'), as('US_BANK_ROUTING', V.abaRouting(c.r))));
      lines.push(row('Account number', c.r.digits(c.r.int(8, 12))));
    } else if (want(c, 'IBAN', 0.6) || want(c, 'SWIFT_BIC', 0.2)) {
      lines.push(row(field(c, 'IBAN'), L(c, 'IBAN')));
      if (c.focus === 'SWIFT_BIC' || c.r.chance(0.4)) lines.push(row(field(c, 'SWIFT_BIC'), L(c, 'SWIFT_BIC')));
    }
    const salary = c.r.int(28, 95) * 1000;
    lines.push(row(tr(c, { en: 'Salary', fr: 'Salaire brut annuel', de: 'Bruttojahresgehalt', es: 'Salario bruto anual' }), tr(c, { en: `$${salary.toLocaleString('en-US')}`, fr: `${salary / 1000} 000 €`, de: `${salary / 1000}.000 €`, es: `${salary / 1000}.000 €` })));
    if (c.r.chance(0.4)) {
      const contact = person(c);
      lines.push(row(tr(c, { en: 'Emergency contact', fr: 'Personne à prévenir', de: 'Notfallkontakt', es: 'Contacto de emergencia' }), d`${nameP(contact)}, ${L(c, 'PHONE')}`));
    }
    lines.push(row(tr(c, { en: 'Employer', fr: 'Employeur', de: 'Arbeitgeber', es: 'Empresa' }), company(c)));
    return join(lines, '\n');
  },
};

const negative: Template = {
  kind: 'hr-form',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    const sep = c.lang === 'fr' ? ' : ' : ': ';
    const blank = c.r.pick(['________________', '[to be completed]', '', 'N/A', '<à compléter>', '…']);
    const idNames = IDS_BY_LANG[c.lang].slice(0, 2).map((t) => field(c, t));
    const lines: Part[] = [
      tr(c, {
        en: 'Write instructions for new hires on how to fill in this form:',
        fr: 'Rédige une notice pour remplir ce formulaire :',
        de: 'Schreib eine Ausfüllhilfe für dieses Formular:',
        es: 'Escribe instrucciones para rellenar este formulario:',
      }),
      '',
      tr(c, { en: 'NEW EMPLOYEE FORM (v3, rev. 2024-02)', fr: 'FICHE SALARIÉ (v3, rév. 2024-02)', de: 'PERSONALBOGEN (v3, Stand 2024-02)', es: 'FICHA DE ALTA (v3, rev. 2024-02)' }),
      c.r.chance(0.4)
        ? `${tr(c, { en: 'Name', fr: 'Nom', de: 'Name', es: 'Nombre' })}${sep}${tr(c, { en: 'e.g.', fr: 'ex. :', de: 'z. B.', es: 'p. ej.' })} ${pick(c, PLACEHOLDER_NAMES)}`
        : `${tr(c, { en: 'Name', fr: 'Nom', de: 'Name', es: 'Nombre' })}${sep}${blank}`,
      `${tr(c, { en: 'Address', fr: 'Adresse', de: 'Anschrift', es: 'Dirección' })}${sep}${tr(c, { en: 'street, number, postcode, town', fr: 'n°, rue, code postal, ville', de: 'Straße, Hausnummer, PLZ, Ort', es: 'calle, número, CP, localidad' })}`,
      `${field(c, 'DATE_OF_BIRTH')}${sep}${tr(c, { en: 'MM/DD/YYYY', fr: 'JJ/MM/AAAA', de: 'TT.MM.JJJJ', es: 'DD/MM/AAAA' })}`,
      ...idNames.map((n) => `${n}${sep}${blank}`),
      `${field(c, 'IBAN')}${sep}${c.r.pick(['XX00 0000 0000 0000 0000 00', blank])}`,
      `${tr(c, { en: 'Employee ID', fr: 'Matricule', de: 'Personalnummer', es: 'Nº de empleado' })}${sep}${c.r.pick(['E-', 'EMP', 'P'])}${c.r.digits(5)}`,
      `${tr(c, { en: 'Cost center', fr: 'Centre de coût', de: 'Kostenstelle', es: 'Centro de coste' })}${sep}${c.r.digits(4)}-${c.r.digits(2)}`,
      `${tr(c, { en: 'Form ID', fr: 'Réf. formulaire', de: 'Formular-ID', es: 'ID de formulario' })}${sep}${N.uuid(c.r)}`,
    ];
    if (c.lang === 'en' && c.r.chance(0.5)) lines.push(`SSN${sep}XXX-XX-XXXX (last 4 only: ${c.r.digits(4)})`);
    if (c.r.chance(0.4)) lines.push(tr(c, {
      en: d`Example employee number for the test system: ${N.badSsn(c.r)}`,
      fr: d`Exemple de numéro invalide refusé par le système : ${N.badNationalId(c.r, 'nir')}`,
      de: d`Beispiel für eine abgelehnte (ungültige) Nummer: ${N.badNationalId(c.r, 'steuer')}`,
      es: d`Ejemplo de número rechazado por el sistema: ${N.badNationalId(c.r, 'dni')}`,
    }));
    return join(lines, '\n');
  },
};

export const HR_FORM: readonly Template[] = [positive, negative];
