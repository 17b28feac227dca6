// @vitest-environment jsdom
// jsdom: the Assess page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../render-in-dom';
import { sealRound } from '../../../../../shared/assessment/round';
import { closeLiveComparisons, liveComparison, mine } from '../../stores/live-comparison';

// The alert's check loads lazily: loaded here first, so a cold first load on a loaded machine (CI)
// is not raced by the tests' short settles.
await import('../../../../../renderer/features/assess/SealCheck');

/*
 * Review finding: a prepared seal found after Accord closed freezes the round behind the
 * "seal unsure" alert. Its "I did not seal: keep editing" button removes the alert it sits in:
 * a keyboard or screen-reader user must not be left with focus on nothing (the document body).
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('the seal-unsure alert', () => {
  it('"keep editing" leaves keyboard focus somewhere on the page, not on the body', async () => {
    await liveComparison({ partnerFirst: true, preparedRow: sealRound(mine, '2026-11-27T10:00:00.000Z') });
    const { useRoundsStore } = await import('../../../../../renderer/stores/rounds-store');
    await useRoundsStore.getState().load();
    const { AssessPage } = await import('../../../../../renderer/features/assess/AssessPage');
    const page = render(<AssessPage id={mine.id} step={0} />);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 30));
    });
    const button = page.querySelector<HTMLButtonElement>('[data-testid="seal-unsure"] button');
    expect(button?.textContent).toBe('I did not seal: keep editing');
    button!.focus();
    expect(document.activeElement).toBe(button);
    await act(async () => {
      button!.click();
      await new Promise((r) => setTimeout(r, 30));
    });
    expect(page.querySelector('[data-testid="seal-unsure"]')).toBeNull();
    // The statements are editable again; focus should be on the page (e.g. the step heading).
    expect(document.activeElement).not.toBe(document.body);
    expect(page.contains(document.activeElement)).toBe(true);
  });
});
