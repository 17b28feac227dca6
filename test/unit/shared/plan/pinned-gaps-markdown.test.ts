import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { gapsLeadText, PINNED_GAP } from '../../../../shared/plan/summary';
import { makeRound, today } from './fixtures';

/*
 * The Markdown numbered the gaps under "Top gaps" with nothing saying one was pinned: a small
 * split the pair chose to work on read as the third-biggest, where the PDF says it was pinned.
 */
describe('a pinned gap in the Markdown plan', () => {
  const build = () => {
    const ceo = makeRound('ceo', { base: 4 });
    // db-2 and cr-3 are far apart, cq-1 (4 vs 2) next; sa-1 (4 vs 3) is smaller and pinned: it takes third place.
    const cto = makeRound('cto', { base: 4, overrides: { 'cr-3': 1, 'db-2': 1, 'cq-1': 2, 'sa-1': 3 } });
    return buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today, pins: ['sa-1'] });
  };

  it('says which gaps were pinned and why these three, as the PDF does', () => {
    const plan = build();
    expect(plan.gaps.map((g) => [g.statementId, g.pinned ?? false])).toEqual([['db-2', false], ['cr-3', false], ['sa-1', true]]);
    const md = planToMarkdown(plan);
    expect(md).toContain(gapsLeadText(plan.gaps));
    const sections = md.split(/^### \d\. /m).slice(1, 4);
    expect(sections.map((s) => s.includes(PINNED_GAP))).toEqual([false, false, true]);
  });
});
