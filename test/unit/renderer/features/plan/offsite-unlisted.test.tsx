import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { OffsiteSection } from '../../../../../renderer/features/plan/sections/OffsiteSection';
import type { RepairPlan } from '../../../../../shared/plan/types';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/** The plan page (and its PDF) says how many proposed and parked items it does not list (shared/plan/offsite-flood.test.ts). */
describe('the plan page past the offsite cap', () => {
  it('counts the proposed and parked items it does not list', () => {
    const offsite = { agreed: [], proposed: [{ text: 'Flood 0', state: 'proposed (not yet agreed)' }], parked: [{ text: 'Parked 0', block: 'Close' }], removed: 0, unlisted: { proposed: 2950, parked: 12 } };
    const shown = text(renderToStaticMarkup(<OffsiteSection plan={{ offsite } as unknown as RepairPlan} />));
    expect(shown).toContain('and 2,950 more proposed at the offsite (not agreed by both), not listed here.');
    expect(shown).toContain('and 12 more parked at the offsite (open), not listed here.');
  });
});
