import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readUserId, requestUserIdPermission, USER_ID_PERMISSIONS, watchUserId, type UserIdApi } from './user-id';

/**
 * fakeBrowser has `permissions` (methods that throw "not implemented") and a Firefox-shaped
 * `identity` without `getProfileUserInfo`: the permission answer is spied on the fake, and Chrome's
 * one identity method is passed in beside it.
 */
const PROFILE = { email: 'jane@corp.example', id: '114233827316021587519' };
let getProfileUserInfo: ReturnType<typeof vi.fn<NonNullable<NonNullable<UserIdApi['identity']>['getProfileUserInfo']>>>;
let contains: ReturnType<typeof vi.spyOn>;
const api = (): UserIdApi => ({ permissions: fakeBrowser.permissions as never, identity: { getProfileUserInfo } });

beforeEach(() => {
  fakeBrowser.reset();
  getProfileUserInfo = vi.fn(async () => PROFILE);
  contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});
afterEach(() => vi.restoreAllMocks());

describe('readUserId', () => {
  it.each([undefined, 'none'] as const)('mode %s: touches neither the permission nor the identity API', async (mode) => {
    expect(await readUserId(api(), mode)).toEqual({});
    expect(contains).not.toHaveBeenCalled();
    expect(getProfileUserInfo).not.toHaveBeenCalled();
  });

  it('email: the profile account, asked with accountStatus ANY (the default SYNC answers only with Sync on)', async () => {
    expect(await readUserId(api(), 'email')).toEqual({ userId: 'jane@corp.example', userIdType: 'email' });
    expect(contains).toHaveBeenCalledWith({ permissions: USER_ID_PERMISSIONS });
    expect(getProfileUserInfo).toHaveBeenCalledWith({ accountStatus: 'ANY' });
  });

  it('id: the opaque account id', async () => {
    expect(await readUserId(api(), 'id')).toEqual({ userId: '114233827316021587519', userIdType: 'gaia-id' });
  });

  it('permission not granted: says so, and never calls the identity API', async () => {
    contains.mockResolvedValue(false);
    expect(await readUserId(api(), 'email')).toEqual({ userIdMissing: 'not-granted' });
    expect(getProfileUserInfo).not.toHaveBeenCalled();
  });

  it('granted but signed out (Chrome answers empty strings)', async () => {
    getProfileUserInfo.mockResolvedValue({ email: '', id: '' });
    expect(await readUserId(api(), 'id')).toEqual({ userIdMissing: 'signed-out' });
  });

  it.each<[string, () => UserIdApi]>([
    ['Firefox: no getProfileUserInfo', () => ({ permissions: fakeBrowser.permissions as never, identity: fakeBrowser.identity as never })],
    ['no permissions API', () => ({})],
    [
      'the browser rejects the permission names',
      () => {
        contains.mockRejectedValue(new Error('Value "identity.email" must either be …'));
        return api();
      },
    ],
  ])('%s → unsupported', async (_name, make) => {
    expect(await readUserId(make(), 'email')).toEqual({ userIdMissing: 'unsupported' });
  });

  it('a failing read → error, never a throw', async () => {
    getProfileUserInfo.mockRejectedValue(new Error('boom'));
    expect(await readUserId(api(), 'email')).toEqual({ userIdMissing: 'error' });
  });
});

describe('watchUserId', () => {
  it('fires on permission grant and removal until aborted; reads nothing itself', async () => {
    const added: (() => void)[] = [];
    const removed: (() => void)[] = [];
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((fn) => void added.push(fn as () => void));
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((fn) => void removed.push(fn as () => void));
    const removeAdded = vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
    const stop = new AbortController();
    const onChange = vi.fn();
    watchUserId(api(), stop.signal, onChange);
    added[0]!();
    removed[0]!();
    expect(onChange).toHaveBeenCalledTimes(2);
    stop.abort();
    expect(removeAdded).toHaveBeenCalledWith(added[0]);
    expect(contains).not.toHaveBeenCalled();
    expect(getProfileUserInfo).not.toHaveBeenCalled();
  });

  it('events the browser lacks (the fake throws "not implemented") are skipped', () => {
    expect(() => watchUserId(api(), new AbortController().signal, () => {})).not.toThrow();
  });
});

describe('requestUserIdPermission', () => {
  it('asks for exactly identity + identity.email', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await requestUserIdPermission(fakeBrowser as never)).toBe(true);
    expect(request).toHaveBeenCalledWith({ permissions: ['identity', 'identity.email'] });
  });

  it('a refused request (no user gesture, Firefox) → false', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('This function must be called during a user gesture'));
    expect(await requestUserIdPermission(fakeBrowser as never)).toBe(false);
  });
});
