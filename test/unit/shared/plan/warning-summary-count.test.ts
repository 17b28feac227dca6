import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { FRAMEWORK } from '../../../../shared/framework/content';
import { makeRound, today } from './fixtures';

/**
 * The cover counts the warning signs each leader reports. A leader who answered "don't know"
 * to every sign reports none, but "the CTO 0" beside "the CEO reports 2" reads as the CTO
 * seeing none of them.
 */
describe('the cover: one leader reports warning signs, the other did not know', () => {
  const build = () => {
    const ceo = makeRound('ceo', { base: 4, warnings: { 'ws-overrides': 'often', 'ws-late-strategy': 'sometimes' } });
    const cto = { ...makeRound('cto', { base: 4 }), warnings: Object.fromEntries(FRAMEWORK.warningSigns.map((w) => [w.id, 'dont-know' as const])) };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    return { plan };
  };

  it('does not give the CTO a bare 0', () => {
    const { plan } = build();
    expect(plan.cover.summary).toContain('Warning signs: the CEO reports 2');
    expect(plan.cover.summary).not.toMatch(/the CTO 0[.;]/);
    expect(plan.cover.summary).toContain('the CTO 0 (did not know or did not answer 6).');
  });
});
