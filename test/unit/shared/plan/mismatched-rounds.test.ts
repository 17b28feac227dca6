import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { withNotices } from '../../../../shared/plan/withheld';
import { ceoRef, ctoRef, makeRound, today } from './fixtures';

describe('a plan from two rounds that are not the same round', () => {
  // "Choose a sealed CEO round and a sealed CTO round" falls back to the newest of each role.
  const build = () => {
    const ctoOld = { ...makeRound('cto', { base: 3, label: '2025-Q3 quarterly reset' }), sealedAt: '2025-07-04T10:00:00.000Z', companyName: 'Beta Labs' };
    const ceo = { ...ceoRef, companyName: 'Acme' };
    const plan = buildRepairPlan({ companyName: '', ceoRound: ceo, ctoRound: ctoOld, today });
    return { plan };
  };

  it('says on the cover which rounds are compared, so it does not read as one joint round', () => {
    const { plan } = build();
    expect(plan.cover.notices).toEqual([
      'Different rounds: the CEO answered "2026-Q1 quarterly reset" (sealed 2026-01-12) and the CTO "2025-Q3 quarterly reset" (sealed 2025-07-04). This plan compares them as if they were one round.',
      'Different companies: the CEO\'s round is for "Acme" and the CTO\'s for "Beta Labs".',
    ]);
    expect(planToMarkdown(plan)).toContain('> **Different rounds: the CEO answered "2026-Q1 quarterly reset"');
  });

  it('keeps those notices when a withheld reveal is added', () => {
    const { plan } = build();
    expect(withNotices(plan, ['Withheld reveal: …']).cover.notices).toHaveLength(3);
  });

  it('says nothing for the two halves of one round', () => {
    expect(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: { ...ctoRef, label: ' 2026-q1 quarterly reset ' }, today }).cover.notices).toBeUndefined();
  });

  it('says nothing when one round has no name: a blank label is not another round (as the cover and Present read it)', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: { ...ctoRef, label: '  ' }, today });
    expect(plan.cover.notices).toBeUndefined();
    expect(planToMarkdown(plan)).not.toContain('the CTO ""');
  });
});
