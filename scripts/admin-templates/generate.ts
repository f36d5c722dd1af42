/**
 * Writes the admin templates into docs/admin-templates/ from public/managed_schema.json and
 * EXAMPLE_POLICY. Run: node --import tsx scripts/admin-templates/generate.ts
 * test/policy/admin-templates.test.ts fails when the checked-in files differ from this output.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdminTemplates, type SchemaNode } from '../../src/policy/templates';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(readFileSync(join(root, 'public/managed_schema.json'), 'utf8')) as SchemaNode;
const outDir = join(root, 'docs/admin-templates');
mkdirSync(outDir, { recursive: true });
for (const [name, content] of Object.entries(buildAdminTemplates(schema))) {
  writeFileSync(join(outDir, name), content);
  console.log(`wrote docs/admin-templates/${name}`);
}
