import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, today } from './fixtures';

/**
 * "Addressed in the workspace by: Decision matrix (edited)" reads to a board member as if the
 * gap were handled by a settled matrix. Like a policy's state, a bare "edited" or "template" says so.
 */
describe('an artifact linked to a gap, not agreed by both', () => {
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.matrix[0].decision = 'Product bet, target segment and pricing';
    // The metrics keep their content but not their starting links; the matrix has a renamed row.
    ws.linkedGaps = { ...ws.linkedGaps, matrix: ['cr-3'], metrics: ['cr-3'] };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } });
    return { plan };
  };

  it('says it is not yet agreed by both', () => {
    const { plan } = build();
    const gap = plan.gaps.find((g) => g.statementId === 'cr-3')!;
    expect(gap.addressedBy.map((a) => [a.title, a.state])).toEqual([
      ['Decision matrix', 'edited, not yet agreed by both'],
      ['Exec metrics', 'edited, not yet agreed by both'],
    ]);
    expect(planToMarkdown(plan)).toContain('Addressed in the workspace by: Decision matrix (edited, not yet agreed by both), Exec metrics (edited, not yet agreed by both).');
  });
});
