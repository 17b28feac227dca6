// @vitest-environment jsdom
// jsdom for a real localStorage (the seal's write-ahead note); fake-indexeddb for the round store.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import type { Round } from '../../../../shared/assessment/types';
import { closeLiveComparisons, liveComparison, mine, ours } from './live-comparison';

/*
 * The second leader seals while the partner's commitment is already in the shared doc. Our
 * answers may leave only once this laptop cannot lose them: once IndexedDB holds the seal.
 * The seal's write-ahead note in localStorage survives a reload, but Chromium writes
 * localStorage to disk seconds later, so it is not enough (see comparison-controller).
 * Only the round store's write of the seal is held, so the test can look while it is in flight.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the second leader to seal: when our answers leave', () => {
  it('commitment and acknowledgement go at once; the reveal waits until the store holds the seal, even with its note in localStorage', async () => {
    const { doc, db, release, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, holdSeal: true });
    const sealing = useAssessStore.getState().seal();
    await vi.waitFor(() => expect(ours(doc, 'acks')).toBeDefined());
    expect(ours(doc, 'commitments')).toBeDefined();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('storing-seal'));
    // The note is there, but localStorage reaches the disk seconds later: not enough to let answers go.
    expect(localStorage.getItem(`accord.pending-seal.${mine.id}`)).not.toBeNull();
    expect(ours(doc, 'reveals')).toBeUndefined();
    expect(JSON.parse((await db.rounds.get(mine.id))!.body).sealedAt).toBeUndefined();
    release();
    await sealing;
    await vi.waitFor(() => expect(ours(doc, 'reveals')).toBeDefined());
    // What left is exactly the seal the store now holds.
    const stored = JSON.parse((await db.rounds.get(mine.id))!.body) as Round;
    expect(stored.sealedAt).toBeDefined();
    expect((ours(doc, 'reveals') as { payload: unknown }).payload).toEqual(JSON.parse(JSON.stringify(payloadFromRound(stored))));
    expect(localStorage.getItem(`accord.pending-seal.${mine.id}`)).toBeNull();
  });
});
