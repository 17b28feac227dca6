import { describe, expect, it } from 'vitest';
import { addressedBy } from '../../../../shared/plan/gap-ladder';
import { planContext } from '../../../../shared/plan/context';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace, DEFAULT_LINKED_GAPS } from '../../../../shared/framework/workspace-defaults';
import { betKey, type BetBudget } from '../../../../shared/workspace/agreement';
import type { Workspace } from '../../../../shared/workspace/types';
import { agreeKeys, makeRound, today } from './fixtures';

/** The workspace's starting content with its starting links (cq-6 and sa-3 → Dependency map, cq-4 → Exec metrics). */
function linkedWorkspace(): Workspace {
  return { ...defaultWorkspace(today), linkedGaps: structuredClone(DEFAULT_LINKED_GAPS) as Workspace['linkedGaps'] };
}

/** What the plan prints for `statementId` with `keys` agreed by both leaders. */
function addressed(ws: Workspace, statementId: string, keys: readonly string[], bets: readonly BetBudget[] = []) {
  const ctx = planContext({ workspace: ws, bets, agreement: agreeKeys(ws, keys, {}, bets) });
  return addressedBy(statementId, ctx).map((a) => [a.title, a.state, a.agreed]);
}

/**
 * Review (board reader) finding 1: both leaders may click "I agree" on the empty Dependency map and on
 * template metrics with no targets. The gaps read "Addressed in the workspace by: Dependency map (agreed
 * by both on …)" while the same plan says "Mapped so far: 0" and "agreed by both but not yet complete".
 * An artifact addresses a gap as its action is ticked: agreed by both and holding what the action asks for.
 */
describe('an artifact both agreed while it holds nothing yet, linked to a gap', () => {
  it('reads "agreed by both …, but not yet complete" with what is missing, and does not count as addressing the gap', () => {
    const ws = linkedWorkspace();
    expect(addressed(ws, 'cq-6', ['dependencies', 'metrics'])).toEqual([['Dependency map', 'agreed by both on 2026-01-14, but not yet complete: 0 dependencies mapped', false]]);
    // The template metrics have no target: six open points, as the action's "Open points: 6".
    expect(addressed(ws, 'cq-4', ['dependencies', 'metrics'])).toEqual([['Exec metrics', 'agreed by both on 2026-01-14, but not yet complete: 6 open points', false]]);
  });

  it('says so in the plan the board reads, beside the actions that are not ticked', () => {
    const ws = linkedWorkspace();
    // The CTO scored the two dependency-map statements and the metrics statement low: they are the plan's gaps.
    const plan = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: makeRound('ceo', { base: 4 }),
      ctoRound: makeRound('cto', { base: 4, overrides: { 'cq-6': 1, 'sa-3': 1, 'cq-4': 1 } }),
      today,
      workspace: { workspace: ws, agreement: agreeKeys(ws, ['dependencies', 'metrics']) },
    });
    const md = planToMarkdown(plan);
    expect(md).toContain('Addressed in the workspace by: Dependency map (agreed by both on 2026-01-14, but not yet complete: 0 dependencies mapped).');
    expect(md).toContain('Addressed in the workspace by: Exec metrics (agreed by both on 2026-01-14, but not yet complete: 6 open points).');
    expect(md).not.toMatch(/Addressed in the workspace by: [^\n]*\(agreed by both on 2026-01-14\)/);
    expect(plan.actions.filter((a) => a.artifact === 'dependencies' || a.artifact === 'metrics').map((a) => a.done)).toEqual([false, false]);
  });

  it('addresses the gap once it holds what its action asks for', () => {
    const ws = linkedWorkspace();
    ws.dependencies = {
      roadmapItem: 'Self-serve billing',
      dependencies: [
        { id: 'dep-1', name: 'Payments provider', status: 'green', owner: '', note: '' },
        { id: 'dep-2', name: 'Auth service', status: 'red', owner: 'Sam', note: '' },
      ],
    };
    expect(addressed(ws, 'sa-3', ['dependencies'])).toEqual([['Dependency map', 'agreed by both on 2026-01-14', true]]);
    // One rated, one nobody rated: mapped, not complete.
    ws.dependencies.dependencies[1] = { ...ws.dependencies.dependencies[1], status: '' };
    expect(addressed(ws, 'sa-3', ['dependencies'])).toEqual([['Dependency map', 'agreed by both on 2026-01-14, but not yet complete: 2 dependencies mapped, 1 open point', false]]);
  });

  it('an incomplete artifact nobody agreed keeps its "not yet agreed by both"', () => {
    const ws = linkedWorkspace();
    expect(addressed(ws, 'cq-6', [])).toEqual([['Dependency map', 'template, not yet agreed by both', false]]);
  });

  it('words what each artifact lacks in the counts its action prints', () => {
    const lacks = (ws: Workspace, statementId: string, key: string, bets: readonly BetBudget[] = [], keys: readonly string[] = [key]) => addressed(ws, statementId, keys, bets)[0][1];
    const matrix = linkedWorkspace();
    matrix.matrix = [];
    expect(lacks(matrix, 'db-1', 'matrix')).toBe('agreed by both on 2026-01-14, but not yet complete: no rows yet');
    matrix.matrix = [{ ...defaultWorkspace(today).matrix[0], accountable: [] }];
    expect(lacks(matrix, 'db-1', 'matrix')).toBe('agreed by both on 2026-01-14, but not yet complete: 1 open point');

    const ladder = linkedWorkspace();
    ladder.ladder = ladder.ladder.slice(0, 3);
    expect(lacks(ladder, 'cq-1', 'ladder')).toBe('agreed by both on 2026-01-14, but not yet complete: 3 of 10 topics complete');

    const cadence = linkedWorkspace();
    cadence.cadence = [];
    expect(lacks(cadence, 'cq-3', 'cadence')).toBe('agreed by both on 2026-01-14, but not yet complete: no meetings yet');
    cadence.cadence = [{ ...defaultWorkspace(today).cadence[0], firstDate: '' }, defaultWorkspace(today).cadence[1]];
    expect(lacks(cadence, 'cq-3', 'cadence')).toBe('agreed by both on 2026-01-14, but not yet complete: 1 of 2 meetings with first date, time, length and frequency set');

    const budgets = linkedWorkspace();
    expect(lacks(budgets, 'db-4', 'riskBudgets')).toBe('agreed by both on 2026-01-14, but not yet complete: no big bet named yet');
    const bets: BetBudget[] = [
      { id: 'bet-1', name: 'EU launch', reliabilityMinutes: 30, securityClasses: 'PII leaks', slipPercent: 10 },
      { id: 'bet-2', name: 'Mobile app', reliabilityMinutes: 30, securityClasses: '', slipPercent: null },
    ];
    expect(lacks(budgets, 'db-4', 'riskBudgets', bets, ['riskBudgets', betKey('bet-1')])).toBe(
      'agreed by both on 2026-01-14, but not yet complete: 1 of 2 big bets not agreed by both, not every budget set',
    );
    expect(lacks(budgets, 'db-4', 'riskBudgets', [bets[0]], ['riskBudgets', betKey('bet-1')])).toBe('agreed by both on 2026-01-14');
    // Every bet agreed, one with budgets left blank.
    expect(lacks(budgets, 'db-4', 'riskBudgets', [bets[1]], ['riskBudgets', betKey('bet-2')])).toBe('agreed by both on 2026-01-14, but not yet complete: not every budget set');
  });
});
