import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { rankGaps } from '../../../../shared/assessment/gaps';
import { makeRound, today } from './fixtures';

/**
 * The pair may pin the gaps they want to work on. When they pin three that are not the
 * biggest, the cover must not call one of the pinned ones "the biggest single gap".
 */
describe('gaps the pair pinned instead of the biggest one', () => {
  const build = () => {
    const ceo = makeRound('ceo', { base: 4 });
    // cr-3 is by far the biggest gap (4 vs 1); three smaller ones (4 vs 3) are pinned.
    const cto = makeRound('cto', { base: 4, overrides: { 'cr-3': 1, 'db-1': 3, 'cq-1': 3, 'sa-1': 3 } });
    const pins = ['db-1', 'cq-1', 'sa-1'];
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today, pins });
    return { ceo, cto, pins, plan };
  };

  it('works on the pinned gaps', () => {
    const { ceo, cto, pins, plan } = build();
    expect(rankGaps(ceo, cto)[0].statementId).toBe('cr-3');
    expect(plan.gaps.map((g) => g.statementId).sort()).toEqual([...pins].sort());
  });

  it('does not call a pinned gap the biggest single gap', () => {
    const { plan } = build();
    const pinnedTitles = plan.gaps.map((g) => g.title);
    for (const t of pinnedTitles) expect(plan.cover.summary).not.toContain(`The biggest single gap is "${t}"`);
    expect(plan.cover.summary).toContain('"Rule for closing debates"');
    expect(planToMarkdown(plan)).not.toMatch(/biggest single gap is "(?!Rule for closing debates)/);
  });
});

describe('the biggest gap is one a leader does not know', () => {
  it('is said in words on the cover, not as the raw value "dont-know"', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4 });
    cto.answers['cr-3'] = { value: 'dont-know' };
    ceo.answers['cr-3'] = { value: 1 };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    expect(plan.gaps[0].statementId).toBe('cr-3');
    expect(plan.cover.summary).not.toContain('dont-know');
    expect(plan.cover.summary).toContain(`(CEO 1, CTO don't know)`);
  });
});
