// @vitest-environment jsdom
// jsdom for localStorage; fake-indexeddb for the stores both "windows" share.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../renderer/data/settings-repository';
import { ROOM_OPEN_ELSEWHERE } from '../../../../renderer/sync/room-lock';
import { profileLocks } from '../sync/fake-locks';
import type { AccordDatabase } from '../../../../renderer/data/db';
import { closeLiveComparisons, liveComparison } from './live-comparison';

/*
 * Every page resumes the saved comparison, so a second tab of Accord used to run the same room
 * too: its own WebRTC peer and its own copy of the room's doc. A partner answering both could
 * commit one thing to the first, read the reveal it sent, and commit to the second something
 * chosen after it — which the second verified and kept as the partner's round. One window runs
 * a room (a Web Lock per room, shared by the browser profile's windows); the other says so.
 */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
  delete (navigator as { locks?: unknown }).locks;
});

/** A second window of the same browser profile: fresh modules, the same IndexedDB. */
async function secondWindow(db: AccordDatabase) {
  vi.resetModules();
  const { provideServices } = await import('../../../../renderer/stores/services');
  provideServices({ rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
  const { SharedDocSession } = await import('../../../../renderer/sync/session');
  const opened = vi.spyOn(SharedDocSession, 'open');
  const { useCompareStore } = await import('../../../../renderer/stores/compare-store');
  cleanups.push(() => useCompareStore.getState().leave());
  return { useCompareStore, opened };
}

describe('the live comparison in two windows of one browser', () => {
  it('the second window does not join the room while the first runs it; once the first leaves, it can', async () => {
    Object.defineProperty(navigator, 'locks', { value: profileLocks(), configurable: true });
    const first = await liveComparison();
    const room = first.useCompareStore.getState().meta!.room;

    const second = await secondWindow(first.db);
    // It waits for the room a moment (ROOM_WAIT_MS: a reloaded page's old document letting go), then says why.
    await second.useCompareStore.getState().resume();
    expect(second.opened).not.toHaveBeenCalled();
    expect(second.useCompareStore.getState().meta).toBeUndefined();
    expect(second.useCompareStore.getState().error).toBe(ROOM_OPEN_ELSEWHERE);

    // The first window leaves the comparison (its saved session stays for the test: put back).
    const saved = await first.db.settings.get('compare.session');
    await first.useCompareStore.getState().leave();
    await first.db.settings.put(saved!);
    await second.useCompareStore.getState().resume();
    expect(second.useCompareStore.getState().error).toBeUndefined();
    expect(second.useCompareStore.getState().meta?.room).toBe(room);
    // The comparison's room (the workspace's is another session).
    expect(second.opened.mock.calls.filter(([options]) => options.room === room)).toHaveLength(1);
  });

  it('a window whose start fails after it took the room (a module that did not load) lets the room go', async () => {
    Object.defineProperty(navigator, 'locks', { value: profileLocks(), configurable: true });
    const first = await liveComparison();
    const room = first.useCompareStore.getState().meta!.room;
    const saved = await first.db.settings.get('compare.session');
    await first.useCompareStore.getState().leave();
    await first.db.settings.put(saved!);

    // The second window takes the room, then a module its start needs fails to load.
    vi.doMock('../../../../renderer/sync/reporting-doc-store', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const broken = await secondWindow(first.db);
    await broken.useCompareStore.getState().resume();
    expect(broken.useCompareStore.getState().error).toBeDefined();
    vi.doUnmock('../../../../renderer/sync/reporting-doc-store');

    // A third window is not told the room is open elsewhere: nothing runs it.
    const third = await secondWindow(first.db);
    await third.useCompareStore.getState().resume();
    expect(third.useCompareStore.getState().error).toBeUndefined();
    expect(third.useCompareStore.getState().meta?.room).toBe(room);
  });
});
