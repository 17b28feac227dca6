import { describe, expect, it } from 'vitest';
import { holdRoom, type LockManagerLike } from '../../../../renderer/sync/room-lock';
import { profileLocks } from './fake-locks';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('holdRoom: one window per comparison room', () => {
  it('the first holds the room until it releases it; meanwhile another gets nothing; other rooms are free', async () => {
    const profile = profileLocks();
    const release = await holdRoom('r1', profile, 20);
    expect(release).toBeTypeOf('function');
    expect(await holdRoom('r1', profile, 20)).toBeUndefined();
    expect(await holdRoom('r2', profile, 20)).toBeTypeOf('function');
    release!();
    await settle();
    expect(profile.held.has('accord.compare.r1')).toBe(false);
    expect(await holdRoom('r1', profile, 20)).toBeTypeOf('function');
  });

  it('a window that lets go while another waits (a reloaded page’s old document): the waiting one gets the room', async () => {
    const profile = profileLocks();
    const old = await holdRoom('r1', profile, 20);
    const reloaded = holdRoom('r1', profile, 5_000);
    await settle();
    old!();
    expect(await reloaded).toBeTypeOf('function');
  });

  it('without Web Locks (no browser), every window may run it', async () => {
    expect(await holdRoom('r1', undefined)).toBeTypeOf('function');
  });

  it('a lock manager that fails otherwise: the start fails, it does not run unguarded', async () => {
    const broken: LockManagerLike = { request: () => Promise.reject(new Error('locks unavailable')) };
    await expect(holdRoom('r1', broken, 5_000)).rejects.toThrow('locks unavailable');
  });
});
