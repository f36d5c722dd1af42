import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { useCatalogue } from '../testing/catalogue';
import { explainFinding } from './explain';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const REASON = 'Payment card number (network prefix, length and Luhn check) (pattern "grouped-16"); passed its check; near "card"';
const CARD = { detector: 'credit-card', pattern: 'grouped-16', checked: true, near: 'card' };
const TERM = { detector: 'custom-term-projects', pattern: 'whole word', checked: false, customLabel: 'Code names' };
const NBSP = '\u00a0';

describe('explainFinding', () => {
  it.each([
    ['en', 'Payment card number (network prefix, length and Luhn check) (pattern “grouped-16”); passed its check; near “card”'],
    ['fr', `Numéro de carte de paiement (préfixe du réseau, longueur et contrôle de Luhn) (motif «${NBSP}grouped-16${NBSP}»)${NBSP}; contrôle réussi${NBSP}; près de «${NBSP}card${NBSP}»`],
    ['de', 'Zahlungskartennummer (Netzwerkpräfix, Länge und Luhn-Prüfung) (Muster „grouped-16“); Prüfung bestanden; in der Nähe von „card“'],
    ['es', 'Número de tarjeta de pago (prefijo de red, longitud y comprobación de Luhn) (patrón «grouped-16»); comprobación superada; cerca de «card»'],
  ])('words a built-in detector’s finding in %s', (lang, expected) => {
    useCatalogue(lang);
    expect(explainFinding(CARD, REASON)).toBe(expected);
  });

  it.each([
    ['en', 'Matches your organisation’s term list “Code names” (pattern “whole word”)'],
    ['fr', `Correspond à la liste de termes «${NBSP}Code names${NBSP}» de votre organisation (motif «${NBSP}whole word${NBSP}»)`],
    ['de', 'Entspricht der Begriffsliste „Code names“ Ihrer Organisation (Muster „whole word“)'],
    ['es', 'Coincide con la lista de términos «Code names» de su organización (patrón «whole word»)'],
  ])('words an admin rule’s finding in %s, with its label as-is', (lang, expected) => {
    useCatalogue(lang);
    expect(explainFinding(TERM, 'Matches your organisation\'s term list "Code names" (pattern "whole word")')).toBe(expected);
  });

  it('names each kind of admin rule', () => {
    useCatalogue('en');
    const pattern = explainFinding({ ...TERM, detector: 'custom-pattern-jira', pattern: 're2' }, '');
    expect(pattern).toBe('Matches your organisation’s pattern “Code names” (pattern “re2”)');
    expect(explainFinding({ ...TERM, detector: 'custom-exact-vip' }, '')).toMatch(/^Matches a value on your organisation’s protected list “Code names”/);
  });

  it('shows the English reason as it is when there is no why (history written before it existed)', () => {
    useCatalogue('fr');
    expect(explainFinding(undefined, REASON)).toBe(REASON);
    expect(explainFinding(undefined, undefined)).toBe('');
  });

  it('falls back to the English reason for a detector the catalogue does not know, or without an i18n API', () => {
    useCatalogue('fr');
    expect(explainFinding({ ...CARD, detector: 'from-a-newer-version' }, REASON)).toBe(REASON);
    expect(explainFinding({ ...TERM, detector: 'custom-unknown-x' }, 'the reason')).toBe('the reason');
    vi.restoreAllMocks(); // fakeBrowser has no i18n: getMessage throws
    expect(explainFinding(CARD, REASON)).toBe(REASON);
  });
});
