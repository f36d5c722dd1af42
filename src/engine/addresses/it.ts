/**
 * Italian street lines: the type leads (`Via Roma 12`, `Piazza San Marco, 1`, `Viale dei Mille 5`,
 * `Corso Vittorio Emanuele II 18`); the postcode is five digits and may be followed by the province
 * (`00184 Roma RM`, `20121 Milano (MI)`).
 */

/** Words joining the type to the name: `Viale dei Mille`, `Via dell'Orso` (elided forms are one word). */
export const ITALIAN_CONNECTORS = ['di', 'del', 'della', 'delle', 'dei', 'degli', 'dello', 'dell', 'd', 'da', 'dal', 'dalla', 'e', 'san', 'santa', 'sant', 'santo', 'la', 'il', 'lo', 'le', 'xx', 'iv', 'ii', 'iii'];

/** Types Italian writes in lower case mid-sentence (`abito in piazza Navona 3`). Lower-case `via` stays weak: English uses it. */
export const ITALIAN_LOWER_CASE_TYPES = ['viale', 'piazza', 'piazzale', 'corso', 'vicolo', 'largo', 'lungomare', 'lungotevere', 'lungarno'];

/** Province after an Italian city: ` RM`, ` (MI)`. Sticky, tried right after the city. */
export const ITALIAN_PROVINCE = /[ \t]+(?:\([A-Z]{2}\)|[A-Z]{2}(?![\w]))/y;
