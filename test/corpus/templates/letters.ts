/**
 * HR letters (employment confirmations, offers, salary changes, terminations) and medical letters
 * (referrals, discharge summaries) pasted to be summarised, translated or rewritten. They carry the
 * person's name in every form a letter uses (recipient block, title + surname in the salutation, full
 * name in the body, the signer's name), a postal address on several lines, a date of birth and an ID.
 * Medical text is full of eponyms (Crohn, Parkinson, Hashimoto) and hospitals named after people: those
 * are never labelled.
 */
import { makeAddress } from '../addresses';
import { d, join, lab, type Part, type Piece } from '../doc';
import * as N from '../hard-negatives';
import { makePerson } from '../people';
import * as V from '../valid-values';
import { addr, ALL_LANGS, as, company, fullTitled, greetingTo, idLine, L, nameP, person, pick, titled, tr, want, type Ctx, type Person, type Template } from './kit';

const ROLES = {
  en: ['Senior Accountant', 'Warehouse Operative', 'Software Engineer', 'Customer Service Adviser', 'Staff Nurse', 'Project Manager'],
  fr: ['comptable', 'préparateur de commandes', 'ingénieure logiciel', 'conseiller clientèle', 'infirmière', 'cheffe de projet'],
  de: ['Buchhalterin', 'Lagerist', 'Softwareentwicklerin', 'Kundenberater', 'Pflegefachkraft', 'Projektleiter'],
  es: ['contable', 'mozo de almacén', 'ingeniera de software', 'agente de atención al cliente', 'enfermera', 'jefe de proyecto'],
};
const HR_ASK = {
  en: ['Proofread this letter before I send it:', 'Make this letter friendlier:', 'Translate this letter into German:', 'Shorten this letter to half a page:'],
  fr: ['Relis ce courrier avant envoi :', 'Rends cette lettre plus chaleureuse :', 'Traduis cette lettre en anglais :'],
  de: ['Lies diesen Brief bitte Korrektur:', 'Formulier das freundlicher:', 'Übersetz den Brief ins Englische:'],
  es: ['Revisa esta carta antes de enviarla:', 'Haz esta carta más cercana:', 'Traduce esta carta al inglés:'],
};
const MED_ASK = {
  en: ['Explain this letter to the patient in plain English:', 'Summarise this discharge letter in 5 bullet points:', 'What follow-up does this letter ask for?'],
  fr: ['Explique ce compte rendu au patient avec des mots simples :', 'Résume ce courrier en 5 points :'],
  de: ['Erklär diesen Arztbrief in einfacher Sprache:', 'Fass den Entlassungsbrief in 5 Punkten zusammen:'],
  es: ['Explica este informe al paciente con palabras sencillas:', 'Resume este informe de alta en 5 puntos:'],
};

/** Letter head of an employer or clinic: name line and labelled address, then the recipient block. */
function head(c: Ctx, sender: string, to: Person): Piece {
  const office = makeAddress(c.r, c.lang, c.pool);
  const recipient = c.r.chance(0.5) ? fullTitled(c, to) : nameP(to);
  const lines: Part[] = [sender, addr(office, 'multi-line'), '', recipient, addr(to.address, 'multi-line'), ''];
  const town = office.town;
  lines.push(tr(c, { en: `${town}, ${N.recentDate(c.r, 'en')}`, fr: `${town}, le ${N.recentDate(c.r, 'fr')}`, de: `${town}, den ${N.recentDate(c.r, 'de')}`, es: `${town}, a ${N.recentDate(c.r, 'es')}` }));
  return join(lines, '\n');
}

function hrBody(c: Ctx, to: Person, firm: string): Piece {
  const role = pick(c, ROLES);
  const since = N.recentDate(c.r, c.lang);
  const dob = want(c, 'DATE_OF_BIRTH', 0.5) ? as('DATE_OF_BIRTH', V.formatDate(c.r, c.lang, V.birthDate(c.r))) : undefined;
  const kind = c.r.int(0, 2);
  if (kind === 0) {
    return tr(c, {
      en: dob
        ? d`We confirm that ${nameP(to)}, born on ${dob}, has been employed by ${firm} as ${role} since ${since}, on a permanent full-time contract.`
        : d`We confirm that ${nameP(to)} has been employed by ${firm} as ${role} since ${since}, on a permanent full-time contract.`,
      fr: dob
        ? d`Nous soussignés, ${firm}, certifions que ${fullTitled(c, to)}, né${to.gender === 'f' ? 'e' : ''} le ${dob}, est employé${to.gender === 'f' ? 'e' : ''} en qualité de ${role} depuis le ${since}, en CDI à temps plein.`
        : d`Nous soussignés, ${firm}, certifions que ${fullTitled(c, to)} est employé${to.gender === 'f' ? 'e' : ''} en qualité de ${role} depuis le ${since}, en CDI à temps plein.`,
      de: dob
        ? d`Hiermit bestätigen wir, dass ${fullTitled(c, to)}, geboren am ${dob}, seit dem ${since} unbefristet in Vollzeit als ${role} bei der ${firm} beschäftigt ist.`
        : d`Hiermit bestätigen wir, dass ${fullTitled(c, to)} seit dem ${since} unbefristet in Vollzeit als ${role} bei der ${firm} beschäftigt ist.`,
      es: dob
        ? d`Por la presente certificamos que ${fullTitled(c, to)}, nacid${to.gender === 'f' ? 'a' : 'o'} el ${dob}, presta sus servicios en ${firm} como ${role} desde el ${since}, con contrato indefinido a jornada completa.`
        : d`Por la presente certificamos que ${fullTitled(c, to)} presta sus servicios en ${firm} como ${role} desde el ${since}, con contrato indefinido a jornada completa.`,
    });
  }
  if (kind === 1) {
    const salary = N.price(c.r, c.lang);
    return tr(c, {
      en: d`Following your annual review, your gross monthly salary as ${role} will increase to ${salary} from ${since}. All other terms of your contract remain unchanged.`,
      fr: d`Suite à votre entretien annuel, votre salaire mensuel brut de ${role} passera à ${salary} à compter du ${since}. Les autres clauses de votre contrat restent inchangées.`,
      de: d`Im Anschluss an Ihr Jahresgespräch erhöht sich Ihr monatliches Bruttogehalt als ${role} ab dem ${since} auf ${salary}. Alle übrigen Vertragsbedingungen bleiben unverändert.`,
      es: d`Tras su evaluación anual, su salario bruto mensual como ${role} pasará a ser de ${salary} a partir del ${since}. El resto de condiciones de su contrato no cambian.`,
    });
  }
  const idT = c.r.pick({ en: ['UK_NINO', 'US_SSN'], fr: ['FR_NIR'], de: ['DE_TAX_ID'], es: ['ES_DNI'] }[c.lang]);
  return tr(c, {
    en: d`We regret to inform you that your employment as ${role} will end on ${since}. Your final payslip will be sent to the address above. For the P45 we hold the following: ${idLine(c, idT)}.`,
    fr: d`Nous avons le regret de vous informer que votre contrat de ${role} prendra fin le ${since}. Votre solde de tout compte vous sera adressé à l’adresse ci-dessus. Pour l’attestation France Travail : ${idLine(c, idT, ' : ')}.`,
    de: d`Hiermit kündigen wir das Arbeitsverhältnis als ${role} fristgerecht zum ${since}. Die Lohnsteuerbescheinigung geht an die obige Anschrift, ${idLine(c, idT)}.`,
    es: d`Lamentamos comunicarle que su contrato como ${role} finalizará el ${since}. El finiquito se enviará a la dirección indicada. Datos para el certificado de empresa: ${idLine(c, idT)}.`,
  });
}

const hrLetter: Template = {
  weight: 2,
  kind: 'hr-letter',
  langs: ALL_LANGS,
  covers: ['PERSON', 'POSTAL_ADDRESS', 'DATE_OF_BIRTH', 'UK_NINO', 'US_SSN', 'FR_NIR', 'DE_TAX_ID', 'ES_DNI'],
  make(c) {
    const to = person(c);
    const signer = person(c);
    const firm = company(c);
    const subject = tr(c, { en: 'Re: Your employment', fr: 'Objet : Attestation employeur', de: 'Betreff: Arbeitgeberbescheinigung', es: 'Asunto: Certificado de empresa' });
    const hr = tr(c, { en: 'Head of People', fr: 'Responsable RH', de: 'Personalleitung', es: 'Responsable de RR. HH.' });
    const letter = join([head(c, firm, to), '', subject, '', greetingTo(c, to), '', hrBody(c, to, firm), '', pick(c, { en: ['Yours sincerely,', 'Kind regards,'], fr: ['Veuillez agréer, Madame, Monsieur, nos salutations distinguées.', 'Cordialement,'], de: ['Mit freundlichen Grüßen'], es: ['Atentamente,', 'Un cordial saludo,'] }), nameP(signer), hr], '\n');
    return d`${pick(c, HR_ASK)}\n\n${letter}`;
  },
};

/** Diagnoses and findings with eponyms (never a person). */
const DIAGNOSES = {
  en: ["Crohn's disease, currently in remission", "suspected early Parkinson's disease", "Hashimoto's thyroiditis on levothyroxine", 'a partial tear of the Achilles tendon', "Bell's palsy, improving", 'Cushing syndrome (under investigation)', 'Graves’ disease', 'a positive Babinski sign on the left'],
  fr: ['maladie de Crohn en rémission', 'maladie de Parkinson débutante', 'thyroïdite de Hashimoto', 'rupture partielle du tendon d’Achille', 'paralysie faciale a frigore (maladie de Bell)', 'syndrome de Cushing à explorer'],
  de: ['Morbus Crohn, derzeit in Remission', 'V. a. beginnendes Parkinson-Syndrom', 'Hashimoto-Thyreoiditis', 'Teilruptur der Achillessehne', 'Fazialisparese (Bell-Lähmung)', 'Cushing-Syndrom, Abklärung läuft'],
  es: ['enfermedad de Crohn en remisión', 'sospecha de párkinson incipiente', 'tiroiditis de Hashimoto', 'rotura parcial del tendón de Aquiles', 'parálisis de Bell en mejoría', 'síndrome de Cushing en estudio'],
};
const CLINICS = {
  en: ["St Thomas' Hospital", 'Royal Victoria Infirmary', 'Queen Elizabeth University Hospital', 'Florence Nightingale Ward, Northwick Park'],
  fr: ['Hôpital Georges Pompidou', 'CHU de Bordeaux – Hôpital Pellegrin', 'Clinique Pasteur', 'Hôpital Édouard Herriot'],
  de: ['Charité – Universitätsmedizin Berlin', 'Robert-Bosch-Krankenhaus', 'Klinikum rechts der Isar', 'Albertinen-Krankenhaus'],
  es: ['Hospital General Universitario Gregorio Marañón', 'Hospital Universitario Ramón y Cajal', 'Hospital Clínic de Barcelona', 'Hospital Universitario Marqués de Valdecilla'],
};

const medicalLetter: Template = {
  weight: 2,
  kind: 'medical-letter',
  langs: ALL_LANGS,
  covers: ['PERSON', 'POSTAL_ADDRESS', 'DATE_OF_BIRTH', 'UK_NHS', 'FR_NIR', 'ES_DNI', 'PHONE'],
  make(c) {
    const patient = person(c, undefined, c.lang === 'en' ? 'GB' : undefined);
    const gp = makePerson(c.r, c.lang, c.pool);
    const doctor = makePerson(c.r, c.lang, c.pool);
    const clinic = pick(c, CLINICS);
    const dx = pick(c, DIAGNOSES);
    const dob = as('DATE_OF_BIRTH', V.formatDate(c.r, c.lang, V.birthDate(c.r), c.r.pick(['numeric', 'numeric', 'long'] as const)));
    const idPart: Part = tr(c, {
      en: d`NHS No: ${as('UK_NHS', V.ukNhs(c.r))}`,
      fr: d`N° de sécurité sociale : ${as('FR_NIR', V.frNir(c.r))}`,
      de: d`Versichertennr.: ${c.r.chars('ABCDEFGHIJKLMNOPRSTUVWZ', 1)}${c.r.digits(9)}`,
      es: d`DNI: ${as('ES_DNI', V.esDni(c.r))}`,
    });
    const header = tr(c, {
      en: d`${clinic}\nDischarge summary\n\nPatient: ${nameP(patient)}\nDOB: ${dob}    ${idPart}\nAddress: ${addr(patient.address)}`,
      fr: d`${clinic}\nCompte rendu d’hospitalisation\n\nPatient${patient.gender === 'f' ? 'e' : ''} : ${fullTitled(c, patient)}\nNé${patient.gender === 'f' ? 'e' : ''} le ${dob}\n${idPart}\nAdresse : ${addr(patient.address)}`,
      de: d`${clinic}\nEntlassungsbrief\n\nPatient${patient.gender === 'f' ? 'in' : ''}: ${nameP(patient)}, geb. ${dob}\n${idPart}\nAnschrift: ${addr(patient.address)}`,
      es: d`${clinic}\nInforme de alta\n\nPaciente: ${nameP(patient)}\nFecha de nacimiento: ${dob}\n${idPart}\nDomicilio: ${addr(patient.address)}`,
    });
    const t = titled(c, patient);
    const days = c.r.int(2, 12);
    const body = tr(c, {
      en: d`Dear Dr ${lab('PERSON', gp.last)},\n\nI reviewed ${t} on the ward today. ${patient.gender === 'f' ? 'She' : 'He'} was admitted for ${days} days with ${dx}. Bloods were unremarkable. Please review in 6 weeks and refer back if symptoms recur.`,
      fr: d`Cher confrère,\n\nJ’ai vu ${t} en consultation ce jour. ${patient.gender === 'f' ? 'Elle' : 'Il'} a été hospitalisé${patient.gender === 'f' ? 'e' : ''} ${days} jours pour ${dx}. Bilan biologique sans particularité. Merci de la revoir dans 6 semaines.`,
      de: d`Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über ${t}, die/der sich vom ${N.recentDate(c.r, 'de')} für ${days} Tage in unserer stationären Behandlung befand. Diagnose: ${dx}. Laborwerte unauffällig. Wiedervorstellung in 6 Wochen.`,
      es: d`Estimado/a compañero/a:\n\nHe valorado hoy ${patient.gender === 'f' ? 'a la' : 'al'} ${t}, ingresad${patient.gender === 'f' ? 'a' : 'o'} durante ${days} días por ${dx}. Analítica sin alteraciones. Control en 6 semanas.`,
    });
    const contact = want(c, 'PHONE', 0.3)
      ? tr(c, {
          en: d`\nThe patient can be reached on ${L(c, 'PHONE')}.`,
          fr: d`\nJoignable au ${L(c, 'PHONE')}.`,
          de: d`\nTelefonisch erreichbar unter ${L(c, 'PHONE')}.`,
          es: d`\nTeléfono de contacto: ${L(c, 'PHONE')}.`,
        })
      : '';
    const sign = tr(c, {
      en: d`Yours sincerely,\nDr ${nameP(doctor)}\nConsultant Gastroenterologist`,
      fr: d`Bien confraternellement,\nDr ${nameP(doctor)}\nService de médecine interne`,
      de: d`Mit freundlichen kollegialen Grüßen\nDr. med. ${nameP(doctor)}\nOberärztin/Oberarzt Innere Medizin`,
      es: d`Atentamente,\n${doctor.gender === 'f' ? 'Dra.' : 'Dr.'} ${nameP(doctor)}\nServicio de Medicina Interna`,
    });
    return d`${pick(c, MED_ASK)}\n\n${header}\n\n${body}${contact}\n\n${sign}`;
  },
};

/** Negatives: letter templates with placeholders, and clinical text with eponyms but no patient. */
const negativeLetter: Template = {
  kind: 'hr-letter',
  langs: ALL_LANGS,
  covers: [],
  make(c) {
    if (c.r.chance(0.5)) {
      const placeholder = tr(c, {
        en: '[Employee name]', fr: '[Nom du salarié]', de: '[Name des Mitarbeiters]', es: '[Nombre del empleado]',
      });
      return tr(c, {
        en: d`Improve this template letter:\n\n[Company letterhead]\n\nDear ${placeholder},\n\nWe are pleased to confirm your appointment as [Job title], starting on [Start date]. Please return the signed copy to HR.\n\nKind regards,\n[Name]\nHead of People`,
        fr: d`Améliore ce modèle de courrier :\n\n[En-tête de l’entreprise]\n\nMadame, Monsieur ${placeholder},\n\nNous avons le plaisir de vous confirmer votre embauche au poste de [Intitulé du poste] à compter du [Date d’entrée].\n\nCordialement,\n[Prénom Nom]\nService RH`,
        de: d`Verbessere diese Briefvorlage:\n\n[Briefkopf]\n\nSehr geehrte/r ${placeholder},\n\nwir freuen uns, Ihre Einstellung als [Position] zum [Eintrittsdatum] zu bestätigen.\n\nMit freundlichen Grüßen\n[Vorname Nachname]\nPersonalabteilung`,
        es: d`Mejora esta plantilla de carta:\n\n[Membrete de la empresa]\n\nEstimado/a ${placeholder}:\n\nNos complace confirmarle su incorporación como [Puesto] a partir del [Fecha de inicio].\n\nAtentamente,\n[Nombre y apellidos]\nRecursos Humanos`,
      });
    }
    const dx = c.r.sample(DIAGNOSES[c.lang], 3);
    return tr(c, {
      en: d`Make flashcards for my exam:\n- ${dx[0]}: typical findings?\n- ${dx[1]}: first-line treatment?\n- ${dx[2]}: red flags?\nAlso: what is the Glasgow Coma Scale and how is the Apgar score computed?`,
      fr: d`Fais-moi des fiches de révision :\n- ${dx[0]} : signes typiques ?\n- ${dx[1]} : traitement de première intention ?\n- ${dx[2]} : signes d’alerte ?\nEt le score de Glasgow, comment on le calcule ?`,
      de: d`Mach mir Lernkarten:\n- ${dx[0]}: typische Befunde?\n- ${dx[1]}: Therapie der ersten Wahl?\n- ${dx[2]}: Warnzeichen?\nUnd wie funktioniert die Glasgow-Koma-Skala?`,
      es: d`Hazme fichas de estudio:\n- ${dx[0]}: hallazgos típicos?\n- ${dx[1]}: tratamiento de primera línea?\n- ${dx[2]}: signos de alarma?\n¿Y cómo se calcula la escala de Glasgow?`,
    });
  },
};

export const LETTERS: readonly Template[] = [hrLetter, medicalLetter, negativeLetter];

