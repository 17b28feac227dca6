/*
 * The board reads the 30 days as who does what by when. Each template action's owner and title
 * are pinned here, for both kinds of round, and the repair round's day-1 action says which event
 * to log: the pair's, one leader's (saying whose), or none named.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { ceoRef, ctoRef, makeRound, today } from './fixtures';

const SEAL_DAY = new Date(2026, 0, 12, 18);

const repair = (ceoEvent?: string, ctoEvent?: string) =>
  buildRepairPlan({
    companyName: 'Acme',
    ceoRound: makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, kind: 'repair', ...(ceoEvent ? { event: ceoEvent } : {}) }),
    ctoRound: makeRound('cto', { base: 4, overrides: { 'db-2': 2 }, kind: 'repair', ...(ctoEvent ? { event: ctoEvent } : {}) }),
    // The day the rounds were sealed: no step is overdue yet, so each detail starts with the step's own text.
    today: SEAL_DAY,
  });

const COMMON = [
  ['action-review-gaps', 'CEO + CTO', 'Walk through the top gaps together'],
  ['action-cadence', 'CEO + CTO', 'Put the cadence on both calendars'],
  ['action-matrix', 'CEO + CTO', 'Write the decision authority matrix'],
  ['action-ladder', 'CTO', 'Write a translation guide for 10 engineering topics'],
  ['action-metrics', 'CTO', 'Agree 5–8 exec metrics and their definitions'],
  ['action-risk-budgets', 'CEO + CTO', 'Agree a risk budget for each big bet'],
  ['action-policies', 'CEO + CTO', 'Write the policy framework: intake, disagree and commit, escalation'],
  ['action-dependencies', 'CTO', 'Map the top dependencies of the biggest roadmap item'],
];

describe('who owns each action of the 30 days', () => {
  it('in a quarterly reset', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
    expect(plan.actions.map((a) => [a.id, a.owner, a.title])).toEqual([
      ...COMMON,
      ['action-quarterly-planning', 'CEO + CTO', 'Quarterly planning with the new rules'],
      ['action-board-prep', 'CEO', 'Quarterly board prep'],
      ['action-rescore', 'CEO + CTO', 'Re-score: run the diagnostic again'],
    ]);
  });

  it('in a repair round', () => {
    const plan = repair('the March outage', 'the March outage');
    expect(plan.actions.map((a) => [a.id, a.owner, a.title])).toEqual([
      ['action-name-event', 'CEO + CTO', 'Write down what happened, in the decision log'],
      ...COMMON,
      ['action-repair-review', 'CEO + CTO', 'Review the repair in the monthly strategy review'],
      ['action-rescore', 'CEO + CTO', 'Re-score: run the diagnostic again (repair round)'],
    ]);
  });
});

describe("the repair round's day-1 action", () => {
  it('names no event when neither round does', () => {
    const log = repair().actions.find((a) => a.id === 'action-name-event')!;
    expect(log.detail).toMatch(/^Log the event behind this repair round: which decision went wrong/);
  });

  it("says whose the event is when only one leader named it", () => {
    const log = repair(undefined, 'the lost enterprise deal').actions.find((a) => a.id === 'action-name-event')!;
    expect(log.detail).toMatch(/^Log "the lost enterprise deal" \(named in the CTO's round only\): which decision went wrong/);
  });

  it('names both events, each with whose it is, when they differ', () => {
    const log = repair('the March outage', 'the lost enterprise deal').actions.find((a) => a.id === 'action-name-event')!;
    expect(log.detail).toMatch(/^Log the event behind this repair round \(the two rounds name different ones: "the March outage" \(CEO\) and "the lost enterprise deal" \(CTO\)\): /);
  });
});
