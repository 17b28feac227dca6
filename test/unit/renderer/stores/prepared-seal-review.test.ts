// @vitest-environment jsdom
// jsdom for a real localStorage (the seal's write-ahead note); fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sealRound } from '../../../../shared/assessment/round';
import type { Round } from '../../../../shared/assessment/types';
import type { AccordDatabase } from '../../../../renderer/data/db';
import { publishCommitment } from '../../../../renderer/sync/comparison-doc';
import { asJson, closeLiveComparisons, liveComparison, mine, ours, ourCommitmentTo, ourReveal } from './live-comparison';

/*
 * Review of "the seal dialog of a live comparison writes a prepared seal while the user reads
 * it". The rule: this laptop's answers (or its commitment) may leave only once this laptop
 * cannot lose exactly the seal they belong to; after a crash, what the laptop offers to store
 * again must be that seal and no other.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

const committed = (doc: Parameters<typeof ours>[0]) => ours(doc, 'commitments') as { commitment: string; sealedAt: string } | undefined;

/**
 * The app crashed (the seal's round write never committed; Chromium had not yet flushed the
 * localStorage note to disk) and starts again on the same IndexedDB: a fresh assess store opens
 * the round.
 */
async function restartAndOpen(db: AccordDatabase) {
  localStorage.clear();
  vi.resetModules();
  const { DexieRoundRepository } = await import('../../../../renderer/data/dexie-round-repository');
  const { DexieSettingsRepository } = await import('../../../../renderer/data/settings-repository');
  const { DexieDocStore } = await import('../../../../renderer/data/doc-store');
  const { provideServices } = await import('../../../../renderer/stores/services');
  provideServices({ rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
  const { useAssessStore } = await import('../../../../renderer/stores/assess-store');
  await useAssessStore.getState().open(mine.id);
  await new Promise((r) => setTimeout(r, 20));
  return useAssessStore;
}

describe('after a crash, what this laptop holds is exactly the seal that left', () => {
  it('a prepared seal that was not used (the round changed behind the modal: undo then redo) is not offered later as "that same seal"', async () => {
    const { doc, db, useAssessStore } = await liveComparison({ partnerFirst: true, holdSeal: true });
    useAssessStore.getState().answer('db-1', { value: 1 });
    await useAssessStore.getState().flush();
    // The dialog opens: P is prepared and held.
    useAssessStore.getState().prepareSeal();
    await vi.waitFor(async () => expect(await db.seals.get(mine.id)).toBeDefined());
    const prepared = JSON.parse((await db.seals.get(mine.id))!.body) as Round;
    // Ctrl+Z, Ctrl+Y behind the modal (useUndoShortcuts listens on window): same answers, new object.
    useAssessStore.getState().undo();
    useAssessStore.getState().redo();
    await useAssessStore.getState().flush();
    await new Promise((r) => setTimeout(r, 5));
    // Seal now: a fresh seal S (P is not from this round object). Its commitment leaves at once.
    void useAssessStore.getState().seal();
    await vi.waitFor(() => expect(committed(doc)).toBeDefined());
    const out = committed(doc)!;
    expect(out.sealedAt).not.toBe(prepared.sealedAt);

    const after = await restartAndOpen(db);
    const s = after.getState();
    // Whatever it offers to "seal again" must be the seal whose commitment is out, not the stale P.
    if (s.sealing) {
      expect(s.sealing.sealedAt).toBe(out.sealedAt);
      expect(ourCommitmentTo(s.sealing)).toBe(out.commitment);
    }
    expect(s.sealUnsure && s.sealing?.sealedAt === prepared.sealedAt).toBe(false);
  });

  it('a prepared seal made while the stored round lagged behind (an edit’s write had failed) is not silently dropped once its reveal left', async () => {
    const { doc, db, useAssessStore } = await liveComparison({ partnerFirst: true, holdSeal: true });
    const { services } = await import('../../../../renderer/stores/services');
    const repo = services().rounds;
    const put = repo.put.bind(repo);
    let failNext = true;
    repo.put = async (round) => {
      if (!round.sealedAt && failNext) {
        failNext = false;
        throw new Error('the write was aborted');
      }
      return put(round);
    };
    // The last edit before the review step is not stored (save indicator: error).
    useAssessStore.getState().answer('db-1', { value: 1 });
    await useAssessStore.getState().flush();
    expect(useAssessStore.getState().save).toBe('error');
    // The dialog opens (a prepared seal's write would succeed) and the user seals.
    useAssessStore.getState().prepareSeal();
    await new Promise((r) => setTimeout(r, 50));
    void useAssessStore.getState().seal();
    await new Promise((r) => setTimeout(r, 100));
    const out = ourReveal(doc);

    const after = await restartAndOpen(db);
    const s = after.getState();
    // If our answers left, this laptop must still hold exactly that seal (frozen, to be stored
    // again) and not let the round be edited and sealed under another commitment.
    if (out) {
      expect(s.sealing && asJson(payloadFromRound(s.sealing))).toEqual(out.payload);
      expect(await db.seals.get(mine.id)).toBeDefined();
    }
  });
});

describe('a prepared seal found after Accord closed just after Seal now (its commitment is out)', () => {
  const preparedAt = '2026-11-27T10:00:00.000Z';
  const leftBehind = sealRound(mine, preparedAt);

  // Review r26 finding 3: with the round unsealed and no note, the controller had no `mine`, so
  // our own commitment in the doc (as this laptop saved it) marked the room compromised — "a
  // commitment was published under your role (CEO) before you sealed" — for good. Only a Seal now
  // here publishes a commitment to exactly the prepared seal: it is ours, and the user did press it.
  it('is recognised by its commitment in the room: the round is no longer "unsure", the answers go from the held copy, and the retry stores exactly it', async () => {
    const { doc, db, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, preparedRow: leftBehind });
    expect(useAssessStore.getState().sealUnsure).toBe(true);
    // The comparison doc as this laptop saved it before the crash (150 ms after Seal now): our
    // commitment to exactly the prepared seal is in it.
    const commitment = ourCommitmentTo(leftBehind);
    publishCommitment(doc, 'ceo', { commitment, sealedAt: preparedAt, name: mine.personName });
    useCompareStore.getState().poke();
    await vi.waitFor(() => expect(ourReveal(doc)?.payload).toEqual(asJson(payloadFromRound(leftBehind))));
    expect(useCompareStore.getState().protocol?.compromised).toBeUndefined();
    expect(useAssessStore.getState()).toMatchObject({ sealUnsure: false, sealError: 'your seal was not stored on this laptop' });
    // A later open of the round knows it was confirmed (not "unsure" again).
    expect(JSON.parse(localStorage.getItem(`accord.pending-seal.${mine.id}`)!).sealedAt).toBe(preparedAt);
    await useAssessStore.getState().seal();
    expect(JSON.parse((await db.rounds.get(mine.id))!.body)).toEqual(leftBehind);
    expect(useCompareStore.getState().protocol?.compromised).toBeUndefined();
  });

  it('a commitment in the room to another seal is not taken for it: still unsure, nothing revealed', async () => {
    const { doc, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, preparedRow: leftBehind });
    const other = sealRound({ ...mine, answers: { ...mine.answers, 'db-1': { value: 1 } } }, preparedAt);
    publishCommitment(doc, 'ceo', { commitment: ourCommitmentTo(other), sealedAt: preparedAt, name: mine.personName });
    useCompareStore.getState().poke();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.compromised).toContain('before you sealed'));
    expect(useAssessStore.getState().sealUnsure).toBe(true);
    expect(ourReveal(doc)).toBeUndefined();
  });
});
