import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, today } from './fixtures';

/**
 * The workspace ships ten complete translation-ladder examples with illustrative numbers
 * ("Deploy rollbacks fall from 12% to 3%"). They are the framework's, not the pair's work.
 */
describe('the shipped translation-ladder examples', () => {
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.ladder[0] = { ...ws.ladder[0], workItem: 'Split the checkout monolith into two services.' };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } });
    return { plan };
  };

  it('are not counted as translations the pair has written', () => {
    const { plan } = build();
    const ladder = plan.actions.find((a) => a.id === 'action-ladder')!;
    expect(ladder.detail).not.toContain('Complete so far: 10 of 10');
    expect(ladder.detail).toContain('Complete so far: 1 of 10');
  });

  it('are marked as examples where the appendix prints them', () => {
    const { plan } = build();
    const md = planToMarkdown(plan);
    const appendix = md.slice(md.indexOf('## Appendix: translation guide'), md.indexOf('## Appendix: meeting cadence'));
    expect(appendix).toMatch(/Test gaps.*shipped example/);
    expect(appendix).not.toMatch(/Refactoring.*shipped example/);
  });
});
