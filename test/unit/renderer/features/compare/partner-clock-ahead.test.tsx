// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishCommitment, setPresence } from '../../../../../renderer/sync/comparison-doc';
import { PEER_ORIGIN } from '../../../../../renderer/sync/peer-guard';
import { renderComparePage } from './render-compare-page';
import { closeLiveComparisons, liveComparison, ours, partner, partnerCommitment } from '../../stores/live-comparison';

/*
 * A plain y-webrtc page announces its commitment with a seal time in 2099. Its reveal would
 * have to repeat that time, which this laptop refuses (later than its clock): ours would go out
 * and theirs could never be accepted — a withheld reveal that reads like a clock problem. Our
 * commitment goes (it shows nothing); our answers stay here, and the page says why.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

const AHEAD = '2099-01-01T00:00:00.000Z';

describe('the partner announces a seal dated ahead of this laptop’s clock', () => {
  it('we seal: our commitment goes out, no acknowledgement and no reveal, and the page says why', async () => {
    const { doc, useAssessStore, useCompareStore } = await liveComparison();
    doc.transact(() => {
      setPresence(doc, { id: 'partner', name: partner.personName, role: 'cto', state: 'sealed', at: AHEAD });
      publishCommitment(doc, 'cto', { commitment: partnerCommitment, sealedAt: AHEAD, name: partner.personName });
    }, PEER_ORIGIN);
    await useAssessStore.getState().seal();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('partner-clock-ahead'));
    expect(ours(doc, 'commitments')).toBeDefined();
    expect(ours(doc, 'acks')).toBeUndefined();
    expect(ours(doc, 'reveals')).toBeUndefined();
    expect(useCompareStore.getState().protocol?.answersOut).toBe(false);

    const page = await renderComparePage();
    const state = page.querySelector('[data-testid="reveal-state"]')?.textContent ?? '';
    expect(state).toContain(`${partner.personName}'s seal is dated ${new Date(AHEAD).toLocaleString()}, more than 10 minutes ahead of this laptop's clock`);
    expect(state).toContain('yours stay on this laptop until then. Check the time on both laptops.');
  });
});
