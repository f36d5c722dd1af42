/**
 * A made-up customer export for the engine's warm-up (sliced-scan.ts `warmUp`): the code that reads
 * tables (finding a block's lines, its header, its rows and quoted cells, the columns below header words,
 * names and addresses in labelled cells) runs only on tables, and run cold on the first real one it
 * made that paste's first range scan 60–110 ms in Chromium instead of ~10. A few hundred rows are enough
 * for the JIT to compile it. Every value is synthetic: example domains, a test card range, fictional names.
 */

const FIRST = ['Anna', 'Jonas', 'Maria', 'Łukasz', 'Sofia', 'Pierre', 'Chloé', 'Marco', 'Giulia', 'Javier', 'Lucía', 'Sven', 'Emma', 'Noah'];
const LAST = ['Schmidt', 'Weber', 'Dubois', 'Moreau', 'Rossi', 'Bianchi', 'García', 'López', 'Jansen', 'de Vries', 'Larsen', 'Dvořák'];
const STREETS = ['Hauptstraße', 'Rue de la Paix', 'Via Roma', 'Calle Mayor', 'Kerkstraat', 'Storgatan'];
const CITIES = ['10115 Berlin', '75002 Paris', '00184 Roma', '28013 Madrid', '1012 Amsterdam', '111 20 Stockholm'];

/** `rows` rows of a CSV with a header, each row different (ids, numbers and names vary). */
export function warmUpTable(rows = 300): string {
  const lines = ['customer_id,full_name,email,phone,address,iban,card_number,date_of_birth,ip_address'];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    const n = String(1000 + i);
    lines.push(
      [
        `C${100000 + i}`,
        `${first} ${last}`,
        `${first.toLowerCase()}.${i}@example.com`,
        `+49 30 9018${n}`,
        `"${STREETS[i % STREETS.length]} ${1 + (i % 90)}, ${CITIES[(i * 5) % CITIES.length]}"`,
        'DE89 3704 0044 0532 0130 00',
        '4111 1111 1111 1111',
        `19${50 + (i % 45)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        `10.${i % 250}.${(i * 3) % 250}.${1 + (i % 200)}`,
      ].join(','),
    );
  }
  return lines.join('\n');
}
