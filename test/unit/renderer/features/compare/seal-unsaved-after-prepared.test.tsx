// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComparePage } from './render-compare-page';
import { closeLiveComparisons, liveComparison, ours } from '../../stores/live-comparison';

/*
 * The round's own write of the seal fails (the disk filled up). If the seal dialog's prepared
 * seal was held before the click, our answers left, as they may: the Compare page must not
 * say they were not revealed. If it was not held, they did not leave, and it says so.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

async function unsavedNotice() {
  const page = await renderComparePage();
  return page.querySelector('[data-testid="seal-unsaved"]')?.textContent ?? '';
}

describe('the seal is not stored with the round (disk full)', () => {
  it('after a prepared seal was held: the answers went, and the notice says so', async () => {
    const { doc, db, useAssessStore } = await liveComparison({ partnerFirst: true, failSeal: true });
    useAssessStore.getState().prepareSeal();
    await vi.waitFor(async () => expect(await db.seals.get('q4-ceo')).toBeDefined());
    await useAssessStore.getState().seal();
    expect(useAssessStore.getState().sealError).toBe('the disk is full');
    await vi.waitFor(() => expect(ours(doc, 'reveals')).toBeDefined());
    const notice = await unsavedNotice();
    expect(notice).toContain('your answers were revealed from the copy kept when you opened the seal dialog');
    expect(notice).not.toContain('not revealed');
    // The copy stays until the round holds the seal.
    expect(await db.seals.get('q4-ceo')).toBeDefined();
  });

  it('without one: the answers did not go, and the notice says so', async () => {
    const { doc, useAssessStore } = await liveComparison({ partnerFirst: true, failSeal: true });
    await useAssessStore.getState().seal();
    expect(useAssessStore.getState().sealError).toBe('the disk is full');
    await vi.waitFor(() => expect(ours(doc, 'acks')).toBeDefined());
    const notice = await unsavedNotice();
    expect(notice).toContain('Your seal could not be stored on this laptop, so your answers are not revealed.');
    expect(ours(doc, 'reveals')).toBeUndefined();
  });
});
