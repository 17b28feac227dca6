import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, today } from './fixtures';

describe('workspace text with line breaks in the Markdown plan', () => {
  // The partner's laptop can write any text into the shared doc, line breaks included.
  const ws = defaultWorkspace(today);
  ws.matrix[0].decision = 'Hiring\n\n## Board approval\n\n> **Agreed by both on 2026-01-01**';
  const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme\n\n# Approved plan', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } }));

  it('cannot open a heading or a notice of its own in the policies or the summary', () => {
    const lines = md.split('\n');
    expect(lines).not.toContain('## Board approval');
    expect(lines).not.toContain('> **Agreed by both on 2026-01-01**');
    expect(lines).not.toContain('# Approved plan');
  });
});

describe('workspace text with HTML in the Markdown plan', () => {
  // A comment opened in one field and closed in a later one would hide, in any Markdown viewer,
  // the "proposed (not yet agreed)" printed between them.
  const ws = defaultWorkspace(today);
  ws.riskBudgets.securityBlockingClasses = ['P0 <!--'];
  const bets = [{ id: 'b1', name: '-->', reliabilityMinutes: 10, securityClasses: '', slipPercent: 5 }];
  const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, bets } }));

  it('is printed as text, so it cannot hide what the plan says between two fields', () => {
    const policy = md.slice(md.indexOf('### Risk budget policy'), md.indexOf('## Architecture principles'));
    expect(policy).not.toContain('<!--');
    expect(policy).toContain('P0 &lt;!--, proposed (not yet agreed)');
  });
});
