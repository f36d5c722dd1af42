/**
 * The user id in audit events, read from the browser profile only when the admin's policy asks for it
 * (`reporting.userId`: `email` or `id`; docs/admin.md, "User id in events").
 *
 * - Source: `chrome.identity.getProfileUserInfo({ accountStatus: 'ANY' })`, the Google account signed in
 *   to the browser profile. Without `ANY` Chrome answers only when Sync is on (the default is `SYNC`).
 *   The answer is `{ email: '', id: '' }` both when the profile is signed out and when the extension
 *   lacks `identity.email`, so the permission is checked first to tell the two apart.
 * - Permissions: `identity` (the API) and `identity.email` (warning "Know your email address") are
 *   optional in the manifest (wxt.config.ts), so a store install never shows that warning. Chrome grants
 *   optional permissions only through `permissions.request` in a user gesture; no enterprise policy can
 *   pre-grant them. `requestUserIdPermission` is for the options page's button.
 * - Firefox has no `getProfileUserInfo`: records say `userIdMissing: 'unsupported'`.
 * - Mode `none` (or absent) touches no API at all.
 */
import type { ReportingUserId } from '../policy/schema';
import type { UserIdMissing, UserIdType } from './event';

/** The optional permissions behind a user id: the API namespace, and the e-mail/account id in it. */
export const USER_ID_PERMISSIONS: UserIdPermission[] = ['identity', 'identity.email'];
export type UserIdPermission = 'identity' | 'identity.email';

/** What the records carry about the user: an id and its type, a reason there is none, or nothing. */
export type UserIdMeta =
  | { readonly userId: string; readonly userIdType: UserIdType }
  | { readonly userIdMissing: UserIdMissing }
  | Record<string, never>;

interface ListenerEvent {
  addListener(fn: () => void): void;
  removeListener(fn: () => void): void;
}

/** The parts of `browser` this module uses; all optional, since Firefox and the test fake lack some. */
export interface UserIdApi {
  readonly permissions?: {
    contains(p: { permissions: UserIdPermission[] }): Promise<boolean>;
    readonly onAdded?: ListenerEvent;
    readonly onRemoved?: ListenerEvent;
  };
  readonly identity?: {
    getProfileUserInfo?(details: { accountStatus: 'ANY' }): Promise<{ email: string; id: string }>;
    readonly onSignInChanged?: ListenerEvent;
  };
}

/** Reads the id the admin asked for; never throws, and reads nothing when `mode` is `none` or absent. */
export async function readUserId(api: UserIdApi, mode: ReportingUserId | undefined): Promise<UserIdMeta> {
  if (mode === undefined || mode === 'none') return {};
  if (!api.permissions) return { userIdMissing: 'unsupported' };
  try {
    if (!(await api.permissions.contains({ permissions: USER_ID_PERMISSIONS }))) return { userIdMissing: 'not-granted' };
  } catch {
    return { userIdMissing: 'unsupported' }; // a browser that does not know these permission names (Firefox)
  }
  try {
    // Read after the check: Chrome defines `chrome.identity` only while the permission is held.
    const identity = api.identity;
    if (!identity?.getProfileUserInfo) return { userIdMissing: 'unsupported' };
    const info = await identity.getProfileUserInfo({ accountStatus: 'ANY' });
    const value = mode === 'email' ? info.email : info.id;
    if (!value) return { userIdMissing: 'signed-out' };
    return { userId: value, userIdType: mode === 'email' ? 'email' : 'gaia-id' };
  } catch {
    return { userIdMissing: 'error' };
  }
}

/**
 * Calls `onChange` when the answer of `readUserId` may have changed: the permission was granted or
 * revoked, or the profile signed in or out. Listening reads nothing. Stops when `signal` aborts.
 */
export function watchUserId(api: UserIdApi, signal: AbortSignal, onChange: () => void): void {
  const events = [api.permissions?.onAdded, api.permissions?.onRemoved, api.identity?.onSignInChanged];
  const listener = () => onChange();
  for (const event of events) {
    try {
      event?.addListener(listener);
      signal.addEventListener('abort', () => event?.removeListener(listener), { once: true });
    } catch {
      // An event this browser (or the test fake) does not implement: nothing to watch there.
    }
  }
}

/**
 * Asks the user for the identity permissions (Chrome shows "Know your email address"). Must run inside
 * the click handler of an extension page, before any `await`: Chrome refuses the request without a
 * user gesture. Resolves to whether the permissions are now held.
 */
export async function requestUserIdPermission(api: { permissions: { request(p: { permissions: UserIdPermission[] }): Promise<boolean> } }): Promise<boolean> {
  try {
    return await api.permissions.request({ permissions: USER_ID_PERMISSIONS });
  } catch {
    return false; // not declared (Firefox build) or no user gesture
  }
}
