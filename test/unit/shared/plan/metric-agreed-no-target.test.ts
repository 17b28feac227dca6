import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { rowKey } from '../../../../shared/workspace/agreement';
import { agreedPlan, today } from './fixtures';

/*
 * A metric's definition is agreed with its target, and the target may be blank: the plan printed
 * "agreed by both on …" beside an empty target, which a board member reads as a target the pair
 * settled. It now says "with no target set".
 */
describe('a metric agreed by both with no target', () => {
  it('says so beside "agreed by both"', () => {
    const ws = defaultWorkspace(today);
    const m = ws.metrics[0];
    m.target = '';
    const plan = agreedPlan(ws, [rowKey('metrics', m.id)]);
    const row = plan.appendices.metrics.items.find((x) => x.id === m.id)!;
    expect(row.state).toBe('agreed by both on 2026-01-14, with no target set');
    expect(planToMarkdown(plan)).toContain('agreed by both on 2026-01-14, with no target set');
  });

  it('a metric agreed with its target reads as plainly agreed', () => {
    const ws = defaultWorkspace(today);
    const m = ws.metrics[0];
    m.target = 'Under 2 days';
    expect(agreedPlan(ws, [rowKey('metrics', m.id)]).appendices.metrics.items.find((x) => x.id === m.id)!.state).toBe('agreed by both on 2026-01-14');
  });
});
