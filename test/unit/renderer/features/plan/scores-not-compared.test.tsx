import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { allStatements } from '../../../../../shared/framework/content';
import { ScoresSection } from '../../../../../renderer/features/plan/sections/ScoresSection';
import { makeRound, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the printed scores: an area not compared', () => {
  it('says why under the table, not only "–"', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 3 });
    for (const s of allStatements().filter((x) => x.areaId === allStatements().at(-1)!.areaId).slice(0, 5)) delete cto.answers[s.id];
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    const out = text(renderToStaticMarkup(<ScoresSection plan={plan} ceo={ceo} cto={cto} />));
    expect(out).toContain(`${plan.scores.areas.at(-1)!.title}: Not compared: you both scored only 1 of 6 statements here`);
  });
});
