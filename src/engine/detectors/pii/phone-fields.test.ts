import { describe, expect, it } from 'vitest';
import { normaliseLabel } from '../../fields';
import { isPhoneLabel, phoneLabelBefore, possiblePhone, TRUNK_REGIONS } from './phone-shapes';

describe('isPhoneLabel', () => {
  it.each(['phone', 'Mobile', 'tel_2', 'homePhone', 'Telefonnummer', 'numéro de téléphone', 'Teléfono móvil', 'Handynummer', 'MSISDN', 'cell phone', 'contact_number', 'Contact No', 'número de contacto', 'telefoon', 'Mobilnummer', 'mobil', 'Festnetz'])(
    '%j names a phone field',
    (raw) => expect(isPhoneLabel(normaliseLabel(raw))).toBe(true),
  );
  it.each(['phone_id', 'phone_verified', 'mobile_os', 'Phone Type', 'contact', 'call_count', 'telemetry', 'hotel', 'smartphone model', 'contact_id', 'contact name', 'contact number type'])('%j does not', (raw) =>
    expect(isPhoneLabel(normaliseLabel(raw))).toBe(false),
  );
});

describe('phoneLabelBefore', () => {
  it.each(['Tel ', 'Handy: ', 'phone no. ', 'Tél. : ', 'Tel. Nr. ', 'call me, mobile ', 'WhatsApp – ', 'fax#'])('%j labels the number after it', (before) =>
    expect(phoneLabelBefore(before)).toBe(true),
  );
  it.each(['hotel ', 'call ', 'Steuer-ID ', 'telephone pole 3, ', '', 'number '])('%j does not', (before) => expect(phoneLabelBefore(before)).toBe(false));
});

describe('possiblePhone', () => {
  it.each([
    ['07700 900123', TRUNK_REGIONS], // Ofcom drama range: possible, not assigned
    ['4155552671', ['US'] as const],
    ['+44 7700 900123', [undefined]],
  ])('%j is possible', (value, regions) => expect(possiblePhone(value, regions)).toBe(true));
  it.each([
    ['1234567890', ['US'] as const], // area code 123: not a NANP number
    ['5555555555', ['US'] as const], // placeholder
    ['0123456789', TRUNK_REGIONS], // placeholder
    ['12', ['US'] as const],
  ])('%j is not', (value, regions) => expect(possiblePhone(value, regions)).toBe(false));
});
