import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { contentHash, rowKey, sharedKey, type Confirmation } from '../../../../shared/workspace/agreement';
import { ceoRef, ctoRef, today } from './fixtures';

/** Every state the plan prints beside a row or under an appendix: agreed, or saying it is not. */
const settledOrSaysNot = (s: string) => s.startsWith('agreed by both') || /not yet agreed/.test(s) || s === 'not started';

describe('rows of the metrics and risk-budget appendices one leader wrote', () => {
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.metrics[0].target = 'Under 2 days';
    ws.metrics[0].values = [{ month: '2026-01', value: 3 }];
    ws.riskBudgets.reliabilityMinutesPerQuarter = 45;
    // The CEO (this laptop) confirmed the first metric; the CTO did not.
    const h = contentHash({ name: ws.metrics[0].name, definition: ws.metrics[0].definition, unit: ws.metrics[0].unit, owner: ws.metrics[0].owner, target: ws.metrics[0].target });
    const key = rowKey('metrics', ws.metrics[0].id);
    const conf: Confirmation = { role: 'ceo', name: 'Dana', hash: h, at: '2026-01-14T10:00:00.000Z', mode: 'live' };
    const plan = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: ceoRef,
      ctoRound: ctoRef,
      workspace: { workspace: ws, agreement: { shared: { [sharedKey(key, 'ceo')]: conf }, local: { [key]: { ceo: h } } } },
      today,
    });
    return { ws, plan };
  };

  it('never print a bare "template" or "edited" beside a metric or a budget', () => {
    const { ws, plan } = build();
    const metric = plan.appendices.metrics.items.find((m) => m.id === ws.metrics[0].id)!;
    expect(metric.state).toBe('proposed (not yet agreed) · confirmed by the CEO only');
    for (const m of plan.appendices.metrics.items) expect(settledOrSaysNot(m.state)).toBe(true);
    expect(plan.appendices.riskBudgets.items.map((b) => b.state).filter((s) => !settledOrSaysNot(s))).toEqual([]);
  });

  it('the Markdown states under each appendix say "not yet agreed by both", as the PDF does', () => {
    const { plan } = build();
    const states = [...planToMarkdown(plan).matchAll(/^_State: (.*)\._$/gm)].map((m) => m[1]);
    expect(states.length).toBeGreaterThan(0);
    for (const s of states) expect(settledOrSaysNot(s)).toBe(true);
  });
});

describe('the decision matrix in the Markdown plan', () => {
  it('lists who is consulted and informed without blank or padded names', () => {
    const ws = defaultWorkspace(today);
    ws.matrix[0] = { ...ws.matrix[0], decision: 'Hiring plan', consulted: [' Finance ', '', 'People  '], informed: ['   '] };
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: ws }, today }));
    expect(md).toMatch(/^\| Hiring plan \| [^|]+ \| Finance, People \|  \| [^|]+ \| proposed \(not yet agreed\) \|$/m);
  });
});
