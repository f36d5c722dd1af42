/**
 * Which dropped, pasted and picked files are text, scanned like typed text (src/files/attached.ts
 * reads them, and hands documents to the document reader).
 */

const TEXT_EXTENSIONS = new Set([
  'txt', 'csv', 'tsv', 'json', 'jsonl', 'ndjson', 'env', 'log', 'md', 'markdown', 'yaml', 'yml', 'xml', 'toml', 'ini', 'cfg', 'conf',
  'properties', 'sql', 'html', 'htm', 'css', 'js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'py', 'rb', 'go', 'rs', 'java', 'kt', 'kts', 'scala',
  'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'php', 'swift', 'm', 'sh', 'bash', 'zsh', 'ps1', 'bat', 'r', 'pl', 'lua', 'dart', 'vue', 'svelte',
  'tf', 'hcl', 'gradle', 'pem', 'key', 'crt', 'pub', 'dockerfile', 'gitignore', 'npmrc', 'pgpass', 'netrc',
]);

export function isTextFile(file: File): boolean {
  if (file.type.startsWith('text/') || /^application\/(?:json|xml|x-yaml|yaml|x-sh|sql|javascript|x-ndjson)/.test(file.type)) return true;
  const name = file.name.toLowerCase();
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot + 1) : name; // `.env`, `Dockerfile`
  return TEXT_EXTENSIONS.has(ext) || name.startsWith('.env');
}
