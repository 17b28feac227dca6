import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { gapsLeadText } from '../../../../shared/plan/summary';
import { makeRound, today } from './fixtures';

/*
 * The pins a plan follows are the ones this laptop's user chose (pins.ts resolvePins: the
 * partner's arrive as a proposal). Nothing records that both chose them, yet the plan said
 * "The three statements you chose to work on" and "the gaps you pinned instead": one leader
 * steering the plan away from the biggest gap read to the board as the pair's decision.
 */
describe('gaps pinned on this laptop', () => {
  const ceo = makeRound('ceo', { base: 4 });
  const cto = makeRound('cto', { base: 4, overrides: { 'cr-3': 1, 'db-1': 3, 'cq-1': 3, 'sa-1': 3 } });

  it('are not called a choice the two of you made', () => {
    for (const pins of [['db-1', 'cq-1', 'sa-1'], ['sa-1']]) {
      const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today, pins });
      const lead = gapsLeadText(plan.gaps);
      expect(lead).not.toMatch(/you chose/);
      expect(lead).toContain('pinned on this laptop in the comparison, not a choice confirmed by both of you');
      const md = planToMarkdown(plan);
      expect(md).not.toMatch(/you chose|gaps you pinned/);
    }
  });

  it('the cover says whose pins replaced the biggest gap', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today, pins: ['db-1', 'cq-1', 'sa-1'] });
    expect(plan.cover.summary).toContain('this plan works on the gaps pinned on this laptop instead');
  });
});
