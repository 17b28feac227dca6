// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import PresentPage from '../../../../../renderer/features/present/PresentPage';
import { useFileExchangeStore } from '../../../../../renderer/stores/file-exchange-store';
import { MemoryRoundRepository } from '../../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../../renderer/data/doc-store';
import { provideServices } from '../../../../../renderer/stores/services';
import { pinKey } from '../../../../../shared/assessment/pins';
import { buildComparison } from '../../../../../shared/session/comparison';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import { ceoRef, ctoRef, makeRound } from '../../../shared/plan/fixtures';

// The projector at the offsite: the title and closing slides said "the three gaps to close
// first" / "Three gaps to close" whatever the comparison held (two gaps, one, none), and a gap
// pinned on the presenting laptop read "· pinned", as if both leaders had chosen it. The pins
// are this laptop's; the partner's arrive as a proposal (shared/assessment/pins.ts).

async function present(ceo = ceoRef, cto = ctoRef, pins?: string[]) {
  const settings = new MemorySettingsRepository();
  if (pins) await settings.set(pinKey(ceo, cto), JSON.stringify(pins));
  provideServices({ rounds: new MemoryRoundRepository(), settings, docs: new MemoryDocStore() });
  useFileExchangeStore.setState({ comparison: buildComparison(payloadFromRound(ceo), payloadFromRound(cto)) });
  const el = render(<PresentPage source="file" />);
  await act(async () => new Promise((r) => setTimeout(r, 20)));
  return el;
}
const slide = (el: HTMLElement) => el.querySelector('[data-testid="slide"]')!.textContent!;
const key = (k: string) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: k })));

describe('the presentation', () => {
  it('counts the gaps it presents: two gaps are not "three gaps to close"', async () => {
    const el = await present();
    expect(slide(el)).toContain('the two gaps to close first');
    key('End');
    expect(slide(el)).toContain('Two gaps to close');
    expect(slide(el)).not.toMatch(/three/i);
  });

  it('with no gap, promises none', async () => {
    const all4 = (role: 'ceo' | 'cto') => makeRound(role, { base: 4 });
    const el = await present(all4('ceo'), all4('cto'));
    expect(slide(el)).not.toMatch(/three|gaps to close/i);
    key('End');
    expect(slide(el)).toContain('No gaps to close');
  });

  it('says a gap was pinned on this laptop, not chosen by both', async () => {
    const el = await present(ceoRef, ctoRef, ['db-2']);
    key('End');
    expect(slide(el)).toContain('1 of them pinned on this laptop, not a choice confirmed by both; the other is there by its rank.');
    key('Home');
    for (let i = 0; i < 10 && !slide(el).includes('Gap 1 of'); i++) key('ArrowRight');
    const gapSlides = [slide(el)];
    key('ArrowRight');
    gapSlides.push(slide(el));
    const pinned = gapSlides.find((s) => s.includes('pinned'))!;
    expect(pinned).toContain('pinned on this laptop, not confirmed by both');
  });
});
