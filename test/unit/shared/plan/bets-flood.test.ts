import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { MAX_LISTED_PROPOSED_BETS } from '../../../../shared/plan/context';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { betKey, type BetBudget } from '../../../../shared/workspace/agreement';
import { agreedPlan, today } from './fixtures';

/*
 * Review rE: the partner adds 20,000 big bets (plain entries, inside the sync guard's caps). The
 * plan named every one, in the risk-budget rows and the policy sentence: a 20,000-row PDF. It now
 * names every bet both agreed and the first MAX_LISTED_PROPOSED_BETS of the others, and counts the rest.
 */
const bet = (i: number, slipPercent: number | null = 10): BetBudget => ({ id: `b${String(i).padStart(5, '0')}`, name: `Bet ${i}`, reliabilityMinutes: 30, securityClasses: 'P1', slipPercent });

describe("a partner's flood of big bets in the plan", () => {
  const bets = Array.from({ length: 20_000 }, (_, i) => bet(i, i === 15_000 ? null : 10));
  // One bet far down the list both leaders agreed: it is named whatever its place.
  const plan = agreedPlan(defaultWorkspace(today), [betKey(bets[19_999].id)], {}, bets);
  const rows = plan.appendices.riskBudgets.items.filter((r) => r.label.startsWith('Big bet') || r.label === 'More big bets');

  it('names the agreed bet and the first proposed ones, and counts the rest', () => {
    expect(rows).toHaveLength(MAX_LISTED_PROPOSED_BETS + 2);
    expect(rows.map((r) => r.label)).toContain('Big bet: Bet 19999');
    const more = rows.find((r) => r.label === 'More big bets')!;
    expect(more.value).toBe(`and ${(20_000 - 1 - MAX_LISTED_PROPOSED_BETS).toLocaleString('en-US')} more proposed in the workspace (not agreed by both), not listed here.`);
    expect(more.state).toBe('proposed (not yet agreed)');
  });

  it('keeps the policy sentence and the Markdown short, and the risk-budget action counts what it does not name', () => {
    const sentence = plan.policies.find((p) => p.body.includes('Per big bet'))!.body;
    expect(sentence.length).toBeLessThan(5_000);
    expect(sentence).toContain('more proposed in the workspace (not agreed by both), not listed here');
    expect(planToMarkdown(plan).length).toBeLessThan(200_000);
    const action = plan.actions.find((a) => a.id === 'action-risk-budgets')!;
    expect(action.detail).toContain('Big bets agreed: 1 of 20000.');
    expect(action.detail).toContain('budgets of 1 more bet not listed here');
    expect(action.done).toBe(false);
  });

  it('a handful of bets is listed whole, as before', () => {
    const few = [bet(1), bet(2), bet(3)];
    const p = agreedPlan(defaultWorkspace(today), [], {}, few);
    expect(p.appendices.riskBudgets.items.filter((r) => r.label.startsWith('Big bet'))).toHaveLength(3);
    expect(p.appendices.riskBudgets.items.some((r) => r.label === 'More big bets')).toBe(false);
  });
});
