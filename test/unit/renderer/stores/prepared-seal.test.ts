// @vitest-environment jsdom
// jsdom for a real localStorage (the seal's write-ahead note); fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sealRound, setAnswer } from '../../../../shared/assessment/round';
import type { Round } from '../../../../shared/assessment/types';
import { asJson, closeLiveComparisons, liveComparison, mine, ours, ourReveal } from './live-comparison';

/*
 * The seal dialog of a live comparison writes the seal it would make while the user reads it
 * (a prepared seal, in IndexedDB like the round). Once the user confirms, our answers may
 * leave as soon as the partner has acknowledged: the prepared seal is as durable as the
 * round's own write, which then runs off the critical path. Only what is held can be relied on.
 */

afterEach(async () => {
  vi.useRealTimers();
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

const body = <T>(row: { body: string } | undefined) => (row ? (JSON.parse(row.body) as T) : undefined);

describe('a seal prepared while the seal dialog is open', () => {
  it('is written before the click, so the reveal leaves while the round is still being written, and is exactly what the store then holds', async () => {
    const { doc, db, release, useAssessStore } = await liveComparison({ partnerFirst: true, holdSeal: true });
    useAssessStore.getState().prepareSeal();
    await vi.waitFor(async () => expect(await db.seals.get(mine.id)).toBeDefined());
    const prepared = body<Round>(await db.seals.get(mine.id))!;
    // A prepared seal is not a seal: the stored round is untouched.
    expect(body<Round>(await db.rounds.get(mine.id))!.sealedAt).toBeUndefined();

    const sealing = useAssessStore.getState().seal();
    await vi.waitFor(() => expect(ourReveal(doc)).toBeDefined());
    // The round's write is still held, yet what left is the held prepared seal.
    expect(body<Round>(await db.rounds.get(mine.id))!.sealedAt).toBeUndefined();
    expect(ourReveal(doc)!.payload).toEqual(asJson(payloadFromRound(prepared)));

    release();
    await sealing;
    const stored = body<Round>(await db.rounds.get(mine.id))!;
    expect(stored).toEqual(prepared);
    // Dropped once the round holds the seal.
    await vi.waitFor(async () => expect(await db.seals.get(mine.id)).toBeUndefined());
  });

  it('still being written at the click: the reveal waits until one of the two writes holds the seal', async () => {
    const { doc, db, release, releasePrepared, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, holdSeal: true, holdPrepared: true });
    useAssessStore.getState().prepareSeal();
    const sealing = useAssessStore.getState().seal();
    await vi.waitFor(() => expect(ours(doc, 'acks')).toBeDefined());
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('storing-seal'));
    expect(ourReveal(doc)).toBeUndefined();
    releasePrepared();
    await vi.waitFor(() => expect(ourReveal(doc)).toBeDefined());
    expect(body<Round>(await db.rounds.get(mine.id))!.sealedAt).toBeUndefined();
    release();
    await sealing;
  });

  it('is not used when the round changed after it was made; the reveal then waits for the round’s write', async () => {
    const { doc, db, release, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, holdSeal: true });
    useAssessStore.getState().prepareSeal();
    await vi.waitFor(async () => expect(await db.seals.get(mine.id)).toBeDefined());
    const prepared = body<Round>(await db.seals.get(mine.id))!;
    // An edit reaching the store behind the modal dialog (an undo shortcut, say).
    useAssessStore.getState().answer('db-1', { value: 1 });
    const sealing = useAssessStore.getState().seal();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('storing-seal'));
    expect(ourReveal(doc)).toBeUndefined();
    release();
    await sealing;
    await vi.waitFor(() => expect(ourReveal(doc)).toBeDefined());
    const stored = body<Round>(await db.rounds.get(mine.id))!;
    expect(stored.answers['db-1']).toEqual({ value: 1 });
    expect(prepared.answers['db-1']).not.toEqual({ value: 1 });
    expect(ourReveal(doc)!.payload).toEqual(asJson(payloadFromRound(stored)));
  });

  it('is not used a minute after the dialog opened (its seal time would be too far from the click)', async () => {
    const { doc, db, release, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, holdSeal: true });
    const { PREPARED_SEAL_MAX_AGE_MS } = await import('../../../../renderer/stores/assess-store');
    useAssessStore.getState().prepareSeal();
    await vi.waitFor(async () => expect(await db.seals.get(mine.id)).toBeDefined());
    const prepared = body<Round>(await db.seals.get(mine.id))!;
    const later = Date.parse(prepared.sealedAt!) + PREPARED_SEAL_MAX_AGE_MS + 1000;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(later);
    const sealing = useAssessStore.getState().seal();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('storing-seal'));
    expect(ourReveal(doc)).toBeUndefined();
    release();
    await sealing;
    expect(body<Round>(await db.rounds.get(mine.id))!.sealedAt).toBe(new Date(later).toISOString());
  });

  it('is dropped when the dialog closes without sealing, and is made only for the round of a live comparison', async () => {
    const { db, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true });
    useAssessStore.getState().prepareSeal();
    await vi.waitFor(async () => expect(await db.seals.get(mine.id)).toBeDefined());
    useAssessStore.getState().dropPreparedSeal();
    await vi.waitFor(async () => expect(await db.seals.get(mine.id)).toBeUndefined());

    await useCompareStore.getState().leave();
    useAssessStore.getState().prepareSeal();
    await useAssessStore.getState().flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.seals.count()).toBe(0);
  });
});

describe('a prepared seal found after Accord closed (no note that the user confirmed it)', () => {
  const preparedAt = '2026-11-27T10:00:00.000Z';
  const leftBehind = sealRound(mine, preparedAt);

  it('freezes the answers and publishes nothing of it until the user says; "keep editing" drops it', async () => {
    const { doc, db, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, preparedRow: leftBehind });
    const state = useAssessStore.getState();
    expect(state.sealUnsure).toBe(true);
    expect(state.sealing).toEqual(leftBehind);
    // Frozen: an edit changes nothing.
    state.answer('db-1', { value: 1 });
    expect(useAssessStore.getState().round!.answers['db-1']).toEqual(mine.answers['db-1']);
    // Nothing of it is published: we are still answering, no commitment.
    useCompareStore.getState().poke();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('answering'));
    expect(ours(doc, 'commitments')).toBeUndefined();

    await useAssessStore.getState().keepEditing();
    expect(await db.seals.get(mine.id)).toBeUndefined();
    expect(useAssessStore.getState().sealUnsure).toBe(false);
    useAssessStore.getState().answer('db-1', { value: 1 });
    expect(useAssessStore.getState().round!.answers['db-1']).toEqual({ value: 1 });
  });

  it('"seal again" stores exactly that seal and reveals it without waiting for the round’s write', async () => {
    const { doc, db, release, useAssessStore } = await liveComparison({ partnerFirst: true, holdSeal: true, preparedRow: leftBehind });
    const sealing = useAssessStore.getState().seal();
    await vi.waitFor(() => expect(ourReveal(doc)).toBeDefined());
    expect(ourReveal(doc)!.payload).toEqual(asJson(payloadFromRound(leftBehind)));
    release();
    await sealing;
    expect(body<Round>(await db.rounds.get(mine.id))).toEqual(leftBehind);
  });

  it('is dropped, and the round left editable, when it was not made from the round as stored', async () => {
    const edited = setAnswer(mine, 'db-1', { value: 1 }, '2026-11-27T09:30:00.000Z');
    const { db, useAssessStore } = await liveComparison({ partnerFirst: true, preparedRow: sealRound(edited, preparedAt) });
    expect(useAssessStore.getState().sealUnsure).toBe(false);
    expect(useAssessStore.getState().sealing).toBeUndefined();
    await vi.waitFor(async () => expect(await db.seals.get(mine.id)).toBeUndefined());
  });
});
