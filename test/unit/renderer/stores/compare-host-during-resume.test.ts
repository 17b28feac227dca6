// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../renderer/data/settings-repository';
import { newInvite } from '../../../../shared/invite/invite-code';
import { sealedRound, six } from '../../shared/history/fixtures';
import { NoServer } from './no-signaling-server';

/*
 * Review r29: Host (or Join) pressed while a resume is still getting the saved comparison up.
 * The Start panel shows, Host enabled, until the resume shows the saved comparison (a hosted
 * one first waits for the LAN listener). Both started a session at once: each stopped what was
 * up before it (nothing yet), and the one that came up first was overwritten, never stopped:
 * live in its room (and its workspace room) with nothing on screen to leave it, Leave stopping
 * only the other. Real: the compare store, its sessions (y-webrtc with no signaling), IndexedDB.
 */

const NOW = '2026-11-27T12:00:00.000Z';
const round = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', answers: [six(3), six(3), six(3), six(3)] });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Host pressed while the saved comparison is being resumed', () => {
  it.each([
    ['the resume starts its session first', false],
    ['Host starts its session first (the resume\'s LAN listener is slower)', true],
  ])('%s: one comparison is up at the end, the one the user hosted, and Leave leaves nothing open', async (_, hostFirst) => {
    vi.resetModules();
    vi.stubGlobal('WebSocket', NoServer);
    const db = new AccordDatabase(`accord-cmp-host-resume-${Math.random()}`);
    await db.open();
    const { provideServices } = await import('../../../../renderer/stores/services');
    provideServices({ rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
    const { platform } = await import('../../../../renderer/platform');
    // The LAN listener takes a moment to start (resume waits for it before the saved comparison shows).
    let listen = () => {};
    const listening = new Promise<void>((r) => (listen = r));
    let calls = 0;
    vi.spyOn(platform, 'startSignaling').mockImplementation(async () => {
      // hostFirst: only the resume's call (the first) waits.
      if (!hostFirst || calls++ === 0) await listening;
      return ['ws://127.0.0.1:4555/signal'];
    });
    vi.spyOn(platform, 'stopSignaling').mockResolvedValue();
    const { SharedDocSession } = await import('../../../../renderer/sync/session');
    const opened = vi.spyOn(SharedDocSession, 'open');
    const closed = vi.spyOn(SharedDocSession.prototype, 'close');
    const { useCompareStore } = await import('../../../../renderer/stores/compare-store');

    await new DexieRoundRepository(db).put(round);
    const saved = newInvite('127.0.0.1', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
    const meta = { ...saved, signalingUrls: [], roundId: round.id, participantId: 'me', salt: 'ab'.repeat(32), isHost: true, createdAt: NOW };
    await db.settings.put({ key: 'compare.session', value: JSON.stringify(meta) });

    // The Compare page resumes; nothing shown yet, so the Start panel's Host is enabled.
    const resumed = useCompareStore.getState().resume();
    await new Promise((r) => setTimeout(r, 20));
    expect(useCompareStore.getState().meta).toBeUndefined();
    expect(useCompareStore.getState().busy).toBe(false);
    const hosted = useCompareStore.getState().host(round.id);
    // hostFirst: the hosted comparison is up before the resume's listener answers.
    if (hostFirst) await hosted;
    listen();
    await Promise.all([resumed, hosted]);
    await new Promise((r) => setTimeout(r, 100));

    const shown = useCompareStore.getState().meta;
    expect(useCompareStore.getState().error).toBeUndefined();
    // The user's Host wins: a new room, shown and stored.
    expect(shown?.room).not.toBe(saved.room);
    expect(JSON.parse((await db.settings.get('compare.session'))!.value).room).toBe(shown?.room);

    await useCompareStore.getState().leave();
    await new Promise((r) => setTimeout(r, 100));
    expect(useCompareStore.getState().meta).toBeUndefined();
    // Every session opened (the comparison's and the workspace's, of each start) is closed.
    const sessions = await Promise.all(opened.mock.results.map((r) => r.value as ReturnType<typeof SharedDocSession.open>));
    const open = sessions.filter((s) => !closed.mock.contexts.includes(s));
    expect(open.map((s) => s.doc.guid)).toEqual([]);
  });
});
