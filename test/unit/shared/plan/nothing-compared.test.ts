import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { noGapsText } from '../../../../shared/plan/summary';
import { ceoRef, makeRound, today } from './fixtures';

describe('a plan where the CTO sealed a round with no statement answered', () => {
  // Sealing does not require answers; "no gaps" here would read as "the two of them are aligned".
  const build = () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: makeRound('cto', { base: null }), today });
    return { plan };
  };

  it('does not report "no gaps" on the cover', () => {
    const { plan } = build();
    expect(plan.gaps).toEqual([]);
    expect(plan.cover.summary).not.toContain('No gaps');
    expect(plan.cover.summary).toContain('Nothing could be compared: no statement was answered by both of you.');
  });

  it('does not report "no gaps" in the Markdown or the PDF section', () => {
    const { plan } = build();
    expect(planToMarkdown(plan)).toContain('_Nothing could be compared: no statement was answered by both of you._');
    expect(noGapsText(plan.scores)).toBe('Nothing could be compared: no statement was answered by both of you.');
  });

  it('still says "no gaps" with the count when both answered and agree', () => {
    const healthy = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 5 }), ctoRound: makeRound('cto', { base: 5 }), today });
    expect(healthy.cover.summary).toContain(' No gaps were found among the 24 statements you both answered.');
  });
});
