import { nearLineStart } from './keyed';

/** Longest log line whose start is looked for. */
const MAX_LOG_LINE = 2048;

/**
 * How log lines start (after blanks and `[`): an ISO or slashed timestamp, an access-log date, a
 * syslog date, a bare clock, an epoch, or a level word.
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
  ].join('|'),
  'iy',
);
/** An access log: host, ident and user, then the bracketed date (`10.0.0.5 - - [10/Oct/2000:…`). */
const ACCESS_LOG = /[^\s]{1,64} [^\s]{1,64} [^\s]{1,64} \[\d/y;
/** Anywhere on the line: structured log fields and daemon tags (`level=`, `"level":`, `sshd[42]:`). */
const LOG_MARK = /\blevel=|"(?:level|severity)"\s*:|\b[a-z][\w-]{1,30}\[\d{1,7}\]:/i;

/**
 * True when the line holding `pos` is a log record: it starts with a timestamp, a level word or an
 * access-log prefix, or it carries log fields. Cheap tests first: this runs for every private IP address.
 */
export function isLogLine(text: string, pos: number): boolean {
  const { start, known } = nearLineStart(text, pos, MAX_LOG_LINE);
  if (!known) return false;
  let s = start;
  while (s < pos && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9 || text.charCodeAt(s) === 91)) s++;
  LOG_START.lastIndex = s;
  if (LOG_START.test(text)) return true;
  const limit = Math.min(text.length, start + MAX_LOG_LINE);
  const nl = text.slice(pos, limit).indexOf('\n');
  const line = text.slice(start, nl < 0 ? limit : pos + nl);
  const dash = line.indexOf(' - ');
  if (dash > 0 && dash < 66 && line.indexOf('[', dash) > 0) {
    ACCESS_LOG.lastIndex = s - start;
    if (ACCESS_LOG.test(line)) return true;
  }
  return (line.indexOf('evel') >= 0 || line.indexOf('EVEL') >= 0 || line.indexOf('everity') >= 0 || line.indexOf(']:') >= 0) && LOG_MARK.test(line);
}
