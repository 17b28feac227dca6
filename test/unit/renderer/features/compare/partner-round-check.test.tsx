// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { publishCommitment, setPresence } from '../../../../../renderer/sync/comparison-doc';
import { PEER_ORIGIN } from '../../../../../renderer/sync/peer-guard';
import { createCommitmentNow } from '../../../../../shared/reveal/commitment';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import { localDayOf } from '../../../../../shared/workspace/dates';
import { sealedRound, six } from '../../../shared/history/fixtures';
import { renderComparePage } from './render-compare-page';
import { closeLiveComparisons, liveComparison, ours } from '../../stores/live-comparison';

/*
 * The partner compares last quarter's sealed round (picked in Join, or replayed on purpose). Its
 * reveal verifies — it is what they sealed — and it is kept as their answers for our round. A
 * sealed file says so before it opens (sealed-file-round-and-handover); the live comparison says
 * so on the Compare page, the same way.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const SALT = 'cd'.repeat(32);

/** The partner (CTO) seals `label` at `sealedAt`, and reveals it once our reveal is out. */
async function partnerCompares(doc: Y.Doc, label: string, sealedAt: string) {
  const theirs = payloadFromRound(sealedRound({ id: 'theirs', role: 'cto', label, sealedAt, answers: [six(2), six(2), six(4), six(1)] }));
  doc.transact(() => {
    setPresence(doc, { id: 'partner', name: theirs.personName, role: 'cto', state: 'sealed', at: sealedAt });
    publishCommitment(doc, 'cto', { commitment: createCommitmentNow(theirs, SALT, sha256), sealedAt, name: theirs.personName });
  }, PEER_ORIGIN);
  await vi.waitFor(() => expect(ours(doc, 'reveals')).toBeDefined());
  act(() => doc.transact(() => doc.getMap('reveals').set('cto', { payload: JSON.parse(JSON.stringify(theirs)), salt: SALT }), PEER_ORIGIN));
  return theirs;
}

describe('the partner’s round in a live comparison', () => {
  it('last quarter’s round, another label: the page says it may not be the round being compared', async () => {
    const { doc, useAssessStore, useCompareStore } = await liveComparison();
    await useAssessStore.getState().seal();
    const theirs = await partnerCompares(doc, '2026-Q1 quarterly reset', '2026-01-12T09:00:00.000Z');
    await vi.waitFor(() => expect(useCompareStore.getState().comparison).toBeDefined());
    const mine = useCompareStore.getState().protocol!.mine!;
    // Local calendar days, as the card counts them.
    const days = Math.round((Date.parse(localDayOf(mine.sealedAt)) - Date.parse(localDayOf('2026-01-12T09:00:00.000Z'))) / 86_400_000);

    const page = await renderComparePage();
    const warning = page.querySelector('[data-testid="partner-round-warning"]')?.textContent ?? '';
    expect(warning).toContain(`This may not be the round you are comparing: ${theirs.personName} compared “2026-Q1 quarterly reset”, sealed ${localDayOf('2026-01-12T09:00:00.000Z')}; yours is “2026-Q4”`);
    expect(warning).toContain(`sealed ${days} days before yours.`);
    expect(warning).toContain(`History and the repair plan keep it as ${theirs.personName}'s answers for your round`);
  });

  it('the same round, sealed a day before ours: no warning', async () => {
    const { doc, useAssessStore, useCompareStore } = await liveComparison();
    await useAssessStore.getState().seal();
    await partnerCompares(doc, '2026-Q4', new Date(Date.now() - 86_400_000).toISOString());
    await vi.waitFor(() => expect(useCompareStore.getState().comparison).toBeDefined());
    const page = await renderComparePage();
    expect(page.querySelector('[data-testid="comparison"]')).not.toBeNull();
    expect(page.querySelector('[data-testid="partner-round-warning"]')).toBeNull();
  });
});
