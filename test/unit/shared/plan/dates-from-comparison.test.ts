/*
 * Review (board reader): every date of the 30 days counted from the day the plan was shown or exported.
 * A plan of rounds sealed 2026-01-12, exported 2026-05-04 after the pair had already re-scored on
 * 2026-02-13, listed every step from 05-05, nothing overdue, and "Re-score round: 2026-06-02" (the
 * .ics moved the event there too); a plan re-exported weekly pushed the re-score back a week each time.
 * The 30 days now count from the comparison (day 1: the day after the later seal day); the plan's own
 * day only says what is overdue; a later comparison is the re-score, taken place, not scheduled again.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan, type BuildPlanInput } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreeKeys, ceoRef, ctoRef, offsiteActionsInput } from './fixtures';

// ceoRef and ctoRef are sealed Monday 2026-01-12: day 1 is Tuesday 13 January.
const MAY_4 = new Date(2026, 4, 4, 9, 0);
const build = (today: Date, more: Partial<BuildPlanInput> = {}) => buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, ...more });
const dues = (today: Date) => build(today).actions.map((a) => [a.id, a.due]);

describe('the 30 days count from the comparison, not from the day the plan is exported', () => {
  it('lists the same dates exported the day after the seal, months later, and each week after', () => {
    const onTheDay = dues(new Date(2026, 0, 13, 9));
    expect(onTheDay[0]).toEqual(['action-review-gaps', '2026-01-14']);
    expect(onTheDay.at(-1)).toEqual(['action-rescore', '2026-02-11']);
    expect(dues(MAY_4)).toEqual(onTheDay);
    expect(dues(new Date(2026, 4, 11, 9))).toEqual(onTheDay);
    const plan = build(MAY_4);
    expect(plan.startDate).toBe('2026-01-13');
    expect(plan.rescoreDate).toBe('2026-02-11');
    // The plan's own date is still the day it is exported.
    expect(plan.cover.date).toBe('2026-05-04');
  });

  it('says plainly which steps are past their date, in the plan and in the Markdown', () => {
    const plan = build(MAY_4);
    expect(plan.actions.every((a) => a.overdue)).toBe(true);
    const review = plan.actions.find((a) => a.id === 'action-review-gaps')!;
    // Nothing in the workspace can record a walk-through: the text does not claim it was not done.
    expect(review.detail).toMatch(/^Overdue: due 2026-01-14, before this plan's date \(2026-05-04\), and nothing here records whether it was done\. Compare both/);
    expect(plan.actions.find((a) => a.id === 'action-matrix')!.detail).toMatch(/^Overdue: due 2026-01-19, before this plan's date \(2026-05-04\), and not ticked\. Cover product bets/);
    const md = planToMarkdown(plan);
    expect(md).toContain('- [ ] **Walk through the top gaps together** (CEO + CTO, due 2026-01-14, overdue): Overdue: due 2026-01-14');
    expect(md).toContain('- [ ] **Re-score: run the diagnostic again** (CEO + CTO, due 2026-02-11, overdue)');
    expect(md).toContain('Re-score round: 2026-02-11, overdue: no later comparison of your rounds by 2026-05-04.');
  });

  it('never marks a ticked step overdue, and leaves the agreed cadence as the pair wrote it', () => {
    const ws = defaultWorkspace(new Date(2026, 0, 15));
    const plan = build(MAY_4, { workspace: { workspace: ws, agreement: agreeKeys(ws, ['cadence']) } });
    const cadence = plan.actions.find((a) => a.id === 'action-cadence')!;
    expect([cadence.due, cadence.done, cadence.overdue]).toEqual(['2026-01-15', true, undefined]);
    expect(cadence.detail).not.toMatch(/overdue/i);
    // Its neighbours, not agreed, are.
    expect(plan.actions.find((a) => a.id === 'action-matrix')!.overdue).toBe(true);
    expect(plan.appendices.cadence.items.map((m) => m.firstDate)).toEqual(ws.cadence.map((m) => m.firstDate));
    expect(plan.appendices.cadence.state).toMatch(/^agreed by both/);
  });

  it('is not overdue on the day of a step, nor before', () => {
    // Thursday 15 January is day 3, the cadence's day: day 2 (Wed 14) is past, day 3 is not.
    const plan = build(new Date(2026, 0, 15, 23, 30));
    expect(plan.actions.filter((a) => a.overdue).map((a) => a.id)).toEqual(['action-review-gaps']);
  });
});

describe('a later comparison of the pair is the re-score, taken place', () => {
  it('says the re-score took place on that day, and schedules none', () => {
    const plan = build(MAY_4, { nextComparisonDay: '2026-02-13' });
    expect(plan.actions.map((a) => a.id)).not.toContain('action-rescore');
    expect(plan.rescoreDate).toBe('2026-02-13');
    expect(plan.rescoreHeld).toBe(true);
    const md = planToMarkdown(plan);
    expect(md).toContain('Re-score round: took place on 2026-02-13, the day your next comparison after these rounds began, so none is scheduled.');
    expect(md).not.toContain('Re-score: run the diagnostic again');
    expect(md).not.toContain('2026-06-02');
  });

  it("after the offsite's own actions too: the 14 days end counted from the comparison, and no re-score is scheduled", () => {
    const META = { blockId: 'b', blockTitle: 'Block', authorName: 'Dana', createdAt: '2026-01-15T10:00:00.000Z' };
    // Day 15 from Tuesday 13 January is Tuesday 27 January: the second half of the 30 days.
    const own = { ...META, id: 'cap-late', kind: 'action' as const, text: 'Publish the matrix', owner: 'CTO', due: '2026-01-27' };
    const plan = build(MAY_4, { ...offsiteActionsInput([own], ['cap-late']), nextComparisonDay: '2026-02-13' });
    expect(plan.actionsFromOffsite).toBe(true);
    expect(plan.actions.map((a) => [a.id, a.phase, a.overdue])).toEqual([['action-cap-late', 2, true]]);
    expect(planToMarkdown(plan)).toContain('Re-score round: took place on 2026-02-13, the day your next comparison after these rounds began, so none is scheduled.');
  });
});
