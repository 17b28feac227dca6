// @vitest-environment jsdom
// jsdom for a real localStorage (the seal's write-ahead note); fake-indexeddb for every store.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { comparisonRules, COMPARISON_ROOTS } from '../../../../renderer/sync/comparison-doc';
import { checkPeerUpdate } from '../../../../renderer/sync/peer-guard';
import { COMPARISON_LIMITS } from '../../../../renderer/sync/session';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import type { Round } from '../../../../shared/assessment/types';
import { asJson, closeLiveComparisons, liveComparison, mine, NOW, ourCommitmentTo, ourReveal, partner, partnerCommitment, partnerSealsAndReveals } from './live-comparison';

/*
 * We sealed first; the partner seals and its commitment, acknowledgement and reveal arrive in one
 * message. Our answers used to leave in the very task that received it, while the comparison doc
 * holding the partner's commitment was still to be saved: Accord closed (or the power went) then
 * and this laptop came back with nothing of the partner's — the partner had our answers and could
 * publish a new commitment, made after seeing them, which this laptop would take as the first.
 * Now our answers leave only once the partner's commitment is on this laptop's disk.
 *
 * The crash: the database closes the moment our reveal is in the doc (what leaves for the partner),
 * so nothing written after that reaches the disk; a fresh app then resumes from the same database.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

/** Whatever the partner's laptop sends next is checked by the peer guard against this doc. */
const guardOf = (doc: Y.Doc) => ({ ...COMPARISON_LIMITS, roots: COMPARISON_ROOTS, entries: comparisonRules(doc, 'ceo') });

describe('a crash just after our reveal', () => {
  it("keeps the partner's commitment and reveal: the resumed comparison opens with them, and a new commitment from the partner is refused", async () => {
    const first = await liveComparison();
    await first.useAssessStore.getState().seal();
    await vi.waitFor(() => expect(first.useCompareStore.getState().protocol?.phase).toBe('waiting-partner'));
    const sealed = JSON.parse((await first.db.rounds.get(mine.id))!.body) as Round;
    const ours = ourCommitmentTo(sealed);

    let crashed = false;
    first.doc.on('update', () => {
      if (crashed || !ourReveal(first.doc)) return;
      crashed = true;
      first.db.close();
    });
    partnerSealsAndReveals(first.doc, ours);
    await vi.waitFor(() => expect(crashed).toBe(true));
    // Our answers did leave before the crash.
    expect(asJson(ourReveal(first.doc)!.payload)).toEqual(asJson(payloadFromRound(sealed)));
    // The old window is gone (its session closed; nothing more of it reaches the disk).
    await first.useCompareStore.getState().leave();

    const again = await liveComparison({ restartOf: first.dbName });
    // What the partner committed to is still known here: from the disk, not from the partner.
    expect((again.doc.getMap('commitments').get('cto') as { commitment: string } | undefined)?.commitment).toBe(partnerCommitment);
    // The partner is not back, and the comparison opens with the answers checked against that commitment.
    await vi.waitFor(() => expect(again.useCompareStore.getState().protocol?.phase).toBe('complete'));
    expect(asJson(again.useCompareStore.getState().protocol?.partner?.payload)).toEqual(asJson(payloadFromRound(partner)));
    expect(again.useCompareStore.getState().protocol?.partner?.commitment).toBe(partnerCommitment);

    // A partner holding our answers now publishes another commitment: the guard refuses it.
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(again.doc));
    const before = Y.encodeStateVector(again.doc);
    theirs.getMap('commitments').set('cto', { commitment: 'ef'.repeat(32), sealedAt: NOW, name: partner.personName });
    const check = checkPeerUpdate(again.doc, Y.encodeStateAsUpdate(theirs, before), guardOf(again.doc));
    expect(check).toMatchObject({ ok: false, reason: expect.stringContaining('change a published commitment') });
  });
});
