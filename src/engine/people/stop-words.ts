import { words } from './cue-words';

/**
 * Words that are never part of a person's name, folded (see `fold.ts`). Two kinds:
 * - `FUNCTION_WORDS` are always stop words, even where a name list happens to hold them ("Die" is a
 *   family name somewhere; "Die Zahlen" is German for "the figures").
 * - The other lists are stop words unless the name lists know the word, in which case the word is only
 *   ambiguous (`WORDLIKE`): "May", "August", "Domingo", "Hall" and "Park" are names too, and need a
 *   known partner to count.
 */

/** Articles, pronouns, auxiliaries, conjunctions, prepositions and sentence openers. */
export const FUNCTION_WORDS = words(`
  a an the and or nor but if then than so as at by for from in into of on onto to up with without within
  about above after again against all also although always am among any are around because been before
  being below between both cannot could did do does doing done down during each either  even ever
  every few had has have having he her here hers herself him himself his how however i im ive id its it
  itself just lets me more most much must my myself neither never no none not now of off often once only
  other others our ours ourselves out over own  please quite rather same she should since some still
  such that thats the their theirs them themselves there these they this those though through thus 
  too under unless until upon us very via was we were what whatever when whenever where whereas wherever
  whether which while who whom whose why  would yes yet you your yours yourself yourselves
  ok okay hi hello hey dear thanks thank cheers regards fyi asap btw re fw fwd cc bcc attn ps nb etc eg ie
  le la les un une des du et ou mais donc car ni que qui quoi dont ou ce cet cette ces mon ma mes ton ta
  tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles est sont etre avoir
  ai avons avez ont etait pour par avec sans sous sur dans chez entre vers depuis pendant avant apres
  comme si oui non merci voici voila ici aussi tres plus moins bien tout tous toute toutes rien quand
  comment pourquoi cela ca ceci lors selon ainsi alors puis ensuite enfin pourtant cependant toutefois
  neanmoins egalement notamment concernant objet
  der die das den dem des ein eine einen einem einer eines und oder aber denn sondern doch wenn weil dass
  ob als wie wo was wer wen wem wessen warum wann ich du er sie es wir ihr mich mir dich dir sich uns euch
  ihnen ihm ihn mein meine meinen meinem meiner dein deine sein seine seinen seinem seiner unser unsere
  euer eure ihre ihren ihrem ihrer ist sind war waren haben hat hatte hatten wird werden wurde wurden kann
  konnen konnten konnte muss mussen soll sollen sollte  wollen darf durfen mag nicht kein keine keinen
  ja nein bitte danke fur mit ohne vom zu zum zur bei beim nach seit aus auf an am im um uber unter vor
  hinter neben zwischen durch gegen bis auch noch schon  sehr mehr hier dort dann jetzt heute gestern
  anbei gerne leider also sowie bzw usw dies diese dieser dieses diesem diesen jede jeder jedes alle
  el los las unos unas y o pero sino quien quienes cual cuales cuando donde como porque si de del al en
  con sin por para sobre entre hasta desde hacia segun mi mis tu tus su sus nuestro nuestra nuestros
  vuestro vuestra yo  nosotros vosotros ellos ellas usted ustedes es son esta estan era fue ser estar
  hay ha han he hemos muy mas menos tambien ya aun todavia hoy ayer aqui alli gracias este estos estas
  ese esa eso esos esas aquel todo toda todos todas nada algo cada otro otra otros mismo misma
  il lo gli le e ed ma che chi non di da con su  tra fra dei degli delle nel  nei sono ho 
  grazie questo questa quello quella anche molto
  het een en maar dat dit deze zijn heb heeft hebben niet geen nee met voor naar op aan bij uit door
  onder tussen ook nog wel daar bedankt
  jr sr ii iii iv phd md esq
`);

/**
 * Function words that are also common syllables of Vietnamese, Chinese and Korean names (Lê → le, An,
 * Đỗ → do, Hà → ha, Hồ → ho, He, Su, Li, Yu): soft stop words (see `SOFT_STOP` in lexicon.ts).
 */
export const NAME_SYLLABLES = words(`an le la da do di du ha ho he su lo li mi yu`);

/** Months, weekdays and holidays in the six languages. */
export const CALENDAR = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  januar jaenner jaenner februar marz maerz april mai juni juli august september oktober november dezember
  enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
  januari februari maart mei augustus
  monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
  lundi mardi mercredi jeudi vendredi samedi dimanche
  montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend
  lunes martes miercoles jueves viernes sabado domingo
  lunedi martedi mercoledi giovedi venerdi sabato domenica
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  christmas xmas easter thanksgiving halloween hanukkah ramadan eid diwali passover pentecost advent lent
  noel paques toussaint ostern weihnachten pfingsten silvester fasching karneval navidad pascua
  nochevieja carnaval natale pasqua ferragosto kerstmis pasen
`);

/**
 * Roles and titles that follow "Herr"/"Frau"/"Mr."/"Madame" instead of a name ("Frau Doktor", "Herr
 * Präsident", "Madame la Directrice", "Mr. President"), and words of address that are not names.
 */
export const ROLES = words(`
  president vice chairman chairwoman chair director doctor professor judge minister secretary officer
  mayor ambassador senator governor general captain colonel lieutenant sergeant detective inspector agent
  nurse editor speaker chancellor commissioner prosecutor counsel deputy chief
  prasident prasidentin direktor direktorin doktor professorin ministerin burgermeister burgermeisterin
  kollege kollegin vorsitzender vorsitzende pfarrer pfarrerin richter richterin anwalt anwaltin kommissar
  kommissarin ober lehrer lehrerin geschaftsfuhrer geschaftsfuhrerin abgeordneter abgeordnete kanzler
  kanzlerin staatssekretar kunde kundin patient patientin nachbar nachbarin
  directeur directrice docteur professeur ministre maire juge avocat avocate presidente
  presidente director directora doctora profesor profesora ministro ministra alcalde alcaldesa juez jueza
  sir madam madame monsieur mesdames messieurs damen herren colleagues colleague team all everyone
  everybody folks guys there world friends friend customer customers client clients user users member
  members partner partners support service sales admin administrator manager management staff
  todos todas equipo companeros tous toutes equipe collegues kollegen zusammen leute
`);

/**
 * Words that follow a given name in technical and business text and are not family names ("Claude
 * Sonnet", "Max Retries", "Alexa Skills", "Jenkins Pipeline"); capitalised in titles, menus and headings.
 */
export const COMMON_WORDS = words(`
  ai api apis app apps assistant agent agents alpha beta gamma delta analytics android ios linux windows
  macos mac auth backend frontend bot bots browser build builds bug bugs button cache chat cloud cluster
  code config console container content core cpu gpu dashboard data database debug demo deploy desktop dev
  developer device docker docs domain download driver edge edition editor email engine enterprise error
  errors event events export extension feature features feed file files form framework free function
  gateway guide hub id image import info input instance instant integration interface internet item items
  java javascript job jobs json key keys kit layer layout level library lib list live loader log logs
  login logo mail main map max min menu message messages meta mini mobile mode model models module
  monitor network next node notes office online open opus haiku sonnet os output page pages panel
  password pay payment phone pipeline platform player plugin plus policy portal post premium preview pro
  profile project protocol proxy python query queue readme release report repo request reset response
  rest router runtime sdk search security server service services session settings setup shell shop site
  skills source sql stack standard start status storage store studio suite sync system table tab task
  tasks teams template terminal test tests testing text theme ticket token tool tools tracker ui update
  upload ux version video view viewer vision web website widget wiki word workflow workspace zone
  agency board budget business campaign ceo cfo cto coo committee council department division finance
  head hr invoice legal marketing meeting operations order owner product quarter recruiting revenue
  null undefined none unknown anonymous anon redacted tbd nan dummy sample example placeholder
  strategy vp review summary overview introduction conclusion appendix chapter section part step phase
  note warning tip example question answer problem solution issue result results total new old first
  last final draft copy default custom general special private public internal external global local
  north south east west central upper lower left right top bottom front back black white red green blue
  yellow gray grey dark light big small large little high low long short full half good great best
  better top
  google microsoft apple amazon meta openai anthropic nvidia intel oracle ibm sap adobe salesforce
  github gitlab jira confluence slack zoom teams outlook excel word powerpoint chrome firefox safari
  gemini llama mistral grok copilot chatgpt gpt bard perplexity kafka redis postgres mongo spark
  react vue angular svelte kubernetes terraform ansible
`);

/**
 * A word right before a name that makes it a place, building or institution named after a person
 * ("Avenue Victor Hugo", "rue Victor Hugo", "Place Charles de Gaulle", "Calle Juan Bravo", "Lycée Victor
 * Duruy", "Hospital Gregorio Marañón", "Hurricane Katrina").
 */
export const PLACE_BEFORE = words(`
  avenue av ave rue place pl boulevard bd blvd quai allee impasse chemin cours square route passage
  esplanade parvis faubourg calle c avenida avda plaza paseo camino carrera ronda rambla travesia glorieta
  via viale piazza piazzale corso largo vicolo lungomare laan plein straat street road
  lycee college ecole universite university universidad universitat universita hopital hospital
  clinique clinica klinik klinikum colegio instituto institut institute istituto escuela scuola school
  museo musee museum stade estadio stadion stadium gare estacion stazione station aeroport aeropuerto
  aeroporto airport flughafen pont puente ponte bridge parc parque parco park jardin fondation fundacion
  fondazione foundation stiftung prix premio prize award centre centro center theatre teatro theater
  salle hall eglise iglesia chiesa kirche church cathedrale catedral basilique basilica chapelle
  saint sainte st ste sankt san santa santo sao fort mount mt lake lac lago cape cap port puerto porto
  isla ile villa casa hotel hostal restaurant cafe chez club
  boulangerie boucherie patisserie pharmacie garage transports transport menuiserie plomberie
  quincaillerie librairie imprimerie cabinet etablissements ets atelier maison
  backerei baeckerei metzgerei konditorei apotheke autohaus schreinerei tischlerei malerbetrieb
  elektro bau spedition praxis kanzlei
  panaderia carniceria farmacia ferreteria talleres taller transportes construcciones distribuciones
  comercial almacenes almacen libreria bodegas
  panetteria farmacia officina trasporti costruzioni
  bakkerij slagerij apotheek garagebedrijf transportbedrijf
  operation hurricane cyclone typhoon storm tempete sturm huracan tormenta tropical
  project projet projekt proyecto progetto codename hms uss rms
`);

/**
 * A word right after a name that makes the name an eponym or a company: streets and buildings
 * ("Marie Curie University", "Martin Luther King Day", "Sophie Scholl Schule"), firms ("Anna Schmidt
 * GmbH"), and theorems, algorithms and effects in technical text.
 */
export const PLACE_AFTER = words(`
  street st avenue ave road rd boulevard blvd lane ln drive way square sq place park parkway bridge
  close crescent cres terrace tce mews grove gardens walk circle cir ct highway hwy pike trail line
  tunnel university college school academy hospital clinic institute center centre foundation fund
  trust museum gallery library airport station stadium arena hall building house tower theatre theater
  prize award medal trophy cup fellowship scholarship lecture day memorial monument statue church
  cathedral chapel lake river bay island mountain glacier valley forest county ward wing unit pavilion
  surgery practice
  strasse str weg platz allee gasse ring damm ufer brucke schule gymnasium realschule grundschule
  gesamtschule universitat hochschule institut stiftung klinik klinikum krankenhaus haus halle stadion
  preis kirche bahnhof gesellschaft verlag werke zentrum bibliothek denkmal gedenkstatte tag
  inc corp corporation company co llc ltd limited gmbh ag kg se sa sas sarl sl bv nv spa srl plc llp
  group holdings partners associates consulting solutions systems technologies labs studios traders
  productions records media foods motors airlines bank insurance capital ventures brothers bros sons
  sohne fils hijos logistics analytics health healthcare industries enterprises international global
  pharma pharmaceuticals energy software networks robotics dynamics electronics telecom realty properties
  construction engineering transport shipping travel financial investments securities advisors consultants
  trading imports exports manufacturing supplies outfitters apparel brands beverages bakery resort dental
  medical auto garage builders plumbing roofing landscaping cleaning design designs photography films
  pictures publishing press books magazine journal gazette tribune herald radio foundation
  theorem algorithm syndrome disease effect equation principle conjecture constant distribution test
  method transform transformation filter number numbers curve scale index model problem paradox lemma
  inequality formula process series function operator matrix space graph tree machine code cipher rule
  limit criterion coefficient integral polynomial ratio hypothesis metric encoding notation kernel
  network engine protocol diagram chart plot estimator correction interval bound sieve gate loop cycle
  circuit oscillator reaction synthesis architecture score law laws sort search variable
  satz algorithmus verfahren gleichung theoreme algorithme methode loi teorema algoritmo metodo ley
`);

/**
 * Endings of common nouns, never of family names: a capitalised word after a given name that ends so
 * is a noun ("Anna Bestellung", "Maria Verification", "Pedro Información"). German -ung from six letters
 * on: "Dũng", "Trung", "Jung" are names.
 */
export const NOUN_ENDINGS = /(?:...ung|heit|keit|schaft|tion|sion|tat|ismus|ness|ity|ism|ology|cion|sion|mente|ismo|zione|ment|ments|ings|ware)$/;
