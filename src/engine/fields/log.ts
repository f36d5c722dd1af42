import { nearLineStart } from './keyed';

/** Longest log line whose start is looked for. */
const MAX_LOG_LINE = 2048;

/**
 * How log lines start (after blanks and `[`): an ISO or slashed timestamp, a syslog date, a bare clock,
 * an epoch, a level word, or an access-log host and `- user [date:`.
 */
const LOG_START = new RegExp(
  [
    String.raw`\d{4}-\d\d-\d\d[T ]\d\d:\d\d`,
    String.raw`\d{4}\/\d\d\/\d\d[ T]\d\d:\d\d`,
    String.raw`\d\d\/\w{3}\/\d{4}:\d\d:\d\d`,
    String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* {1,2}\d{1,2},? (?:\d{4} )?\d\d:\d\d:\d\d`,
    String.raw`\d\d:\d\d:\d\d(?:[.,]\d+)?\b`,
    String.raw`1\d{9}(?:\.\d+)?\s`,
    String.raw`(?:trace|debug|info|notice|warn(?:ing)?|error|err|fatal|crit(?:ical)?|alert|emerg|severe)\b\s?[:\]|-]?`,
    String.raw`\S{1,64} - \S{1,64} \[`,
  ].join('|'),
  'iy',
);
/** Anywhere on the line: structured log fields and daemon tags (`level=`, `"level":`, `sshd[42]:`). */
const LOG_MARK = /\blevel=|"(?:level|severity)"\s*:|\b[a-z][\w-]{1,30}\[\d{1,7}\]:/i;

/** True when the line holding `pos` is a log record (starts with a timestamp or level, or carries log fields). */
export function isLogLine(text: string, pos: number): boolean {
  const { start, known } = nearLineStart(text, pos, MAX_LOG_LINE);
  if (!known) return false;
  let s = start;
  while (s < pos && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9 || text.charCodeAt(s) === 91)) s++;
  LOG_START.lastIndex = s;
  if (LOG_START.test(text)) return true;
  const limit = Math.min(text.length, start + MAX_LOG_LINE);
  let end = pos;
  while (end < limit && text.charCodeAt(end) !== 10) end++;
  return LOG_MARK.test(text.slice(start, end));
}
