// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPresence } from '../../../../../renderer/sync/comparison-doc';
import { PEER_ORIGIN } from '../../../../../renderer/sync/peer-guard';
import { renderComparePage } from './render-compare-page';
import { closeLiveComparisons, liveComparison, ours, partner, partnerCommitment } from '../../stores/live-comparison';

/*
 * A plain y-webrtc page publishes its commitment with a seal time not in the form sealing writes
 * (no milliseconds). The projection drops it, so this laptop never acknowledges or reveals —
 * right — but the page only said it waits for the partner to seal, while their screen says they
 * sealed. It now names what was refused, and where.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('a partner commitment in another form', () => {
  it('is refused, nothing of ours leaves, and the page names it', async () => {
    const { doc, useAssessStore, useCompareStore } = await liveComparison();
    doc.transact(() => {
      setPresence(doc, { id: 'partner', name: partner.personName, role: 'cto', state: 'sealed', at: '2026-11-27T09:00:00.000Z' });
      doc.getMap('commitments').set('cto', { commitment: partnerCommitment, sealedAt: '2026-11-27T09:00:00Z', name: partner.personName });
    }, PEER_ORIGIN);
    await useAssessStore.getState().seal();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('waiting-partner'));
    expect(ours(doc, 'commitments')).toBeDefined();
    expect(ours(doc, 'reveals')).toBeUndefined();

    const page = await renderComparePage();
    const alert = page.querySelector('[data-testid="entry-refused"]')?.textContent ?? '';
    expect(alert).toContain('was refused and does not count: commitments.cto: malformed commitment, ignored.');
  });
});
