// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../renderer/data/settings-repository';
import { newInvite } from '../../../../shared/invite/invite-code';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * A resume while Leave is under way (compare-session-lifecycle's `leaving`): Leave has stopped
 * the comparison's session and the workspace's network, the stored session not cleared yet. A page resuming then (its effect, or another page's) must wait for Leave, or it
 * reads the session Leave is clearing and brings the comparison back up with nothing on screen
 * to leave it. Real: the compare store, its sessions (y-webrtc with no signaling), IndexedDB.
 */

const NOW = '2026-11-27T12:00:00.000Z';
const round = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', answers: [six(3), six(3), six(3), six(3)] });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a resume while Leave is under way', () => {
  it('waits for it: the comparison Leave is clearing does not come back up', async () => {
    vi.resetModules();
    const db = new AccordDatabase(`accord-cmp-resume-leave-${Math.random()}`);
    await db.open();
    const settings = new DexieSettingsRepository(db);
    const { provideServices } = await import('../../../../renderer/stores/services');
    provideServices({ rounds: new DexieRoundRepository(db), settings, docs: new DexieDocStore(db), db });
    const { SharedDocSession } = await import('../../../../renderer/sync/session');
    const opened = vi.spyOn(SharedDocSession, 'open');
    const { useCompareStore } = await import('../../../../renderer/stores/compare-store');

    await new DexieRoundRepository(db).put(round);
    const invite = newInvite('127.0.0.1', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
    const meta = { ...invite, signalingUrls: [], roundId: round.id, participantId: 'me', salt: 'ab'.repeat(32), isHost: false, createdAt: NOW };
    await db.settings.put({ key: 'compare.session', value: JSON.stringify(meta) });
    await useCompareStore.getState().resume();
    expect(useCompareStore.getState().meta?.roundId).toBe(round.id);
    expect(opened).toHaveBeenCalledTimes(2); // the comparison's session and the workspace's

    // Leave has stopped both sessions and is about to clear the stored one: a page resumes now.
    const set = settings.set.bind(settings);
    let resumedMidLeave: Promise<void> | undefined;
    settings.set = (key, value) => {
      if (key === 'compare.session' && value === '') resumedMidLeave = useCompareStore.getState().resume();
      return set(key, value);
    };
    await useCompareStore.getState().leave();
    expect(resumedMidLeave).toBeDefined();
    await resumedMidLeave;
    await new Promise((r) => setTimeout(r, 100));

    expect(useCompareStore.getState().error).toBeUndefined();
    expect(useCompareStore.getState().meta).toBeUndefined();
    expect((await db.settings.get('compare.session'))?.value).toBe('');
    // Nothing opened again after Leave.
    expect(opened).toHaveBeenCalledTimes(2);
  });
});
