/**
 * The plan keeps "agreed by both" off text it supplies because the workspace has nothing to say
 * (escalation, intake, debate limit: policy-state.test.ts). So for the critical flows: both
 * leaders agree the risk budgets as shipped (flows blank), and "1. not yet named; 2. not yet named;
 * 3. not yet named" is not the pair's agreed principle, nor "Not named yet" their agreed row
 * (review r20).
 */
import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { agreedPlan, today } from './fixtures';

describe('risk budgets both agreed with no critical flow named', () => {
  const plan = agreedPlan(defaultWorkspace(today), ['riskBudgets']);

  it('the "Business-critical paths first" principle is the framework\'s text, not stated as agreed by both', () => {
    const p = plan.principles.find((s) => s.title === 'Business-critical paths first')!;
    expect(p.body).toContain('1. not yet named; 2. not yet named; 3. not yet named');
    expect(p.state ?? '').not.toMatch(/^agreed by both/);
    expect(p.origin).toBe("The framework's default text, printed until the risk budgets name a critical flow: not a rule the two of you have agreed.");
    expect(planToMarkdown(plan)).not.toMatch(/not yet named\. Architecture[^\n]*\n\n_In the workspace: agreed by both/);
  });

  it('the appendix row "Critical flows: Not named yet" does not carry "agreed by both"', () => {
    const row = plan.appendices.riskBudgets.items.find((b) => b.label === 'Critical flows')!;
    expect(row.value).toMatch(/^Not named yet/);
    expect(row.state).not.toMatch(/^agreed by both/);
  });
});

describe('risk budgets both agreed with one critical flow named', () => {
  const ws = defaultWorkspace(today);
  ws.riskBudgets.criticalFlows = ['', 'Checkout', ''];
  const plan = agreedPlan(ws, ['riskBudgets']);

  it('the principle and the row keep the agreed state: the named flow is the pair\'s', () => {
    const p = plan.principles.find((s) => s.title === 'Business-critical paths first')!;
    expect(p.body).toContain('1. not yet named; 2. Checkout; 3. not yet named');
    expect(p.state).toMatch(/^agreed by both/);
    expect(p.origin).toBeUndefined();
    expect(plan.appendices.riskBudgets.items.find((b) => b.label === 'Critical flows')!.state).toMatch(/^agreed by both/);
  });
});
