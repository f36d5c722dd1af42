/** Reads the committed corpus files (templated + hand-written) for tests. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusDoc } from './doc';

const here = dirname(fileURLToPath(import.meta.url));

export const CORPUS_FILES = ['prompts.jsonl', 'handwritten.jsonl'] as const;

export function readCorpusFile(name: (typeof CORPUS_FILES)[number]): string {
  return readFileSync(join(here, name), 'utf8');
}

/** Parses JSONL; throws with the line number on malformed input. */
export function parseJsonl(text: string, source: string): CorpusDoc[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as CorpusDoc;
      } catch (err) {
        throw new Error(`${source}:${i + 1}: ${(err as Error).message}`);
      }
    });
}

/** Every document of both corpus files. */
export function loadCorpus(): CorpusDoc[] {
  return CORPUS_FILES.flatMap((name) => parseJsonl(readCorpusFile(name), name));
}
