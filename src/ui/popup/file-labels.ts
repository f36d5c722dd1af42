/**
 * How the popup words an attached file's history row: its kind, size, what happened to it and why it was
 * not read in full. One literal t() call with a quoted key per value, so i18n.test.ts sees every key.
 */
import type { FileFacts, FileProblem } from '@/src/decisions/types';
import type { HistoryEvent } from '@/src/history/types';
import { t } from '../i18n';
import { choiceLabel } from './labels';

/** `DOCX`, `PDF`, `CSV`; a folder and an unknown kind in words. */
export function fileFormatLabel(format: string): string {
  if (format === 'folder') return t('fileFormatFolder');
  if (format === 'unknown') return t('fileFormatUnknown');
  if (format === 'text') return t('fileFormatText');
  return format.toUpperCase();
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** `512 bytes`, `48.2 kB`, `12 MB` in the browser's language (decimal units, as the unit names say). */
export function fileSizeLabel(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  try {
    // Bytes in words: the short form is "byte" in several languages, which reads as a typo for "bytes".
    return new Intl.NumberFormat(undefined, { style: 'unit', unit: UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  } catch {
    return `${Math.round(value * 10) / 10} ${['B', 'kB', 'MB', 'GB'][unit]}`;
  }
}

/** What happened to the file: removed, its redacted copy uploaded, uploaded anyway… */
export function fileChoiceLabel(event: Pick<HistoryEvent, 'action' | 'choice'>): string {
  switch (event.choice) {
    case 'sent-anyway':
      // Audit lets a file through without asking: "anyway" would say the user overrode something.
      return event.action === 'audit' ? t('choiceFileUploaded') : t('choiceFileUploadedAnyway');
    case 'allowed-value':
      return t('choiceFileAllowedValue');
    case 'redacted':
    case 'auto-redacted':
      return t('choiceFileRedacted');
    case 'cancelled':
    case 'blocked':
    case 'edited':
      return t('choiceFileRemoved');
    default:
      return choiceLabel(event.choice);
  }
}

/** Why a file was not read in full. */
export const fileProblemLabel = (p: FileProblem): string =>
  ({
    encrypted: () => t('eventFileProblemEncrypted'),
    unreadable: () => t('eventFileProblemUnreadable'),
    tooLarge: () => t('eventFileProblemTooLarge'),
  })[p]();

/** "File customers.docx (DOCX, 48.2 kB)" for the history list. */
export const fileRowLabel = (file: FileFacts): string => t('historyFileRow', [file.name, fileFormatLabel(file.format), fileSizeLabel(file.size)]);
