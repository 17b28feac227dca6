/**
 * The printed score table compared both leaders only over the statements both scored 1–5, and did
 * not say so: with the CTO answering "don't know" on half of every area, "75 · 75" read as each
 * leader's own score. Under the table, each area below its full count and the overall say their basis.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { FRAMEWORK } from '../../../../../shared/framework/content';
import { ScoresSection } from '../../../../../renderer/features/plan/sections/ScoresSection';
import type { Round } from '../../../../../shared/assessment/types';
import { makeRound, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
const scoresPage = (ceo: Round, cto: Round) =>
  text(renderToStaticMarkup(<ScoresSection plan={buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today })} ceo={ceo} cto={cto} />));

describe('the printed scores’ basis', () => {
  it('names each area’s coverage and the overall’s when not all were scored by both', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4 });
    for (const a of FRAMEWORK.areas)
      for (const s of a.statements.slice(3)) {
        ceo.answers[s.id] = { value: 1 };
        cto.answers[s.id] = { value: 'dont-know' };
      }
    const out = scoresPage(ceo, cto);
    expect(out).toContain('over its statements both of you scored 1–5');
    for (const a of FRAMEWORK.areas) expect(out).toContain(`${a.title}: over 3 of 6 statements both scored; Sam (CTO) answered "don't know" on 3.`);
    expect(out).toContain('Overall: over the 12 of 24 statements both of you scored; Sam (CTO) answered "don\'t know" on 12.');
  });

  it('adds nothing when both scored every statement', () => {
    const out = scoresPage(makeRound('ceo', { base: 4 }), makeRound('cto', { base: 3 }));
    expect(out).not.toMatch(/statements both (of you )?scored;|of 6 statements both scored|of 24 statements/);
  });
});
