import { describe, expect, it } from 'vitest';
import { createFieldIndex } from './index';
import { at, cellsOf, columnOf, labelOf } from './test-helpers';

describe('JSON and YAML keys', () => {
  const pretty = JSON.stringify({ customers: [{ fullName: 'Ann', nhs_number: '9434765919', phones: ['0612345678', '0687654321'] }], meta: { 'Date of birth': '1985-03-15' } }, null, 2);

  it.each([
    ['9434765919', ' nhs number '],
    ['Ann', ' full name '],
    ['0687654321', ' phones '],
    ['1985-03-15', ' date of birth '],
  ])('pretty-printed JSON: %j under %j (values of an array on the lines below their key included)', (value, label) => {
    expect(labelOf(pretty, value)).toBe(label);
  });

  it.each([
    ['compact JSON', '[{"id":1,"bsn":"111222333"},{"id":2,"bsn":"123456782"}]', '123456782', ' bsn '],
    ['an inline array', '{"phones": ["0612345678", "0687654321"]}', '0687654321', ' phones '],
    ['a Python dict', "{'ssn': '536-90-1234', 'name': 'Ann'}", '536-90-1234', ' ssn '],
    ['a PHP array', "['sin' => '046 454 286']", '046 454 286', ' sin '],
    ['YAML', 'customer:\n  name: Ann\n  tfn: 123 456 782\n', '123 456 782', ' tfn '],
    ['a YAML list item', '- name: Ann\n  bsn: 111222333\n- name: Bob\n  bsn: 123456782', '123456782', ' bsn '],
    ['a YAML list under a key', 'phones:\n  - 0612345678\n  - 0687654321\nname: Ann', '0687654321', ' phones '],
  ])('%s', (_name, text, value, label) => {
    expect(labelOf(text, value)).toBe(label);
  });

  it('a list stops being labelled by its key after a line with another key', () => {
    expect(labelOf('phones:\n  - 0612345678\nother: x\n  0687654321', '0687654321')).toBeUndefined();
  });
});

describe('XML and HTML', () => {
  it.each([
    ['an element', '<patient><nhsNumber>9434765919</nhsNumber></patient>', '9434765919', ' nhs number '],
    ['a namespaced element', '<ns2:bsn>111222333</ns2:bsn>', '111222333', ' ns2 bsn '],
    ['an attribute', '<customer ssn="536-90-1234" name="Ann"/>', '536-90-1234', ' ssn '],
    ['a label in a layout tag', '<p><b>Phone:</b> 0612345678</p>', '0612345678', ' phone '],
  ])('%s', (_name, text, value, label) => {
    expect(labelOf(text, value)).toBe(label);
  });

  it('layout tags are not labels', () => {
    expect(labelOf('<div><span>111222333</span></div>', '111222333')).toBeUndefined();
    expect(labelOf('<td>111222333</td>', '111222333')).toBeUndefined();
  });

  it('an HTML table: each <td> under the <th> of its column', () => {
    const text = [
      '<table class="x">',
      '  <thead><tr><th>Name</th><th>Teléfono</th><th>DNI</th></tr></thead>',
      '  <tbody>',
      '    <tr><td>Ana</td><td>612 345 678</td><td>12345678Z</td></tr>',
      '    <tr><td><b>Luis</b></td><td>622 345 678</td><td>87654321X</td></tr>',
      '  </tbody>',
      '</table>',
    ].join('\n');
    const fields = createFieldIndex(text);
    expect(fields.labelAt(at(text, '622 345 678'))).toBe(' teléfono ');
    expect(fields.labelAt(at(text, '12345678Z'))).toBe(' dni ');
    expect(fields.labelAt(at(text, 'Luis'))).toBe(' name ');
    expect(columnOf(text, 'Teléfono', fields)).toEqual(['612 345 678', '622 345 678']);
    expect(fields.recordAt(at(text, '87654321X')).table).toBe(true);
  });
});

describe('Label: value and key=value', () => {
  it.each([
    ['Nom : Dupont', 'Dupont', ' nom '],
    ['Teléfono: 612 345 678', '612 345 678', ' teléfono '],
    ['Geburtsdatum: 15.03.1985', '15.03.1985', ' geburtsdatum '],
    ['Numéro de sécurité sociale : 1 84 12 75 123 456 78', '1 84 12', ' numéro de sécurité sociale '],
    ['**Phone:** 020 7946 0958', '020 7946 0958', ' phone '],
    ['BSN:111222333', '111222333', ' bsn '],
    ['Name: Ann Smith, Phone: 0612345678, SSN: 536-90-1234', '0612345678', ' phone '],
    ['Name: Ann Smith, Phone: 0612345678, SSN: 536-90-1234', 'Smith', ' name '],
    ['Name: Ann Smith Phone: 0612345678', '0612345678', ' phone '],
    ['Address: 12 Main St, Springfield', '12 Main', ' address '],
    ['2024-05-01T10:00:00Z INFO login ok user=bob src_ip=10.0.0.5', '10.0.0.5', ' src ip '],
    ['GET /x?token=abc&user_id=42', '42', ' user id '],
    ['Date of birth:\n12/07/1990', '12/07/1990', ' date of birth '],
  ])('%j: %j under %j', (text, value, label) => {
    expect(labelOf(text, value)).toBe(label);
  });

  it.each([
    ['a time is no separator', 'Meeting at 12:30 then 111222333'],
    ['nor a URL', 'see https://example.com/x 111222333'],
    ['nor an IPv6 group', 'addr 2a00:1450::1 111222333'],
    ['past a delimiter and another word, the label is another value’s', 'BSN: 123456782, klant 111222333'],
    ['past a number and words, too', 'SSN: 536-90-1234 and the order 111222333'],
    ['a sentence ending in a colon is not a label for the lines below', 'Hi team, as discussed, here it is:\n111222333'],
    ['a comparison is not an assignment', 'if (x == 111222333) return'],
  ])('no label: %s', (_name, text) => {
    expect(labelOf(text, '111222333')).toBeUndefined();
  });

  it('cells: keyed values on each line, with their labels', () => {
    const text = 'Name: Ann Smith, Phone: 0612345678\nnom : DUPONT\n{"full_name": "jean dupont", "id": 7}\n<name>María García</name>\nnames:\n  - Bob\n  - Cy';
    expect(cellsOf(text, (l) => /name|nom/.test(l))).toEqual(['name=Ann Smith', 'nom=DUPONT', 'full name=jean dupont', 'name=María García', 'names=Bob', 'names=Cy']);
  });
});
