// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComparePage } from './render-compare-page';
import { closeLiveComparisons, liveComparison, ours, partnerAcksAnotherPair, partnerSeals } from '../../stores/live-comparison';

/*
 * A dishonest partner gets our answers, then — instead of revealing its own — writes an
 * acknowledgement of another pair, so our laptop finds the room compromised. Found before our
 * reveal, "Nothing of yours was revealed" is true; found after, it is not: the screen must say
 * the partner has our answers, and the withheld reveal must be noted in History like any other.
 * (Review r19.)
 */

afterEach(async () => {
  vi.useRealTimers();
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

async function comparePage() {
  const page = await renderComparePage();
  return page;
}
const alertText = (page: HTMLElement) => page.querySelector('[data-testid="room-compromised"]')?.textContent ?? '';

describe('a room found compromised', () => {
  it('after our reveal left: the screen says the partner has our answers, and the withheld reveal is noted', async () => {
    const { doc, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true });
    await useAssessStore.getState().seal();
    await vi.waitFor(() => expect(ours(doc, 'reveals')).toBeDefined());
    act(() => partnerAcksAnotherPair(doc));
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('compromised'));
    expect(useCompareStore.getState().protocol?.answersOut).toBe(true);

    const page = await comparePage();
    expect(alertText(page)).toContain('Your answers had already been revealed here: Blake Moreau has them.');
    expect(alertText(page)).not.toContain('Nothing of yours was revealed');

    // The partner's answers never come. Once the wait is over, it is noted like any withheld reveal.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 9_000);
    act(() => partnerSeals(doc)); // any change from the partner makes the laptop look again
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.withholding).toBe(true));
    const { listWithheldReveals } = await import('../../../../../renderer/stores/withheld-reveals');
    await vi.waitFor(async () => expect(await listWithheldReveals()).toEqual([expect.objectContaining({ partnerName: 'Blake Moreau', partnerRole: 'cto' })]));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    const withholding = page.querySelector('[data-testid="partner-withholding"]')?.textContent ?? '';
    expect(withholding).toContain('Blake Moreau has your answers and has not revealed theirs. This is noted in your history');
    expect(withholding, 'there is no comparison in a compromised room').not.toContain('trust this comparison');
  });

  it('before our reveal left (our seal still being stored): nothing of ours was revealed, it says so, and nothing goes after', async () => {
    const { doc, release, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, holdSeal: true });
    const sealing = useAssessStore.getState().seal();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('storing-seal'));
    act(() => partnerAcksAnotherPair(doc));
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('compromised'));
    release();
    await sealing;
    const page = await comparePage();
    expect(alertText(page)).toContain('Nothing of yours was revealed.');
    expect(ours(doc, 'reveals')).toBeUndefined();
  });
});
