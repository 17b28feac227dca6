import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { ceoRef, ctoRef, offsiteActionsInput } from './fixtures';

/*
 * Review (board reader): after the pair's own offsite actions the Markdown gave the re-score date as
 * "30 working days after this plan's date". planDay counts calendar days: day 30 of a plan whose rounds
 * were sealed Thursday 15 January 2026 (day 1: Friday 16) is Saturday 14 February, moved back to Friday
 * 13 February. Thirty working days would be 27 February. The text now says what the date is, and from
 * which day it counts (the comparison's, not the plan's date: working-days.ts planStart).
 */
describe('the re-score date after the offsite actions', () => {
  it('is described as day 30 moved off a weekend, not as 30 working days', () => {
    const META = { blockId: 'b', blockTitle: 'Block', authorName: 'Dana', createdAt: '2026-01-15T10:00:00.000Z' };
    const own = { ...META, id: 'cap-ok', kind: 'action' as const, text: 'Publish the matrix', owner: 'CTO', due: '2026-01-20' };
    const friday = new Date(2026, 0, 16, 9);
    const sealed = '2026-01-15T10:00:00.000Z';
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: { ...ceoRef, sealedAt: sealed }, ctoRound: { ...ctoRef, sealedAt: sealed }, today: friday, ...offsiteActionsInput([own], ['cap-ok']) });
    expect(plan.actionsFromOffsite).toBe(true);
    const md = planToMarkdown(plan);
    expect(md).not.toContain('working days after');
    expect(md).toContain(
      "Re-score round: 2026-02-13 (day 30 counting the day after the rounds were sealed as day 1, moved back to the Friday before when it falls on a weekend, not a date you set).",
    );
  });
});
