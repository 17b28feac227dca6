import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildPlanOffsite } from '../../../../../../shared/plan/offsite';
import { OffsiteSection } from '../../../../../../renderer/features/plan/sections/OffsiteSection';
import { SummarySheet } from '../../../../../../renderer/features/offsite/summary/SummarySheet';
import { buildOffsiteSummary } from '../../../../../../shared/offsite/summary';
import type { RepairPlan } from '../../../../../../shared/plan/types';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const NOTE = 'What either of you parked, one leader alone: open questions, not confirmed by both and not decided.';

/** Parking needs one leader: an item the CTO's laptop parked alone must not read as the pair's (review r17). */
const record = {
  captures: [],
  actions: [],
  parked: [{ id: 'park-1', text: 'Whether Alex stays CEO after Q1', blockId: 'general', blockTitle: 'General', author: 'cto' as const, authorName: 'Blake Moreau', createdAt: '2026-11-26T11:00:00.000Z' }],
};
const agreement = { shared: {}, local: {}, me: 'ceo' as const };

describe('the parking lot, wherever it is printed', () => {
  it('says it is what either leader parked alone, not confirmed and not decided: plan page and offsite summary (the Markdown: shared/plan/offsite.test.ts)', () => {
    const offsite = buildPlanOffsite(record, agreement);
    const plan = { offsite } as unknown as RepairPlan;
    expect(text(renderToStaticMarkup(<OffsiteSection plan={plan} />))).toContain(`Open items (parking lot) ${NOTE} Whether Alex stays CEO after Q1`);
    expect(text(renderToStaticMarkup(<SummarySheet summary={buildOffsiteSummary(record, agreement)} />))).toContain(`Parking lot (1) ${NOTE} Whether Alex stays CEO after Q1`);
  });

  it('an empty parking lot has no note, only "Nothing parked."', () => {
    const empty = { ...record, parked: [], captures: [] };
    expect(text(renderToStaticMarkup(<SummarySheet summary={buildOffsiteSummary(empty, agreement)} />))).not.toContain(NOTE);
  });
});
