import { describe, expect, it } from 'vitest';
import { matrixRowPlanState, unroutedReason } from '../../../../shared/plan/row-states';
import { planContext } from '../../../../shared/plan/context';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { rowKey } from '../../../../shared/workspace/agreement';
import type { Workspace } from '../../../../shared/workspace/types';
import { agreedPlan, agreeKeys, today } from './fixtures';

/** The starting matrix with its fourth row renamed and nobody accountable for it. */
function unownedRow(): Workspace {
  const ws = defaultWorkspace(today);
  ws.matrix[3] = { ...ws.matrix[3], decision: 'Layoffs and hiring freezes', accountable: [] };
  return ws;
}

/**
 * Review (board reader) finding 2: an agreed matrix row with an empty Accountable cell printed
 * "agreed by both on …" with no caveat, as if the pair had settled who decides. A metric says
 * "with no target set", a bet "with N of its 3 budgets not set"; a row says what it lacks.
 */
describe('an agreed decision-matrix row nobody can route', () => {
  it('says "with nobody accountable" beside "agreed by both", in the appendix and the Markdown', () => {
    const ws = unownedRow();
    const plan = agreedPlan(ws, ['matrix']);
    expect(plan.appendices.matrix.items.map((r) => r.state)).toEqual([
      'agreed by both on 2026-01-14',
      'agreed by both on 2026-01-14',
      'agreed by both on 2026-01-14',
      'agreed by both on 2026-01-14, with nobody accountable',
      ...ws.matrix.slice(4).map(() => 'agreed by both on 2026-01-14'),
    ]);
    expect(planToMarkdown(plan)).toMatch(/^\| Layoffs and hiring freezes \|  \| [^\n]*\| agreed by both on 2026-01-14, with nobody accountable \|$/m);
  });

  it('a row not agreed by both keeps its "proposed" alone: the caveat qualifies an agreement', () => {
    const ws = unownedRow();
    const ctx = planContext({ workspace: ws, agreement: agreeKeys(ws, []) });
    expect(matrixRowPlanState(ctx, ws.matrix[3])).toBe('proposed (not yet agreed)');
  });

  it('names what a row lacks: nobody accountable, no single owner, no decision named; nothing for a row with one owner', () => {
    const row = defaultWorkspace(today).matrix[0];
    expect(unroutedReason({ ...row, accountable: [] })).toBe('nobody accountable');
    expect(unroutedReason({ ...row, accountable: ['Finance', 'People'], jointAccountable: false })).toBe('no single accountable owner');
    expect(unroutedReason({ ...row, decision: '  ' })).toBe('no decision named');
    // A missing forum does not change who owns it: the escalation path still routes the row.
    expect(unroutedReason({ ...row, accountable: ['CEO'], cadence: '' })).toBeUndefined();

    const ws = defaultWorkspace(today);
    ws.matrix[0] = { ...ws.matrix[0], decision: '' };
    const ctx = planContext({ workspace: ws, agreement: agreeKeys(ws, [rowKey('matrix', ws.matrix[0].id)]) });
    expect(matrixRowPlanState(ctx, ws.matrix[0])).toBe('agreed by both on 2026-01-14, with no decision named');
  });
});
