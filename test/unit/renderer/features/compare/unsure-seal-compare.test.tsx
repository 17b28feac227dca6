// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderComparePage } from './render-compare-page';
import { sealRound } from '../../../../../shared/assessment/round';
import { closeLiveComparisons, liveComparison, mine } from '../../stores/live-comparison';

/*
 * Review r28: Accord closed with the seal dialog of this comparison open, or just after its Seal
 * now, and the comparison has not (yet) found our commitment. The round is frozen "unsure"; the
 * Assess page says the partner may already have the answers. The Compare page must not say the
 * opposite ("Your answers stay on this laptop until you seal them. Continue your round").
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

async function comparePageText(openOnAssessFirst: boolean) {
  const { useAssessStore } = await liveComparison({ partnerFirst: true, preparedRow: sealRound(mine, '2026-11-27T10:00:00.000Z') });
  expect(useAssessStore.getState().sealUnsure).toBe(true);
  // Straight to the Compare page after the restart: the assess store has not opened the round.
  if (!openOnAssessFirst) useAssessStore.setState({ round: undefined, sealing: undefined, sealUnsure: false, sealHeld: false, sealError: undefined });
  return renderComparePage(50);
}

describe('the Compare page while the round is unsure', () => {
  for (const openOnAssessFirst of [true, false]) {
    it(`does not say the answers stay on this laptop (${openOnAssessFirst ? 'round opened on the Assess page first' : 'straight to Compare'})`, async () => {
      const page = await comparePageText(openOnAssessFirst);
      const text = page.textContent ?? '';
      expect(text).not.toContain('Your answers stay on this laptop until you seal them');
      expect(page.querySelector('[data-testid="seal-unsure-compare"]')?.textContent).toContain('your partner may already have them');
    });
  }
});

describe('a compromised room while the round is unsure', () => {
  it('does not say "Nothing of yours was revealed": whether Seal now was pressed before Accord closed is not known', async () => {
    const page = await comparePageText(true);
    const { useCompareStore } = await import('../../../../../renderer/stores/compare-store');
    const protocol = useCompareStore.getState().protocol!;
    act(() => useCompareStore.setState({ protocol: { ...protocol, phase: 'compromised', compromised: "your partner's laptop tried to write under your role (CEO)", answersOut: false } }));
    const banner = page.querySelector('[data-testid="room-compromised"]')?.textContent ?? '';
    expect(banner).toContain('This room is compromised');
    expect(banner).not.toContain('Nothing of yours was revealed');
    expect(banner).toContain('If you pressed Seal now before Accord closed, your partner may have your answers');
  });
});
