import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { PINNED_GAP } from '../../../../../shared/plan/summary';
import { GapsSection } from '../../../../../renderer/features/plan/sections/GapsSection';
import { makeRound, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

describe('the printed gaps', () => {
  it('mark the one the pair pinned, so "1 pinned" in the lead can be told apart from the ranked ones', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4, overrides: { 'cr-3': 1, 'db-2': 1, 'cq-1': 2, 'sa-1': 3 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today, pins: ['sa-1'] });
    const items = renderToStaticMarkup(<GapsSection plan={plan} />).split('data-testid="plan-gap"').slice(1).map(text);
    expect(items.map((s) => s.includes(PINNED_GAP))).toEqual([false, false, true]);
  });
});
