// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComparePage } from './render-compare-page';
import { closeLiveComparisons, liveComparison, ours, partnerSeals } from '../../stores/live-comparison';

/*
 * Review finding: the round's own write of the seal fails after the seal dialog's prepared seal
 * was held, and the partner has not sealed yet. The prepared copy lets the reveal leave as soon
 * as the partner seals, without a retry; the Compare page must not say "so your answers are not
 * revealed" (which reads as: they stay here until the seal is stored) meanwhile.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

async function renderPage() {
  const page = await renderComparePage();
  return () => page.querySelector('[data-testid="seal-unsaved"]')?.textContent ?? '';
}

describe('the seal is not stored with the round, the prepared copy is held, the partner has not sealed', () => {
  it('does not say the answers are not revealed when they will leave without a retry', async () => {
    const { doc, db, useAssessStore } = await liveComparison({ failSeal: true });
    useAssessStore.getState().prepareSeal();
    await vi.waitFor(async () => expect(await db.seals.get('q4-ceo')).toBeDefined());
    await useAssessStore.getState().seal();
    expect(useAssessStore.getState().sealError).toBe('the disk is full');
    const notice = await renderPage();
    const before = notice();
    expect(before).not.toBe('');
    // The partner seals; the user has not retried.
    await act(async () => {
      partnerSeals(doc);
      await new Promise((r) => setTimeout(r, 100));
    });
    expect(ours(doc, 'reveals')).toBeDefined();
    // What the page said before: it must not have told the user the answers stay here.
    expect(before).not.toContain('so your answers are not revealed');
    expect(notice()).toContain('your answers were revealed from the copy kept when you opened the seal dialog');
  });
});

describe('the same, after the comparison was restarted on this page (left and resumed)', () => {
  it('the notice still matches what the comparison does once the partner seals', async () => {
    const { db, useAssessStore, useCompareStore } = await liveComparison({ failSeal: true });
    useAssessStore.getState().prepareSeal();
    await vi.waitFor(async () => expect(await db.seals.get('q4-ceo')).toBeDefined());
    await useAssessStore.getState().seal();
    expect(useAssessStore.getState().sealError).toBe('the disk is full');
    // The session restarts in this page (Leave, then the same comparison resumed).
    const meta = useCompareStore.getState().meta!;
    const { SharedDocSession } = await import('../../../../../renderer/sync/session');
    const opened = vi.spyOn(SharedDocSession, 'open');
    const earlier = opened.mock.results.length;
    await useCompareStore.getState().leave();
    await db.settings.put({ key: 'compare.session', value: JSON.stringify(meta) });
    await useCompareStore.getState().resume();
    const sessions = await Promise.all(opened.mock.results.slice(earlier).map((r) => r.value as ReturnType<typeof SharedDocSession.open>));
    const doc = sessions.find((s) => s.doc.share.has('commitments') || s.doc.getMap('participants').size > 0)!.doc;
    const notice = await renderPage();
    const before = notice();
    await act(async () => {
      partnerSeals(doc);
      await new Promise((r) => setTimeout(r, 100));
    });
    const left = ours(doc, 'reveals') !== undefined;
    expect(before.includes('so your answers are not revealed')).toBe(!left);
  });
});
