import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, today } from './fixtures';

/** The markdown between one "### title" and the next heading. */
function section(md: string, title: string): string {
  const start = md.indexOf(`### ${title}\n`);
  const rest = md.slice(start + title.length + 5);
  return rest.slice(0, rest.search(/\n#{2,3} /));
}

describe('policies nobody agreed', () => {
  const build = () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: defaultWorkspace(today) }, today });
    const md = planToMarkdown(plan);
    return { plan, md };
  };

  it('says so in the markdown, under every policy', () => {
    const { md } = build();
    // "Decision intake" states a rule with no number in it: without its state it reads as the pair's rule.
    for (const title of ['Decision intake', 'Disagree and commit', 'Escalation path', 'Risk budget policy']) {
      expect(section(md, title)).toMatch(/not yet agreed/);
    }
    expect(section(md, 'Decision intake')).toContain('_In the workspace: template, not yet agreed by both._');
  });

  it('never prints a bare "template" or "edited" as a policy state', () => {
    const { plan } = build();
    for (const p of plan.policies) expect(p.state).toMatch(/not yet agreed by both$/);
  });
});

describe('critical flows one leader named', () => {
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.riskBudgets.criticalFlows = ['Login', 'Checkout', 'Core API'];
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: ws }, today });
    return { plan };
  };

  it('are not stated as the pair\'s principle without their state', () => {
    const { plan } = build();
    expect(plan.principles[0].body).toContain('1. Login; 2. Checkout; 3. Core API');
    expect(plan.principles[0].state).toBe('edited, not yet agreed by both');
    expect(section(planToMarkdown(plan), 'Business-critical paths first')).toContain('_In the workspace: edited, not yet agreed by both._');
  });
});
