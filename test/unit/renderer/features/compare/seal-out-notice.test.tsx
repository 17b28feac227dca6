// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComparePage } from './render-compare-page';
import { sealRound } from '../../../../../shared/assessment/round';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import { createCommitmentNow } from '../../../../../shared/reveal/commitment';
import { publishCommitment } from '../../../../../renderer/sync/comparison-doc';
import { closeLiveComparisons, liveComparison, mine, ours, partnerSeals } from '../../stores/live-comparison';

/*
 * Review r27: Accord restarts on the Compare page after a crash just after Seal now (no note;
 * the prepared seal is held; our commitment is in the saved room). The comparison recognises
 * the commitment and will reveal from the prepared seal as soon as the partner seals, without
 * a retry. The round is not open on the assess page, so the assess store knows nothing of it:
 * the notice must still say what the comparison does.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const preparedAt = '2026-11-27T10:00:00.000Z';
const leftBehind = sealRound(mine, preparedAt);

describe('our commitment to the prepared seal recognised with the round not open on the assess page', () => {
  it('the not-stored notice does not say the answers are not revealed when they leave without a retry', async () => {
    const { doc, useAssessStore, useCompareStore } = await liveComparison({ preparedRow: leftBehind });
    // The app restarted on the Compare page: the round was never opened for editing.
    useAssessStore.setState(useAssessStore.getInitialState(), true);
    publishCommitment(doc, 'ceo', { commitment: createCommitmentNow(payloadFromRound(leftBehind), 'ab'.repeat(32), sha256), sealedAt: preparedAt, name: mine.personName });
    useCompareStore.getState().poke();
    await vi.waitFor(() => expect(localStorage.getItem(`accord.pending-seal.${mine.id}`)).not.toBeNull());
    const page = await renderComparePage();
    const notice = () => page.querySelector('[data-testid="seal-unsaved"]')?.textContent ?? '';
    const before = notice();
    expect(before).not.toBe('');
    await act(async () => {
      partnerSeals(doc);
      await new Promise((r) => setTimeout(r, 100));
    });
    const left = ours(doc, 'reveals') !== undefined;
    expect(left).toBe(true);
    expect(before).not.toContain('so your answers are not revealed');
    expect(notice()).toContain('your answers were revealed from the copy kept when you opened the seal dialog');
  });
});
