import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { radarAreas } from '../../../../shared/plan/radar';
import { makeRound, today } from './fixtures';

describe('the scores radar', () => {
  it('leaves out an area that was not compared instead of drawing both leaders at 0', () => {
    // The CTO answered "don't know" across Conflict resolution: that area has no score for either.
    const cr = ['cr-1', 'cr-2', 'cr-3', 'cr-4', 'cr-5', 'cr-6'];
    const cto = makeRound('cto', { base: 4 });
    for (const id of cr) cto.answers[id] = { value: 'dont-know' };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 4 }), ctoRound: cto, today });
    const r = radarAreas(plan.scores.areas);
    expect(r.points.map((p) => p.area)).toEqual(['Decision boundaries', 'Communication quality', 'Strategic alignment']);
    expect(r.points.every((p) => p.ceo === 75 && p.cto === 75)).toBe(true);
    expect(r.notCompared).toEqual(['Conflict resolution']);
  });

  it('draws no radar from fewer than three compared areas', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 4 }), ctoRound: makeRound('cto'), today });
    expect(radarAreas(plan.scores.areas).points).toEqual([]);
  });
});
