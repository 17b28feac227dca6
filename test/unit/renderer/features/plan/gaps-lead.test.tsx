import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { GapsSection } from '../../../../../renderer/features/plan/sections/GapsSection';
import { makeRound, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The printed lead above the gaps: how many, and why these. */
describe('the gaps section lead', () => {
  it('does not announce three gaps when there are two', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4, overrides: { 'cr-3': 1, 'db-2': 2 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    expect(plan.gaps).toHaveLength(2);
    const lead = text(renderToStaticMarkup(<GapsSection plan={plan} />));
    expect(lead).not.toMatch(/three statements/i);
    expect(lead).toMatch(/The two statements where you are furthest apart/);
  });

  it('does not call gaps the pair pinned the ones where they are furthest apart', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4, overrides: { 'cr-3': 1, 'db-1': 3, 'cq-1': 3, 'sa-1': 3 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today, pins: ['db-1', 'cq-1', 'sa-1'] });
    const lead = text(renderToStaticMarkup(<GapsSection plan={plan} />));
    expect(lead).not.toMatch(/furthest apart/);
    expect(lead).toMatch(/pinned/);
  });
});
