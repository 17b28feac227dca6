import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { betKey, type BetBudget } from '../../../../shared/workspace/agreement';
import { agreedPlan, today } from './fixtures';

/*
 * A big bet is agreed as one entry, unset budgets and all. The plan printed "agreed by both on …"
 * beside "downtime budget not set; …; slip budget not set": a board member reads the bet's
 * budgets as settled. An agreed bet now says how many of its budgets are missing.
 */
const bet = (over: Partial<BetBudget>): BetBudget => ({ id: 'b1', name: 'EU launch', reliabilityMinutes: 60, securityClasses: 'P1 auth bugs', slipPercent: 15, ...over });
const row = (b: BetBudget, agreed: boolean) =>
  agreedPlan(defaultWorkspace(today), agreed ? [betKey(b.id)] : [], {}, [b]).appendices.riskBudgets.items.find((x) => x.label === 'Big bet: EU launch')!;

describe('a big bet agreed by both with budgets unset', () => {
  it('says how many of its three budgets are not set', () => {
    const b = bet({ reliabilityMinutes: null, slipPercent: null });
    const r = row(b, true);
    expect(r.value).toBe('downtime budget not set; release blocked by: P1 auth bugs; slip budget not set');
    expect(r.state).toBe('agreed by both on 2026-01-14, with 2 of its 3 budgets not set');
    const md = planToMarkdown(agreedPlan(defaultWorkspace(today), [betKey(b.id)], {}, [b]));
    expect(md).toContain('with 2 of its 3 budgets not set');
    expect(md).not.toMatch(/slip budget not set \| agreed by both on 2026-01-14 \|/);
  });

  it('counts blank release blockers as not set', () => {
    expect(row(bet({ securityClasses: '   ' }), true).state).toBe('agreed by both on 2026-01-14, with 1 of its 3 budgets not set');
  });

  it('a bet with all three set reads as plainly agreed', () => {
    expect(row(bet({}), true).state).toBe('agreed by both on 2026-01-14');
  });

  it('a bet not agreed keeps its proposed state, unchanged', () => {
    expect(row(bet({ slipPercent: null }), false).state).toBe('proposed (not yet agreed)');
  });
});

describe('the risk-budget policy naming an agreed bet with budgets unset', () => {
  it('says so in its sentence too', () => {
    const b = bet({ slipPercent: null });
    const body = agreedPlan(defaultWorkspace(today), [betKey(b.id)], {}, [b]).policies.find((p) => p.body.includes('Per big bet'))!.body;
    expect(body).toContain('EU launch: at most 60 minutes of downtime per quarter; release blocked by: P1 auth bugs; slip budget not set (agreed by both on 2026-01-14, with 1 of its 3 budgets not set)');
  });
});
