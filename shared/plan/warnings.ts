/**
 * Warning signs as the plan prints them. Only "never" prints as "Never": a leader who
 * answered "don't know" or left the sign open did not say it never happens, and a
 * board reader must not see a denial where there was none.
 */
import type { Round, WarningAnswer } from '../assessment/types';
import type { Framework } from '../framework/types';
import { warningLabel } from '../framework/labels';
import type { PlanScores, PlanWarningRow } from './types';

export const WARNING_NOT_ANSWERED = 'Not answered';

const fires = (a: WarningAnswer | undefined) => a === 'sometimes' || a === 'often';
const label = (a: WarningAnswer | undefined) => (a ? warningLabel(a) : WARNING_NOT_ANSWERED);

/** One row per sign either leader reported (sometimes or often), both answers in words. */
export function warningRows(ceo: Pick<Round, 'warnings'>, cto: Pick<Round, 'warnings'>, framework: Framework): PlanWarningRow[] {
  return framework.warningSigns
    .filter((w) => fires(ceo.warnings[w.id]) || fires(cto.warnings[w.id]))
    .map((w) => ({ id: w.id, title: w.title, ceo: label(ceo.warnings[w.id]), cto: label(cto.warnings[w.id]) }));
}

/** Titles of the signs one leader answered "don't know" or left open. */
export function unknownWarnings(r: Pick<Round, 'warnings'>, framework: Framework): PlanScores['unknownWarnings']['ceo'] {
  return {
    dontKnow: framework.warningSigns.filter((w) => r.warnings[w.id] === 'dont-know').map((w) => w.title),
    unanswered: framework.warningSigns.filter((w) => !r.warnings[w.id]).map((w) => w.title),
  };
}
