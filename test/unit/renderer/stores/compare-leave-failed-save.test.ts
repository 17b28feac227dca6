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
 * Leave after the comparison doc's last save failed (a full disk). Real: the compare store, its
 * comparison and workspace sessions, IndexedDB (fake-indexeddb). Faked: the platform, whose
 * start/stopSignaling are Electron IPC (no Electron here); the fake records each stop.
 * Before the fix, the failed save made every Leave throw before stopping signaling: the LAN
 * listener stayed open and the stored session resumed as hosted on the next start.
 */

const NOW = '2026-11-27T12:00:00.000Z';
const round = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4 quarterly reset', answers: [six(3), six(3), six(3), six(3)] });

afterEach(() => {
  vi.doUnmock('../../../../renderer/platform');
  vi.restoreAllMocks();
});

async function hostedComparison() {
  vi.resetModules();
  const platform = { kind: 'electron' as const, saveFile: vi.fn(), startSignaling: vi.fn(async () => ['ws://10.0.0.7:4444/signal', 'ws://127.0.0.1:4444/signal']), stopSignaling: vi.fn(async () => undefined) };
  vi.doMock('../../../../renderer/platform', () => ({ platform }));

  const db = new AccordDatabase(`accord-cmp-leave-${Math.random()}`);
  await db.open();
  const docs = new DexieDocStore(db);
  const realSave = docs.save.bind(docs);
  let failFor: string | undefined;
  let failed = 0;
  docs.save = async (id, update, meta) => {
    if (id === failFor) {
      failFor = undefined;
      failed++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return realSave(id, update, meta);
  };
  const { provideServices } = await import('../../../../renderer/stores/services');
  provideServices({ rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs, db });
  const { SharedDocSession } = await import('../../../../renderer/sync/session');
  const opened = vi.spyOn(SharedDocSession, 'open');
  const { useCompareStore } = await import('../../../../renderer/stores/compare-store');
  const { getWorkspaceDoc } = await import('../../../../renderer/sync/workspace-owner');

  await new DexieRoundRepository(db).put(round);
  const invite = newInvite('10.0.0.7', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
  const meta = { ...invite, signalingUrls: [], roundId: round.id, participantId: 'me', salt: 'ab'.repeat(32), isHost: true, createdAt: NOW };
  await db.settings.put({ key: 'compare.session', value: JSON.stringify(meta) });
  await useCompareStore.getState().resume();
  expect(useCompareStore.getState().error).toBeUndefined();
  expect(platform.startSignaling).toHaveBeenCalledTimes(1);

  const sessions = await Promise.all(opened.mock.results.map((r) => r.value as ReturnType<typeof SharedDocSession.open>));
  const comparison = sessions.find((s) => s.doc !== getWorkspaceDoc())!;
  await vi.waitFor(async () => expect(await db.docs.get(invite.room)).toBeDefined());
  return {
    db,
    platform,
    useCompareStore,
    /** A change of this laptop's whose save fails. */
    async failedSave() {
      failFor = invite.room;
      comparison.doc.getMap('participants').set('note', 'not saved');
      await vi.waitFor(() => expect(failed).toBe(1));
    },
    /** A change of this laptop's whose save lands. */
    async savedChange() {
      const before = (await db.docs.get(invite.room))!.update.length;
      comparison.doc.getMap('participants').set('note', 'saved after all');
      await vi.waitFor(async () => expect((await db.docs.get(invite.room))!.update.length).not.toBe(before));
    },
  };
}

describe('a failed save of the comparison', () => {
  it('is said on the compare screen at once (not only at Leave), and the notice goes once a later save lands', async () => {
    const { useCompareStore, failedSave, savedChange } = await hostedComparison();
    expect(useCompareStore.getState().saveProblems).toEqual({});
    await failedSave();
    await vi.waitFor(() =>
      expect(useCompareStore.getState().saveProblems.comparison).toBe(
        'This comparison could not be saved on this laptop (the disk is full). It stays on screen while this window is open, but would not reopen after a restart; Accord saves it again with the next change.',
      ),
    );
    // The next change saves (the disk has room again): stored, and the notice is gone.
    await savedChange();
    await vi.waitFor(() => expect(useCompareStore.getState().saveProblems.comparison).toBeUndefined());
  });
});

describe('Leave after a failed save', () => {
  it('still stops LAN signaling, clears the stored session and the state, and says what was not saved (platform faked: no Electron here)', async () => {
    const { db, platform, useCompareStore, failedSave } = await hostedComparison();
    await failedSave();

    await useCompareStore.getState().leave();

    expect(platform.stopSignaling).toHaveBeenCalledTimes(1);
    const state = useCompareStore.getState();
    expect(state.meta).toBeUndefined();
    expect(state.inviteCode).toBeUndefined();
    expect((await db.settings.get('compare.session'))?.value).toBe('');
    expect(state.error).toBe('Left the comparison; the last changes could not be saved: the disk is full.');
    expect(state.busy).toBe(false);

    // Nothing is resumed (nor hosted) on the next start.
    await useCompareStore.getState().resume();
    expect(platform.startSignaling).toHaveBeenCalledTimes(1);
    expect(useCompareStore.getState().meta).toBeUndefined();
  });
});
