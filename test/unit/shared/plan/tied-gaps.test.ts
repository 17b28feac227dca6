import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { makeRound, today } from './fixtures';

/**
 * Four gaps with the same points and no warning signs: the plan takes three by the diagnostic's
 * order. Printed without a word, the third reads as more important than the fourth it tied with.
 */
describe('a top gap tied with one the plan leaves out', () => {
  const build = () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4, overrides: { 'db-1': 3, 'cq-1': 3, 'sa-1': 3, 'cr-1': 3 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    return { plan };
  };

  it('says it is tied, and with what', () => {
    const { plan } = build();
    expect(plan.gaps.map((g) => g.statementId)).toEqual(['db-1', 'cq-1', 'sa-1']);
    for (const g of plan.gaps) expect(g.tie).toMatch(/^Tied at \d+ points with/);
    const md = planToMarkdown(plan);
    expect(md).toMatch(/### 3\. [^\n]*\n\n[^\n]*\n\n_Tied at \d+ points with[^\n]*_/);
  });
});

describe('the cover, when the biggest gap is tied', () => {
  const build = () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4, overrides: { 'db-1': 3, 'cq-1': 3, 'sa-1': 3, 'cr-1': 3 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    return { plan };
  };

  it('does not name one of them "the biggest single gap"', () => {
    const { plan } = build();
    expect(plan.cover.summary).not.toContain('The biggest single gap');
    expect(plan.cover.summary).toContain('4 gaps are tied for the biggest');
  });
});
