import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { agreedPlan, today } from './fixtures';

/*
 * Agreed risk budgets with no release blocker written printed "None written yet: list the issue
 * classes that stop a release" beside "agreed by both on …": a to-do the board reads as settled.
 * A budget with no number already keeps its own state (agreement.ts); an empty list now does too.
 */
describe('risk budgets agreed with no release blocker written', () => {
  for (const blockers of [[], ['  ', '']]) {
    it(`do not print the missing blockers as agreed (${JSON.stringify(blockers)})`, () => {
      const ws = defaultWorkspace(today);
      ws.riskBudgets.securityBlockingClasses = blockers;
      const plan = agreedPlan(ws, ['riskBudgets']);
      expect(plan.appendices.riskBudgets.state).toBe('agreed by both on 2026-01-14');
      const row = plan.appendices.riskBudgets.items.find((b) => b.label === 'Security: release blockers')!;
      expect(row.value).toMatch(/^None written yet/);
      expect(row.state).not.toMatch(/^agreed/);
      expect(planToMarkdown(plan)).not.toMatch(/\| None written yet[^|]*\| agreed by both/);
      // What was written keeps the agreement.
      expect(plan.appendices.riskBudgets.items.find((b) => b.label === 'Reliability')!.state).toBe('agreed by both on 2026-01-14');
    });
  }
});
