// What the plan names as still missing before "a risk budget for each big bet" is done.
import { describe, expect, it } from 'vitest';
import { missingRiskBudgets } from '../../../../shared/workspace/risk-budgets';
import type { BetBudget } from '../../../../shared/workspace/agreement';
import type { RiskBudgets } from '../../../../shared/workspace/types';

const company = (over: Partial<RiskBudgets> = {}): RiskBudgets => ({
  reliabilityMinutesPerQuarter: 30,
  securityBlockingClasses: ['P1 data exposure'],
  deliverySlipPercent: 10,
  criticalFlows: ['Sign-up', 'Checkout', 'Login'],
  ...over,
});
const bet = (over: Partial<BetBudget> = {}): BetBudget => ({ id: 'b1', name: 'EU launch', reliabilityMinutes: 20, securityClasses: 'P1', slipPercent: 5, ...over });

describe('missingRiskBudgets', () => {
  it('is empty when the company and every bet have all three, zeros included', () => {
    expect(missingRiskBudgets(company(), [bet()])).toEqual([]);
    expect(missingRiskBudgets(company({ reliabilityMinutesPerQuarter: 0, deliverySlipPercent: 0 }), [bet({ reliabilityMinutes: 0, slipPercent: 0 })])).toEqual([]);
  });

  it("names the company's budgets with no number and no blocker written", () => {
    expect(missingRiskBudgets(company({ reliabilityMinutesPerQuarter: NaN, securityBlockingClasses: ['  ', ''], deliverySlipPercent: Infinity }), [])).toEqual([
      "the company's downtime budget",
      "the company's release blockers",
      "the company's slip budget",
    ]);
    expect(missingRiskBudgets(company({ securityBlockingClasses: [] }), [])).toEqual(["the company's release blockers"]);
    expect(missingRiskBudgets(company({ securityBlockingClasses: ['', 'P2'] }), [])).toEqual([]);
  });

  it("names each bet's missing budgets after its trimmed name, or as an unnamed bet", () => {
    expect(
      missingRiskBudgets(company(), [
        bet({ name: '  EU launch ', reliabilityMinutes: null, securityClasses: ' ', slipPercent: null }),
        bet({ id: 'b2', name: '', slipPercent: null }),
        bet({ id: 'b3', name: 'Fine' }),
        bet({ id: 'b4', name: 'Blockers', securityClasses: '' }),
      ]),
    ).toEqual(['downtime budget, release blockers, slip budget of "EU launch"', 'slip budget of an unnamed bet', 'release blockers of "Blockers"']);
  });
});
