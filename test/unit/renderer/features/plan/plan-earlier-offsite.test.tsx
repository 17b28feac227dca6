/*
 * Review (board reader): the printed plan's offsite section dropped agreements from an earlier
 * offsite with no word, and would have called one not dated here "earlier". It says both.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { OffsiteSection } from '../../../../../renderer/features/plan/sections/OffsiteSection';
import type { RepairPlan } from '../../../../../shared/plan/types';
import { earlierOffsiteText, undatedAgreedText } from '../../../../../shared/plan/offsite-text';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('the printed offsite section', () => {
  it('prints the earlier-offsite line and the not-dated line', () => {
    const earlier = earlierOffsiteText({ agreed: 2, proposed: 0, parked: 1 });
    const undated = undatedAgreedText(1);
    const plan = { offsite: { agreed: [], proposed: [], parked: [], removed: 0, earlier, undated } } as unknown as RepairPlan;
    const section = text(renderToStaticMarkup(<OffsiteSection plan={plan} />));
    expect(section).toContain('Not listed here: 2 agreed and 1 parked at an earlier offsite (still in the workspace).');
    expect(section).toContain('Not listed here: 1 agreed by both but not dated on this laptop');
  });
});
