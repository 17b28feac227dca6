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
      'Overall (the average of the four area scores), Dana (CEO) and Sam (CTO) both scored 75/100 over the 12 of 24 statements both of you scored; Sam (CTO) answered "don\'t know" on 12.',
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
    // No footnote on how many were left out (the formula above the table still names the basis).
    expect(md).not.toMatch(/over (the )?\d+ of \d+ statements/);
  });

  it('the formula names whose statements the numbers are over', () => {
    const { plan } = halfDontKnow();
    expect(scoresLeadText(plan.scores)).toContain('An area’s score is (mean − 1) / 4 × 100 over its statements both of you scored 1–5');
    expect(scoresLeadText(plan.scores)).not.toContain('over the statements answered 1–5');
  });

  it('an overall printed for one leader alone says it is that leader’s own', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: null, overrides: { 'db-1': 2 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    expect(plan.scores.overall).toEqual({ ceo: 75, cto: null });
    expect(scoresLeadText(plan.scores)).toContain('The CEO’s overall score alone is the average of the CEO’s four area scores, each over the statements the CEO answered 1–5: the CTO’s round has too few answers to compare.');
  });

  /**
   * Review (board reader, 2026-11-29): the lead said "A score is (mean − 1) / 4 × 100 over the
   * statements both of you scored", and the cover "over the 21 of 24 statements both of you
   * scored"; the overall is the average of the four AREA scores, so a reader recomputing it from
   * the statements got 36 and 25 where the plan printed 44 and 25. Every place that prints the
   * overall now says what it is, and the number is what it says.
   */
  it('the overall is said to be the average of the four area scores, and is', () => {
    const ceo = makeRound('ceo', { base: 2 });
    const cto = makeRound('cto', { base: 2 });
    for (const s of FRAMEWORK.areas[3].statements) ceo.answers[s.id] = { value: 5 };
    for (const s of FRAMEWORK.areas[3].statements.slice(3)) cto.answers[s.id] = { value: 'dont-know' };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    const average = (who: 'ceo' | 'cto') => Math.round(plan.scores.areas.reduce((n, a) => n + (a[who] as number), 0) / plan.scores.areas.length);
    expect(plan.scores.overall).toEqual({ ceo: average('ceo'), cto: average('cto') });
    // Over the statements both scored, the mean would give another number: the words must not suggest it.
    expect(plan.scores.overall.ceo).toBe(44);
    const said = 'the overall score is the average of the four area scores';
    expect(scoresLeadText(plan.scores)).toContain(said);
    expect(planToMarkdown(plan)).toContain(said);
    expect(plan.cover.summary).toContain('Overall (the average of the four area scores), Dana (CEO) scored 44/100 and Sam (CTO) 25/100, 19 points apart, over the 21 of 24 statements both of you scored');
  });
});
