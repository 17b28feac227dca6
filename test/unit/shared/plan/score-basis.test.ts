import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { scoresLeadText } from '../../../../shared/plan/scores-lead';
import { scoreRound } from '../../../../shared/assessment/scoring';
import { FRAMEWORK } from '../../../../shared/framework/content';
import { makeRound, today } from './fixtures';

/**
 * Review (board reader): the plan's scores are over the statements BOTH leaders scored 1–5. The CTO
 * answered "don't know" on half of every area, the CEO rated those 1 and the rest 4, as did the
 * CTO: the cover said "Dana (CEO) and Sam (CTO) both scored 75/100" though the CEO's own overall is
 * 38 and the comparison rests on 12 of 24 statements. Now the basis is printed wherever it is not all.
 */
function halfDontKnow() {
  const ceo = makeRound('ceo', { base: 4 });
  const cto = makeRound('cto', { base: 4 });
  for (const a of FRAMEWORK.areas)
    for (const s of a.statements.slice(3)) {
      ceo.answers[s.id] = { value: 1 };
      cto.answers[s.id] = { value: 'dont-know' };
    }
  return { ceo, cto, plan: buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today }) };
}

describe('the basis of the plan’s scores', () => {
  it('the cover says the overall rests on 12 of 24 statements, and why', () => {
    const { ceo, plan } = halfDontKnow();
    expect(scoreRound(ceo).overall).toBe(38);
    expect(plan.cover.summary).toContain(
      'Overall, Dana (CEO) and Sam (CTO) both scored 75/100 over the 12 of 24 statements both of you scored; Sam (CTO) answered "don\'t know" on 12.',
    );
  });

  it('the Markdown gives each area’s coverage and the overall’s', () => {
    const md = planToMarkdown(halfDontKnow().plan);
    for (const a of FRAMEWORK.areas) expect(md).toContain(`_${a.title}: over 3 of 6 statements both scored; Sam (CTO) answered "don't know" on 3._`);
    expect(md).toContain('Overall: CEO 75, CTO 75, over the 12 of 24 statements both of you scored; Sam (CTO) answered "don\'t know" on 12.');
  });

  it('names blanks and each leader, and the distance, when the scores differ', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 3 });
    const db = FRAMEWORK.areas[0]!.statements;
    delete ceo.answers[db[0]!.id];
    cto.answers[db[1]!.id] = { value: 'dont-know' };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    expect(plan.cover.summary).toContain(
      '75/100 and Sam (CTO) 50/100, 25 points apart, over the 22 of 24 statements both of you scored; Dana (CEO) left 1 unanswered; Sam (CTO) answered "don\'t know" on 1.',
    );
    const md = planToMarkdown(plan);
    expect(md).toContain(`_${FRAMEWORK.areas[0]!.title}: over 4 of 6 statements both scored; Dana (CEO) left 1 unanswered; Sam (CTO) answered "don't know" on 1._`);
    // Areas both scored in full carry no note.
    expect(md).not.toContain(`_${FRAMEWORK.areas[1]!.title}: over`);
  });

  it('says nothing more when both scored all 24', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4 });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    expect(plan.cover.summary).toContain('both scored 75/100. ');
    const md = planToMarkdown(plan);
    expect(md).toContain('Overall: CEO 75, CTO 75.');
    expect(md).not.toMatch(/statements both (of you )?scored/);
  });

  it('the formula names whose statements the numbers are over', () => {
    const { plan } = halfDontKnow();
    expect(scoresLeadText(plan.scores)).toContain('A score is (mean − 1) / 4 × 100 over the statements both of you scored 1–5.');
    expect(scoresLeadText(plan.scores)).not.toContain('over the statements answered 1–5');
  });

  it('an overall printed for one leader alone says it is that leader’s own', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: null, overrides: { 'db-1': 2 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    expect(plan.scores.overall).toEqual({ ceo: 75, cto: null });
    expect(scoresLeadText(plan.scores)).toContain('The CEO’s overall score alone is over the statements the CEO answered 1–5: the CTO’s round has too few answers to compare.');
  });
});
