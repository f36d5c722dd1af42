import { labelWords } from '../fields/label-words';

/**
 * The words the field index searches to find name fields (`FieldIndex.cells` with label words): every
 * label `isNameLabel` accepts (labels.ts) contains one of `within` in any case, or is one of `whole`.
 * Parts without letters that take accents are chosen (`diteur` finds `Expéditeur` and `expediteur`).
 * src/engine/fields/label-words.test.ts checks them against `LABEL_ENDS`: a word added there must be
 * found by these.
 */
export const NAME_LABEL_WORDS = labelWords(
  [
    // name, Vorname, Nachname, first_name, surname, Prénom, nombre, nome, cognome, voornaam, apellidos
    'name', 'nom', 'naam', 'apellido',
    // Person words, alone or with `name` ("Kunde", "customer name", "Nombre del cliente"). Not `full`,
    // `complet(o)`, `vollständiger`, `volledige`: they label a name only with `name`, `nom`, `nombre`, `naam`.
    'person', 'patient', 'pacient', 'pazient', 'customer', 'client', 'contact', 'employ', 'empleado', 'staff',
    'member', 'applicant', 'tenant', 'beneficiary', 'insured', 'holder', 'inhaber', 'recipient', 'sender', 'author',
    'auteur', 'assignee', 'reporter', 'reviewer', 'approver', 'requester', 'requestor', 'signatory', 'signed',
    'attendee', 'participant', 'guest', 'passenger', 'driver', 'physician', 'doctor', 'owner', 'titula',
    'destinat', 'diteur', 'salari', 'locataire', 'kund', 'empf', 'ansprechpartner', 'mitarbeiter', 'mieter',
    'versicherter', 'verfasser', 'inquilino', 'asegurado', 'dipendente', 'intestatario', 'remitente', 'mittente',
    'klant',
  ],
  // Mail headers: a label only when it is the whole label ("From:", "À :", "Von:").
  ['from', 'to', 'cc', 'bcc', 'reply', 'von', 'an', 'de', 'a', 'à', 'para', 'da', 'van', 'aan'],
);

/** Words of the labels `isContactLabel` accepts (e-mail, phone, address, birth date, IBAN, …), for one record's fields. */
export const CONTACT_LABEL_WORDS = labelWords([
  'mail', 'phone', 'tel', 'tél', 'mobile', 'handy', 'movil', 'móvil', 'cell', 'address', 'adresse', 'direcci', 'street',
  'strasse', 'straße', 'rue', 'calle', 'birth', 'dob', 'geburt', 'naissance', 'nacimiento', 'iban', 'ssn', 'passport',
  'patient', 'customer', 'kunde', 'client',
]);
