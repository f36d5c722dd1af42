/**
 * Reading dropped, pasted and picked files that are text, so they are scanned like typed text.
 * Other files (images, PDFs, archives) are not this guard's business and pass untouched.
 */

/** Text files above this size are refused with a clear message rather than scanned for seconds. */
export const FILE_LIMIT_BYTES = 10 * 1024 * 1024;

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

export interface ReadFiles {
  readonly texts: string[];
  /** Names of text files over the limit (not read). */
  readonly tooLarge: string[];
  /** Names of text files that could not be read. */
  readonly unreadable: string[];
  /** How many files were not text (not scanned, passed as they are). */
  readonly other: number;
}

export async function readTextFiles(files: readonly File[]): Promise<ReadFiles> {
  const out: ReadFiles = { texts: [], tooLarge: [], unreadable: [], other: 0 };
  for (const file of files) {
    if (!isTextFile(file)) {
      (out as { other: number }).other++;
      continue;
    }
    if (file.size > FILE_LIMIT_BYTES) {
      out.tooLarge.push(file.name);
      continue;
    }
    try {
      out.texts.push(await file.text());
    } catch {
      out.unreadable.push(file.name);
    }
  }
  return out;
}
