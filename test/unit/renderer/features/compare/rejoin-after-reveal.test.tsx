// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComparePage } from './render-compare-page';
import { closeLiveComparisons, liveComparison, ours, partnerAcksAnotherPair } from '../../stores/live-comparison';
import { formatInvite } from '../../../../../shared/invite/invite-code';

/*
 * Review r29: our reveal went out, the partner did not reveal, and we left; later we join the
 * same room again with the same invite code (to see whether they revealed). The room's doc on
 * this laptop holds our reveal, and the rejoin commits exactly what it committed (same salt),
 * so nothing is published again: the meta Join made has no `revealedAt`, so this laptop forgot
 * that our answers are out. A partner then breaking the protocol read "This room is compromised:
 * … Nothing of yours was revealed." while they had our answers, and the wait for their reveal
 * was never noted as withheld. Real: every store, the comparison doc as saved, IndexedDB.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('joining again a room our answers were revealed in', () => {
  it('knows our answers are out there: a compromise found then says the partner has them', async () => {
    const { doc, db, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true });
    await useAssessStore.getState().seal();
    await vi.waitFor(() => expect(ours(doc, 'reveals')).toBeDefined());
    const first = useCompareStore.getState().meta!;
    expect(first.revealedAt).toBeDefined();
    // The room's doc, our reveal in it, is saved on this laptop.
    await vi.waitFor(async () => {
      const row = await db.docs.get(first.room);
      expect(row).toBeDefined();
      const Y = await import('yjs');
      const saved = new Y.Doc();
      Y.applyUpdate(saved, row!.update);
      expect(saved.getMap('reveals').get('ceo')).toBeDefined();
    });
    // As Join keeps it: the same participant id and salt for this room and round.
    await db.settings.put({ key: `compare.identity.${first.room}.${first.roundId}`, value: JSON.stringify({ participantId: first.participantId, salt: first.salt }) });

    await act(() => useCompareStore.getState().leave());
    const { SharedDocSession } = await import('../../../../../renderer/sync/session');
    const opened = vi.spyOn(SharedDocSession, 'open');
    const before = opened.mock.results.length;
    await act(() => useCompareStore.getState().join(formatInvite(first), first.roundId));
    expect(useCompareStore.getState().error).toBeUndefined();
    expect(useCompareStore.getState().meta?.room).toBe(first.room);
    const sessions = await Promise.all(opened.mock.results.slice(before).map((r) => r.value as ReturnType<typeof SharedDocSession.open>));
    const again = sessions.find((s) => s.doc.getMap('reveals').size > 0)!.doc;
    expect(again).not.toBe(doc);
    expect(again.getMap('reveals').get('ceo')).toBeDefined();

    act(() => partnerAcksAnotherPair(again));
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('compromised'));
    expect(useCompareStore.getState().protocol?.answersOut).toBe(true);
    const page = await renderComparePage();
    const alert = page.querySelector('[data-testid="room-compromised"]')?.textContent ?? '';
    expect(alert).toContain('Your answers had already been revealed here');
    expect(alert).not.toContain('Nothing of yours was revealed');
  });
});
