import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { ActionsSection } from '../../../../../renderer/features/plan/sections/ActionsSection';
import { ceoRef, ctoRef } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

/*
 * Review (board reader): the printed lead said "actions on working days from <the plan's date>": a plan of
 * January's rounds exported in May listed its 30 days from May, none overdue, and a re-score already held
 * was scheduled for June. The lead now counts from the comparison and says what is overdue or took place.
 */
describe('the printed lead of the 30 days, exported months after the comparison', () => {
  const may = new Date(2026, 4, 4, 9);

  it('counts from the day after the rounds were sealed and says how many steps are overdue', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today: may });
    const out = text(renderToStaticMarkup(<ActionsSection plan={plan} />));
    expect(out).toContain('11 actions on working days from 2026-01-13, the day after the rounds were sealed, ending with a re-score round on Wed 11 Feb. 11 are overdue: due before 2026-05-04 and not ticked.');
    expect(out.match(/ Overdue /g)).toHaveLength(11);
  });

  it('says the re-score took place when a later comparison exists', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today: may, nextComparisonDay: '2026-02-13' });
    const out = text(renderToStaticMarkup(<ActionsSection plan={plan} />));
    expect(out).toContain(
      '10 actions on working days from 2026-01-13, the day after the rounds were sealed. The re-score took place on Fri 13 Feb, the day your next comparison after these rounds began, so none is scheduled.',
    );
    expect(out).not.toContain('Re-score: run the diagnostic again');
  });
});
