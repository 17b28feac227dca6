import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { FIX_TEMPLATE_STATE, gapFixFor } from '../../../../shared/plan/gap-fixes';
import { planContext } from '../../../../shared/plan/context';
import { templateFix } from '../../../../shared/plan/statement-fixes';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { contentHash, gapFixKey, rowKey, sharedKey, type AgreementInput, type Confirmation } from '../../../../shared/workspace/agreement';
import type { PlanLadder } from '../../../../shared/plan/types';
import { ceoRef, ctoRef, today } from './fixtures';

const ws = defaultWorkspace(today);
const conf = (role: 'ceo' | 'cto', hash: string, at = '2026-01-14T10:00:00.000Z'): Confirmation => ({ role, name: role === 'ceo' ? 'Dana' : 'Sam', hash, at, mode: 'live' });

/** Both leaders confirmed `key` at `content`: this laptop as the CEO, the partner as the CTO. */
function agreedBoth(key: string, content: unknown, input: AgreementInput = { shared: {}, local: {} }): AgreementInput {
  const h = contentHash(content);
  return {
    shared: { ...input.shared, [sharedKey(key, 'ceo')]: conf('ceo', h), [sharedKey(key, 'cto')]: conf('cto', h) },
    local: { ...input.local, [key]: { ceo: h } },
  };
}

// The reference pair's top gap is cr-3 ("Rule for closing debates").
const TOP = 'cr-3';
const own: PlanLadder = { ...templateFix(TOP).ladder, workItem: 'Dana and Sam close every debate in the Monday staff meeting.' };

describe('a fix per gap: the one field the plan reads', () => {
  it('is the framework template, marked as such, while the pair has not changed it', () => {
    const tpl = templateFix(TOP).ladder;
    for (const gapFixes of [{}, { [TOP]: tpl }] as Record<string, PlanLadder>[]) {
      const fix = gapFixFor(TOP, planContext({ workspace: ws, gapFixes }));
      expect(fix.ladder).toEqual(tpl);
      expect(fix.state).toBe(FIX_TEMPLATE_STATE);
      expect(fix.source).not.toBe('workspace');
    }
  });

  it("prints the pair's text when edited, not agreed until both confirm that exact text", () => {
    const edited = gapFixFor(TOP, planContext({ workspace: ws, gapFixes: { [TOP]: own } }));
    expect(edited).toEqual({ ladder: own, source: 'workspace', state: 'edited in the workspace, not yet agreed' });

    const one = planContext({
      workspace: ws,
      gapFixes: { [TOP]: own },
      agreement: { shared: { [sharedKey(gapFixKey(TOP), 'ceo')]: conf('ceo', contentHash(own)) }, local: { [gapFixKey(TOP)]: { ceo: contentHash(own) } } },
    });
    expect(gapFixFor(TOP, one).state).toBe('edited in the workspace, not yet agreed; confirmed by the CEO only');

    const both = planContext({ workspace: ws, gapFixes: { [TOP]: own }, agreement: agreedBoth(gapFixKey(TOP), own) });
    expect(gapFixFor(TOP, both).state).toBe('agreed by both on 2026-01-14');

    // Agreed on an older text: a later edit is the pair's text again, not agreed.
    const stale = planContext({ workspace: ws, gapFixes: { [TOP]: { ...own, decisionAsk: 'Changed after.' } }, agreement: agreedBoth(gapFixKey(TOP), own) });
    expect(gapFixFor(TOP, stale).state).toBe('edited in the workspace, not yet agreed');
  });

  it('reaches the plan and its Markdown for that gap only', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, gapFixes: { [TOP]: own } } });
    expect(plan.gaps[0].statementId).toBe(TOP);
    expect(plan.gaps[0].ladder.workItem).toBe(own.workItem);
    expect(plan.gaps[0].ladderSource).toBe('workspace');
    expect(plan.gaps.slice(1).every((g) => g.ladderState === FIX_TEMPLATE_STATE)).toBe(true);
    const md = planToMarkdown(plan);
    expect(md).toContain('Fix for this gap (edited in the workspace, not yet agreed):');
    expect(md).toContain(own.workItem);
  });
});

describe('decision-matrix rows in the plan', () => {
  it('prints a row not agreed by both as proposed, an agreed row with its date', () => {
    const row = ws.matrix[1];
    const plan = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: ceoRef,
      ctoRound: ctoRef,
      today,
      workspace: { workspace: ws, agreement: agreedBoth(rowKey('matrix', row.id), { ...row }) },
    });
    const states = plan.appendices.matrix.items.map((r) => [r.id, r.state]);
    expect(states.filter(([, s]) => s === 'agreed by both on 2026-01-14')).toEqual([[row.id, 'agreed by both on 2026-01-14']]);
    expect(states.filter(([id]) => id !== row.id).every(([, s]) => s === 'proposed (not yet agreed)')).toBe(true);
    // One row agreed does not make the whole matrix agreed.
    expect(plan.appendices.matrix.state).toBe('template');
    const md = planToMarkdown(plan);
    expect(md).toContain('| Decision | Accountable | Consulted | Informed | Cadence | State |');
    expect(md).toMatch(new RegExp(`\\| ${row.decision.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|.*\\| agreed by both on 2026-01-14 \\|`));
  });

  it('names a row confirmed by one leader only', () => {
    const row = ws.matrix[0];
    const h = contentHash({ ...row });
    const plan = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: ceoRef,
      ctoRound: ctoRef,
      today,
      workspace: { workspace: ws, agreement: { shared: { [sharedKey(rowKey('matrix', row.id), 'ceo')]: conf('ceo', h) }, local: { [rowKey('matrix', row.id)]: { ceo: h } } } },
    });
    expect(plan.appendices.matrix.items[0].state).toBe('proposed (not yet agreed) · confirmed by the CEO only');
  });
});

describe('a fix for a statement this version does not know', () => {
  it('gets no state: there is no template to print it against', () => {
    const ctx = planContext({ workspace: ws, gapFixes: { 'zz-9': own, [TOP]: own } });
    expect(ctx.states[gapFixKey('zz-9')]).toBeUndefined();
    expect(ctx.states[gapFixKey(TOP)]?.kind).toBe('edited');
  });
});
