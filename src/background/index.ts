/** The background side of the guard: message routing, badge, per-tab status, decisions, re-injection, admin-added sites. */
export { BADGE_COLOR, badgeText, showFindingsCount } from './badge';
export { CUSTOM_SITES_SCRIPT_ID, type CustomSiteSyncResult, registeredCustomSiteMatches, syncCustomSiteScripts } from './custom-sites';
export {
  type CustomSitesSource,
  keepCustomSitesSynced,
  lastCustomSiteSync,
  policyCustomSitesSource,
  watchHostPermissions,
} from './custom-sites-source';
export { parseGuardDecision } from './decision-validate';
export { type DecisionHook, MAX_DECISIONS, onGuardDecision, recentDecisions } from './decisions';
export { handleContentMessage, listenForContentMessages } from './messages';
export { GUARD_SCRIPT_FILE, reinjectGuard, reinjectOnInstall } from './reinject';
export { watchTabLifecycle } from './tab-lifecycle';
export { type TabStatus, getTabStatus } from './tab-status';
