/**
 * Words that announce a person's name, in English, French, German, Spanish, Italian and Dutch. Written
 * as they are looked up: folded (lower case, no accents; see `fold.ts`), space-separated.
 */

/** Splits a space-separated word list. */
export const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * Honorifics: a family name (or given + family) follows. "M" counts only as "M." (else it is an
 * initial), "Don"/"Dona" only before a known given name (else "Don" is the English given name); both
 * are handled in `rules.ts`. German "Herr"/"Frau" are nouns too: the name after them must not be a
 * role ("Frau Doktor", "Herr Präsident"), see `ROLES` in stop-words.ts.
 */
export const HONORIFICS = words(`
  mr mrs ms miss mx mister sir dame lady madam
  m mme mmes mlle mlles monsieur madame mademoiselle maitre
  herr herrn frau fraulein hr
  sr sra srta senor senora senorita don dona dna
  sig sigra signor signora signorina dott dottor dottore dottoressa avv
  dhr mevr mw meneer mevrouw juffrouw
  dr dra prof ing mag lic lda ldo
`);

/** Academic and professional titles that may sit between an honorific and the name ("Frau Prof. Dr. Weber"). */
export const TITLES = words(`dr dra prof med dent vet dipl ing mag phil rer nat jur habil oec pol sc dott avv rev hon`);

/**
 * Greetings that open a message: a name of two or more words right after them is a finding ("Hi Tom"
 * alone is not: a lone first name identifies nobody). The last words of two-word greetings (Guten Tag,
 * Buenos días, Good morning) count as greetings too.
 */
export const GREETINGS = words(`
  dear hi hello hey hiya howdy morning afternoon evening
  bonjour bonsoir salut coucou cher chere chers cheres
  hallo servus moin gruezi liebe lieber tag morgen abend
  hola buenas estimado estimada estimados querido querida dias tardes noches
  buongiorno buonasera ciao salve caro cara gentile gentilissimo gentilissima egregio
  hoi beste geachte dag
`);

/**
 * Particles inside family names ("van der Berg", "de la Fuente", "von Weizsäcker", "da Silva"). A run of
 * particles must start with a leading one: "Herr der Ringe" is not "Herr" + "der Ringe".
 */
export const LEADING_PARTICLES = words(`van von de da di del della dalla du dos do zu ter ten bin ibn al el af av d`);
/** Particles that only follow a leading one ("van der", "von den", "de la", "de los", "van 't"). */
export const INNER_PARTICLES = words(`der den des la le las los lo het zu`);

/**
 * The end of a line (or of the text before a comma) that closes a message: the next line, or the rest
 * of the line, is the sender's name ("Kind regards,\nAoife Byrne", "Thanks, Priya Raghunathan").
 * Tested on the folded text.
 */
export const SIGN_OFF =
  /(?:regards|wishes|sincerely|cheers|thanks|thank you|many thanks|(?:thanks|thank you) in advance|best|all the best|yours|yours truly|yours faithfully|respectfully|take care|cordialement|salutations|(?:sincere|meilleure|cordiale|distinguee)s salutations|salutations distinguees|sentiments distingues|bonne (?:journee|soiree|fin de journee)|belle journee|bis bald|(?:einen )?schonen tag|schones wochenende|buen dia|que tenga un buen dia|hasta pronto|have a (?:nice|good|great) (?:day|weekend)|greetings|bien a vous|bien a toi|amities|bises|a bientot|merci|merci d'avance|merci par avance|grussen?|gruss|grusse|mfg|lg|vg|danke|vielen dank|danke im voraus|hochachtungsvoll|atentamente|saludos|un saludo|un cordial saludo|saludo cordial|cordialmente|abrazos|un abrazo|gracias|muchas gracias|gracias de antemano|cordiali saluti|distinti saluti|saluti|grazie|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|groet|bedankt|--)[\s,.!]*$/;

/** Last words of the sign-offs above: a comma after any other word is no sign-off. */
export const SIGN_OFF_ENDS = new Set(words(`
  regards wishes sincerely cheers thanks thank you best yours truly faithfully respectfully advance care
  distinguees distingues journee soiree bald tag wochenende dia day weekend pronto greetings
  cordialement salutations vous toi amities bises bientot merci avance grussen gruss grusse mfg lg vg danke
  dank voraus hochachtungsvoll atentamente saludos saludo cordial cordialmente abrazos abrazo gracias
  antemano saluti grazie groet groeten bedankt
`));

/**
 * Self-introductions: the name follows ("My name is Xiaoling Zhou", "Mein Name ist Jürgen Pfeiffer",
 * "Je m'appelle …", "Me llamo …", "Mi nombre es …"). Tested on the folded text just before the name;
 * `INTRO_ENDS` are their last words, tested first.
 */
export const INTRO =
  /(?:^|[^a-z])(?:my name is|my name's|mein name ist|ich heisse|je m'appelle|mon nom est|me llamo|mi nombre es|mi chiamo|il mio nome e|mijn naam is|ik heet)\s*$/;
export const INTRO_ENDS = new Set(words(`is name's ist heisse m'appelle est llamo es chiamo e heet am i'm im bin spricht suis c'est soy habla sono ben`));

/**
 * Weaker introductions ("I'm …", "Soy …", "Ich bin …", "Je suis …", "This is …"): a job or a mood may
 * follow ("I am Senior Consultant at …"), so the name must close its clause (see `person`).
 */
export const WEAK_INTRO = /(?:^|[^a-z])(?:i am|i'm|im|this is|ich bin|hier ist|hier spricht|je suis|c'est|soy|le habla|les habla|sono|ik ben|hier is)\s*$/;

/**
 * Last words of the contexts below (folded), tested first: most words before a capitalised pair are
 * none of them.
 */
export const CONTEXT_ENDS = new Set(words(`
  by to name named names called patient client customer contact colleague coworker employee manager
  applicant candidate tenant student member passenger guest author wrote signed spoke spoken met meet with
  call emailed told asked attn nom cliente clientes patiente collegue salarie salariee employe employee
  locataire eleve candidat candidate signe signee appele rencontre kundin kunde patientin kollegin kollege
  mitarbeiterin mitarbeiter ansprechpartner ansprechpartnerin mieterin mieter bewerberin bewerber
  unterschrieben angerufen getroffen nombre paciente companero companera empleado empleada contacto
  inquilino inquilina candidato candidata alumno alumna firmado llamado llamada hablo paziente collega
  dipendente klant medewerker recipient addressee empfangerin empfanger destinataire destinatario destinataria
  is name's ist heisse m'appelle est llamo es chiamo heet am i'm im bin spricht suis c'est soy habla sono ben
`));

/**
 * Context words before a name whose only evidence is a known family name ("our client Aoife Byrne"):
 * nouns for people and verbs of talking and meeting. Tested on the folded text just before the name.
 */
export const CONTEXT =
  /\b(?:(?:approved|signed|written|reported|sent|created|requested|submitted|reviewed|authored|raised|opened|closed|escalated|handled|referred|forwarded) by|assigned to|name[ds]?|called|patient|client|customer|contact|colleague|coworker|employee|manager|applicant|candidate|tenant|student|member|passenger|guest|author|wrote|signed|spoke|spoken|met|meet|meeting with|call|emailed|told|asked|thanks to|attn|nom|cliente?|patiente?|collegue|salariee?|employee?|locataire|eleve|candidate?|signee?|appele|rencontre|kundin|kunde|patientin|kollegin|kollege|mitarbeiterin|mitarbeiter|ansprechpartner(?:in)?|mieterin|mieter|bewerberin|bewerber|unterschrieben|angerufen|getroffen|nombre|paciente|companer[oa]|emplead[oa]|contacto|inquilin[oa]|candidat[oa]|alumn[oa]|firmado|llamad[oa]|hablo|paziente|collega|dipendente|klant|medewerker|recipient|addressee|empfangerin|empfanger|destinataire|destinatario|destinataria|(?:new |create)?(?:user|person|customer|client|employee|patient|contact|member|author|owner)s?\s*\(\s*["'`]|name is|name's|name ist|heisse|m'appelle|nom est|llamo|nombre es|chiamo|naam is|heet|i am|i'm|this is|ich bin|hier ist|je suis|c'est|soy|sono|ik ben)\s*[:,]?\s*$/;
