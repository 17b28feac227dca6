/**
 * Which risk-budget values are still missing. An agreed budget whose numbers nobody set is
 * agreed, but "Agree a risk budget for each big bet" is not done: the plan names what is missing.
 */
import type { BetBudget } from './agreement';
import { isSetNumber } from './not-set';
import type { RiskBudgets } from './types';

/** The values not set yet, in words: empty when the company budgets and every bet have all three. */
export function missingRiskBudgets(company: RiskBudgets, bets: readonly BetBudget[]): string[] {
  const out: string[] = [];
  if (!isSetNumber(company.reliabilityMinutesPerQuarter)) out.push("the company's downtime budget");
  if (!company.securityBlockingClasses.some((c) => c.trim())) out.push("the company's release blockers");
  if (!isSetNumber(company.deliverySlipPercent)) out.push("the company's slip budget");
  for (const b of bets) {
    const name = b.name.trim() ? `"${b.name.trim()}"` : 'an unnamed bet';
    const parts = [
      b.reliabilityMinutes === null ? 'downtime budget' : '',
      b.securityClasses.trim() ? '' : 'release blockers',
      b.slipPercent === null ? 'slip budget' : '',
    ].filter(Boolean);
    if (parts.length) out.push(`${parts.join(', ')} of ${name}`);
  }
  return out;
}
