/**
 * The printed score table opened with "Each leader scored the four areas privately before seeing
 * the other's answers" over a partner's round this laptop never checked against its seal: the
 * cover said the plan cannot show these are the answers they sealed, the scores page claimed more.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { ScoresSection } from '../../../../../renderer/features/plan/sections/ScoresSection';
import type { Round } from '../../../../../shared/assessment/types';
import { ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
const scoresPage = (ceo: Round, cto: Round) =>
  text(renderToStaticMarkup(<ScoresSection plan={buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today })} ceo={ceo} cto={cto} />));
const unverified = (r: Round): Round => ({ ...r, receivedFrom: 'file', pairedWith: 'x', unverified: true });

describe('the scores page over a round not verified here', () => {
  it('does not claim the unverified round was scored before seeing the other', () => {
    const out = scoresPage(ceoRef, unverified(ctoRef));
    expect(out).not.toContain('privately before seeing');
    expect(out).toContain('That the CTO’s round was scored before seeing the other’s answers is not shown here: it was not checked against its seal on this laptop (see the cover).');
  });

  it('names neither when both are unverified', () => {
    expect(scoresPage(unverified(ceoRef), unverified(ctoRef))).toContain('That either round was scored before seeing the other’s answers is not shown here');
  });

  it('keeps the claim for two verified rounds', () => {
    expect(scoresPage(ceoRef, ctoRef)).toContain('Each leader scored the four areas privately before seeing the other’s answers.');
  });
});
