import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { makeRound, today } from './fixtures';

/**
 * The CEO scored three statements of one area (all 5) and nothing else; the CTO too few to score.
 * "Overall, Dana (CEO) scored 100/100" is an average of one area of four, printed as the whole.
 */
describe('an overall score from one area of four', () => {
  const build = () => {
    const ceo = makeRound('ceo', { base: null, overrides: { 'db-1': 5, 'db-2': 5, 'db-3': 5 } });
    const cto = makeRound('cto', { base: null, overrides: { 'db-1': 2 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    return { plan };
  };

  it('is not printed as an overall score', () => {
    const { plan } = build();
    expect(plan.cover.summary).not.toContain('scored 100/100');
    expect(plan.scores.overall.ceo).toBeNull();
    expect(planToMarkdown(plan)).not.toContain('Overall: CEO 100');
  });
});
