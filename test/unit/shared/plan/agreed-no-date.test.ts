import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { contentHash } from '../../../../shared/workspace/agreement';
import { ceoRef, ctoRef, today } from './fixtures';

/**
 * Both confirmations are this laptop's own (both leaders at one laptop) and the shared
 * record has not loaded: agreed, with no date to show. The plan must not print a dangling "on".
 */
describe('agreed by both with no date known', () => {
  it('reads "agreed by both", not "agreed by both on "', () => {
    const ws = defaultWorkspace(today);
    const h = contentHash(ws.matrix);
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement: { shared: {}, local: { matrix: { ceo: h, cto: h } } } } });
    expect(plan.appendices.matrix.state).toBe('agreed by both');
    expect(planToMarkdown(plan)).not.toMatch(/agreed by both on[ .|_)]/);
  });
});
