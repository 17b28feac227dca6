import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { ceoRef, ctoRef, today } from './fixtures';

/**
 * Either leader (or the partner's laptop) can write a log entry "decided, decided by CEO + CTO".
 * Nothing in the log is confirmed by both: the plan must not print it as a joint decision.
 */
describe('a decision logged as decided, never confirmed by both', () => {
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.log = [{ id: 'log-1', kind: 'decision', what: 'Narrow launch for the healthcare segment', decidedBy: 'CEO + CTO', forum: 'Monthly strategy review', date: toIsoDate(today), options: ['Narrow', 'Full'], status: 'decided' }];
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } });
    return { ws, plan };
  };

  it('says it is as logged, not confirmed by both, in the plan and its Markdown', () => {
    const { plan } = build();
    expect(plan.appendices.decisions.items[0].offsiteState).toBeUndefined();
    expect(plan.appendices.decisions.items[0].logState).toBe('as logged, not confirmed by both');
    const md = planToMarkdown(plan);
    expect(md).not.toMatch(/\| Narrow launch for the healthcare segment \|.*\| decided \|/);
    expect(md).toMatch(/\| Narrow launch for the healthcare segment \|.*\| decided as logged, not confirmed by both \|/);
  });

  it('an open entry is not marked: it claims no decision', () => {
    const { ws } = build();
    const open = defaultWorkspace(today);
    open.log = [{ ...ws.log[0], status: 'open' }];
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: open } });
    expect(p.appendices.decisions.items[0].logState).toBeUndefined();
    // Its "CEO + CTO" is who will decide: the column does not say "Decided by" over an open entry.
    const md = planToMarkdown(p);
    expect(md).toMatch(/\| Date \| Kind \| What \| Options \| Who decides \|/);
    expect(md).not.toContain('Decided by');
  });

  it('a revisited entry is marked too: it still prints who decided, and is kept whatever its date (review r14)', () => {
    const { ws } = build();
    const revisited = defaultWorkspace(today);
    revisited.log = [{ ...ws.log[0], what: 'Layoffs of 20%', date: '2019-01-01', status: 'revisited' }];
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: revisited } });
    expect(p.appendices.decisions.items[0].logState).toBe('as logged, not confirmed by both');
    expect(planToMarkdown(p)).toMatch(/\| Layoffs of 20% \|.*\| revisited as logged, not confirmed by both \|/);
  });
});
