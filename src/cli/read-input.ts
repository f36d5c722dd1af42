import { readFileSync, statSync } from 'node:fs';
import { CliError } from './errors';

/**
 * Decodes bytes as UTF-8. Invalid sequences become U+FFFD instead of failing: a binary blob or a
 * Latin-1 log must still be scanned, not crash the run. A leading BOM is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** Reads a whole file as text, with a clear `CliError` for the usual ways a path can be wrong. */
export function readTextFile(path: string): string {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  if (isDirectory) throw new CliError(`${path} is a directory; give files (e.g. with a shell glob)`);
  try {
    return decodeUtf8(readFileSync(path));
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

/** Reads all of stdin (the engine wants the whole text: findings may span lines). */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (error) {
    throw new CliError(`cannot read stdin: ${describeFsError(error)}`);
  }
  return decodeUtf8(Buffer.concat(chunks));
}

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (error as Error).message;
  }
}
