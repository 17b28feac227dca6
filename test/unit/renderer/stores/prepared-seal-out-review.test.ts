// @vitest-environment jsdom
// jsdom for a real localStorage (the seal's note); fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sealRound } from '../../../../shared/assessment/round';
import type { Round } from '../../../../shared/assessment/types';
import type { AccordDatabase } from '../../../../renderer/data/db';
import { publishCommitment } from '../../../../renderer/sync/comparison-doc';
import { asJson, closeLiveComparisons, liveComparison, mine, ourCommitmentTo, ourReveal } from './live-comparison';

/*
 * Review r27 of ComparisonController.preparedSealOut (a restart just after Seal now is
 * recognised by our commitment in the room). The rule: once our answers leave from the
 * prepared seal, this laptop must keep holding exactly that seal, frozen, to store it again;
 * the user's "I did not seal: keep editing" and the adoption must not both win.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

const preparedAt = '2026-11-27T10:00:00.000Z';
const leftBehind = sealRound(mine, preparedAt);

/** The comparison doc as this laptop saved it before the crash: our commitment to the prepared seal. */
function ourCommitmentIsOut(doc: Y.Doc) {
  const commitment = ourCommitmentTo(leftBehind);
  publishCommitment(doc, 'ceo', { commitment, sealedAt: preparedAt, name: mine.personName });
}

/** If our answers left, this laptop holds exactly that seal on disk and keeps the round frozen on it. */
async function holdsWhatLeft(doc: Y.Doc, db: AccordDatabase, state: { sealing?: Round; sealUnsure: boolean; round?: Round }) {
  const out = ourReveal(doc);
  if (!out) return;
  const onDisk = (await db.seals.get(mine.id)) ?? (await db.rounds.get(mine.id));
  const held = onDisk ? (JSON.parse(onDisk.body) as Round) : undefined;
  expect(held?.sealedAt).toBe(preparedAt);
  expect(asJson(payloadFromRound(held!))).toEqual(out.payload);
  // Frozen on it: the next Seal now stores exactly it, and no edit is possible meanwhile.
  expect(state.sealing?.sealedAt ?? state.round?.sealedAt).toBe(preparedAt);
  expect(state.sealUnsure).toBe(false);
}

describe('"I did not seal: keep editing" while the comparison recognises our commitment', () => {
  it('the drop still in flight when the controller reads the prepared seal: not both revealed and editable', async () => {
    const { doc, db, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, preparedRow: leftBehind });
    expect(useAssessStore.getState().sealUnsure).toBe(true);
    const { services } = await import('../../../../renderer/stores/services');
    const repo = services().rounds;
    const drop = repo.dropPreparedSeal.bind(repo);
    let releaseDrop = () => {};
    const dropHeld = new Promise<void>((r) => (releaseDrop = r));
    // The click's drop is queued in IndexedDB behind the controller's read (begun first).
    repo.dropPreparedSeal = async (id) => {
      await dropHeld;
      return drop(id);
    };
    const keeping = useAssessStore.getState().keepEditing();
    ourCommitmentIsOut(doc);
    useCompareStore.getState().poke();
    await new Promise((r) => setTimeout(r, 50));
    releaseDrop();
    await keeping.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));
    await holdsWhatLeft(doc, db, useAssessStore.getState());
    // The user's word came first: nothing of the dropped seal left.
    expect(ourReveal(doc)).toBeUndefined();
  });

  it('the controller’s read of the prepared seal began before the click and returns after the drop: not both revealed and editable', async () => {
    const { doc, db, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, preparedRow: leftBehind });
    const { services } = await import('../../../../renderer/stores/services');
    const repo = services().rounds;
    const read = repo.preparedSeal.bind(repo);
    let releaseRead = () => {};
    const readHeld = new Promise<void>((r) => (releaseRead = r));
    let reading: Promise<void> | undefined;
    repo.preparedSeal = async (id) => {
      // Read now (before the drop), delivered later.
      const row = await read(id);
      reading ??= Promise.resolve();
      await readHeld;
      return row;
    };
    ourCommitmentIsOut(doc);
    useCompareStore.getState().poke();
    await vi.waitFor(() => expect(reading).toBeDefined());
    await useAssessStore.getState().keepEditing();
    expect(await db.seals.get(mine.id)).toBeUndefined();
    releaseRead();
    await new Promise((r) => setTimeout(r, 50));
    await holdsWhatLeft(doc, db, useAssessStore.getState());
    expect(ourReveal(doc)).toBeUndefined();
  });
});

describe('the comparison recognises our commitment while the round is being opened', () => {
  it('open() must not end "unsure" (offering keep editing) once the answers left from that seal', async () => {
    const { doc, db, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, preparedRow: leftBehind });
    // A fresh page: the round is not open here yet (the app restarted on the Compare page).
    useAssessStore.setState(useAssessStore.getInitialState(), true);
    const { services } = await import('../../../../renderer/stores/services');
    const repo = services().rounds;
    const read = repo.preparedSeal.bind(repo);
    let releaseOpen = () => {};
    const openHeld = new Promise<void>((r) => (releaseOpen = r));
    let openReading = false;
    repo.preparedSeal = async (id) => {
      const row = await read(id);
      // Only open()'s read waits (the controller's comes after this flag is set).
      if (!openReading) {
        openReading = true;
        await openHeld;
      }
      return row;
    };
    // The user follows "Continue your round" while the comparison starts.
    const opening = useAssessStore.getState().open(mine.id);
    await vi.waitFor(() => expect(openReading).toBe(true));
    ourCommitmentIsOut(doc);
    useCompareStore.getState().poke();
    await vi.waitFor(() => expect(ourReveal(doc)).toBeDefined());
    releaseOpen();
    await opening;
    await holdsWhatLeft(doc, db, useAssessStore.getState());
    // And "I did not seal" then must not unfreeze it.
    await useAssessStore.getState().keepEditing().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 20));
    await holdsWhatLeft(doc, db, useAssessStore.getState());
  });
});

describe('the comparison recognised our commitment before the round was opened here', () => {
  it('opening the round (to seal again) keeps the prepared copy as held: the reveal still leaves without a retry', async () => {
    const { doc, db, useAssessStore, useCompareStore } = await liveComparison({ preparedRow: leftBehind });
    useAssessStore.setState(useAssessStore.getInitialState(), true);
    ourCommitmentIsOut(doc);
    useCompareStore.getState().poke();
    await vi.waitFor(() => expect(localStorage.getItem(`accord.pending-seal.${mine.id}`)).not.toBeNull());
    // The Compare page's "Review and seal again": the round opens, frozen on the noted seal.
    await useAssessStore.getState().open(mine.id);
    expect(useAssessStore.getState().sealing?.sealedAt).toBe(preparedAt);
    // The partner seals before the user presses Seal now again.
    const { partnerSeals } = await import('./live-comparison');
    partnerSeals(doc);
    await vi.waitFor(() => expect(ourReveal(doc)?.payload).toEqual(asJson(payloadFromRound(leftBehind))));
    await holdsWhatLeft(doc, db, useAssessStore.getState());
  });
});
