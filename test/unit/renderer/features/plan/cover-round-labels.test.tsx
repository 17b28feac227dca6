import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Round } from '../../../../../shared/assessment/types';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { CoverSection } from '../../../../../renderer/features/plan/sections/CoverSection';
import { comparedDefaultPair } from '../../../../../renderer/features/plan/compared-default-pair';
import { resolveSource } from '../../../../../renderer/features/plan/plan-source';
import { ceoRef, ctoRef, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/** The printed cover on one laptop, from the rounds it keeps, as the plan page picks and builds it. */
function coverOn(rounds: Round[]): string {
  const pair = comparedDefaultPair(rounds)!;
  const source = resolveSource({ kind: 'local', rounds, pair: { ceoId: pair.ceo.id, ctoId: pair.cto.id } });
  if (!source.ok) throw new Error(source.reason);
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: source.value.ceo, ctoRound: source.value.cto, today });
  return text(renderToStaticMarkup(<CoverSection plan={plan} />));
}

/*
 * The CEO sealed "Q3 reset", the CTO "30-day re-score"; they compared. On the CTO's laptop the
 * printed cover named the round "Q3 reset" — the partner's name, as if it were the pair's.
 */
describe("the printed cover on the CTO's laptop, the two rounds named differently", () => {
  const ceoMine = { ...ceoRef, id: 'ceo-own', label: 'Q3 reset' };
  const ctoMine = { ...ctoRef, id: 'cto-own', label: '30-day re-score' };
  const ctoLaptop = [ctoMine, { ...ceoMine, id: 'partner-ceo', receivedFrom: 'peer' as const, pairedWith: 'cto-own' }];
  const ceoLaptop = [ceoMine, { ...ctoMine, id: 'partner-cto', receivedFrom: 'peer' as const, pairedWith: 'ceo-own' }];

  it("names the CTO's own round beside the CEO's, each with whose it is", () => {
    const cover = coverOn(ctoLaptop);
    expect(cover).toContain('Round "Q3 reset" (CEO) and "30-day re-score" (CTO): two different rounds, compared as one');
    expect(cover).not.toContain('ran its Q3 reset');
    expect(cover).not.toContain('30-day plan from the Q3 reset');
  });

  it("reads the same as on the CEO's laptop", () => {
    expect(coverOn(ctoLaptop)).toBe(coverOn(ceoLaptop));
  });
});
