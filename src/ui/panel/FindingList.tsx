import { useEffect, useState } from 'preact/hooks';
import { MAX_ROWS, type PanelFinding } from './types';
import { explainFinding } from '../shared/explain';
import { plural, t, typeLabel } from './strings';
import { trusted } from './trusted';
import { markWork } from '../../guard/work-marks';
import { locationText } from './location-text';

export { MAX_ROWS } from './types';

/**
 * Rows of the panel's first render; the others (up to `MAX_ROWS`) follow once it is painted. The list
 * shows about four at a time, and making all 50 rows' elements in the panel's first task took 5–10 ms.
 */
export const FIRST_ROWS = 8;

interface Props {
  /** The rows to list (only the first `MAX_ROWS` are). */
  readonly findings: readonly PanelFinding[];
  /** How many findings there are in all (default: as many as `findings`). */
  readonly total?: number;
  /** Index-aligned: whether the row offers "Not sensitive". */
  readonly allowable: readonly boolean[];
  readonly allowed: ReadonlySet<number>;
  readonly onToggleAllowed: (index: number) => void;
}

/**
 * The findings: type label, masked preview and why it matched (in the catalogue's language). Only
 * `preview` is shown, never a value; the "Not sensitive" toggle reports the finding's index, and the
 * caller hashes the value it holds.
 */
export function FindingList({ findings, total = findings.length, allowable, allowed, onToggleAllowed }: Props) {
  const [limit, setLimit] = useState(FIRST_ROWS);
  const more = findings.length > FIRST_ROWS;
  useEffect(() => {
    if (!more) return;
    // Effects run after the first paint, in a task of their own: the guard's work in a trace.
    markWork('panel');
    setLimit(MAX_ROWS);
  }, [more]);
  const shown = findings.slice(0, limit);
  const hidden = Math.max(0, total - Math.min(findings.length, MAX_ROWS));
  return (
    <section class="pf-findings" aria-label={t('findings.label')}>
      <ul class="pf-list">
        {shown.map((finding, index) => {
          const label = typeLabel(finding.type);
          const isAllowed = allowed.has(index);
          const fileStarts = finding.file !== undefined && finding.file !== shown[index - 1]?.file;
          return (
            <li key={index} class={`pf-row pf-sev-${finding.severity}${isAllowed ? ' pf-row--allowed' : ''}`}>
              {fileStarts && (
                <p class="pf-file" translate={false}>
                  {finding.file}
                </p>
              )}
              <div class="pf-row-main">
                <span class="pf-type">{label}</span>
                <code class="pf-preview-chip" translate={false}>
                  {finding.preview}
                </code>
                <span class="pf-sev-badge">{t(`severity.${finding.severity}`)}</span>
                {finding.where && <span class="pf-where">{locationText(finding.where)}</span>}
              </div>
              <p class="pf-reason">{isAllowed ? t('finding.marked') : reasonOf(finding)}</p>
              {allowable[index] !== false && (
                <button
                  type="button"
                  class="pf-btn pf-btn--link"
                  aria-pressed={isAllowed}
                  aria-label={t('finding.notSensitive.label', { type: label, preview: finding.preview })}
                  onClick={trusted(() => onToggleAllowed(index))}
                >
                  {t('finding.notSensitive')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {hidden > 0 && <p class="pf-more">{plural('findings.more', hidden)}</p>}
    </section>
  );
}

/** Why it matched, and for a name or an address why it counts here (alone it would not be listed). */
function reasonOf(finding: PanelFinding): string {
  const why = explainFinding(finding.why, finding.reason);
  if (!finding.companion) return why;
  const note = finding.companion === 'table' ? t('reason.companion.table') : t('reason.companion.record');
  return why ? `${why}${t('reason.separator')}${note}` : note;
}
