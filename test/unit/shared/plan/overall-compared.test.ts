import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { FRAMEWORK } from '../../../../shared/framework/content';
import { makeRound, today } from './fixtures';

describe('overall scores over different statements', () => {
  // The CEO scored everything 4; the CTO scored only Decision boundaries (all 2) and did not know the rest.
  const build = () => {
    const cto = makeRound('cto', { base: 2 });
    for (const a of FRAMEWORK.areas.slice(1)) for (const s of a.statements) cto.answers[s.id] = { value: 'dont-know' };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 4 }), ctoRound: cto, today });
    return { plan };
  };

  it('are not put "points apart" on the cover', () => {
    const { plan } = build();
    // Each leader's own overall (75 over four areas, 25 over one) is not a comparison of the same statements.
    expect(plan.cover.summary).not.toMatch(/points apart/);
    expect(plan.cover.summary).toContain('No overall comparison: too few statements scored by both of you in Communication quality, Strategic alignment, Conflict resolution (6 statements of 24 in all).');
  });

  it('print no overall gap in the scores table or the Markdown', () => {
    const { plan } = build();
    expect(plan.scores.overall).toEqual({ ceo: null, cto: null });
    const md = planToMarkdown(plan);
    expect(md).not.toContain('Overall: CEO 75, CTO 25.');
    expect(md).toContain('Overall: not compared. No overall comparison: too few statements scored by both of you');
  });
});
