/**
 * Says why a finding matched in the user's language, from the engine's `Finding.why`: the detector's
 * translated description (`detector_<id>` in public/_locales) or the admin rule's coded message, then
 * the pattern name, the check and the context word. Used by the in-page panel, the popup's history
 * and "Try it". Whatever cannot be said from the catalogue falls back to the engine's English `reason`
 * (history rows written before `why` existed, no i18n API, a detector this version does not know);
 * a custom rule's frame has the panel's built-in English fallback instead.
 */
import type { FindingWhy } from '../../engine/types';
// Aliased: these are the panel's keys (`panel_reason_…`, checked by strings.test.ts), and i18n.test.ts
// reads every literal call of `t` under src/ui as a catalogue key of its own.
import { t as panelT, type StringKey } from '../panel/strings';
import { lookup } from '../i18n';

/** Catalogue key of a built-in detector's description: Chrome allows only `[A-Za-z0-9_]` in names. */
export function detectorMessageKey(id: string): string {
  return `detector_${id.replace(/-/g, '_')}`;
}

/** Custom detector id prefix (src/engine/custom) → the panel string that names that kind of rule. */
const CUSTOM_KINDS: readonly (readonly [string, StringKey])[] = [
  ['custom-term-', 'reason.custom.term'],
  ['custom-pattern-', 'reason.custom.pattern'],
  ['custom-exact-', 'reason.custom.exact'],
];

/** The opening of the sentence (what matched), or undefined when the catalogue cannot say it. */
function subject(why: FindingWhy): string | undefined {
  if (why.customLabel === undefined) return lookup(detectorMessageKey(why.detector));
  const kind = CUSTOM_KINDS.find(([prefix]) => why.detector.startsWith(prefix));
  // A custom rule's label is the admin's own text: shown as-is, inside the translated frame.
  return kind ? panelT(kind[1], { label: why.customLabel }) : undefined;
}

/**
 * The localized explanation of a finding: `why` in the catalogue's language, else `fallbackReason`
 * as it is (English), else ''.
 */
export function explainFinding(why: FindingWhy | undefined, fallbackReason: string | undefined): string {
  const opening = why && subject(why);
  if (!why || opening === undefined) return fallbackReason ?? '';
  const parts = [`${opening} ${panelT('reason.pattern', { pattern: why.pattern })}`];
  if (why.checked) parts.push(panelT('reason.checked'));
  if (why.near !== undefined) parts.push(panelT('reason.near', { word: why.near }));
  return parts.join(panelT('reason.separator'));
}
