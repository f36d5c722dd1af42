/** The sites domain: adapters as data, URL matching, admin-added sites and composer discovery. */
export { BUILT_IN_MATCHES, SITE_ADAPTERS } from './adapters';
export { type CustomSiteError, type CustomSitesResult, customSiteAdapters, hostToPattern } from './custom-sites';
export { OWN_UI_ATTRIBUTE, editingHostOf, isEditableElement, isOwnUi, isRendered, isUsable } from './editable';
export { type MatchPattern, adapterForUrl, isValidMatchPattern, matchesPattern, parseMatchPattern } from './match-pattern';
export {
  type ComposerFound,
  type ComposerResult,
  type NoComposer,
  type SendButtonResult,
  composerFromEvent,
  editorKindOf,
  findComposer,
  findSendButton,
} from './resolve';
export { selectorProblem } from './selector-syntax';
export type { AdapterHealth, CustomSiteConfig, EditorKind, SiteAdapter } from './types';
