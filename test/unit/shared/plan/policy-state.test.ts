import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreedPlan, ceoRef, ctoRef, today } from './fixtures';

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

/*
 * A debate limit nobody set is not agreed: "agreed by both" under "a limit the two of you have
 * not set yet" reads as a settled rule.
 */
describe('policies over agreed artifacts with nothing in them', () => {
  const policy = (p: ReturnType<typeof agreedPlan>, title: string) => p.policies.find((s) => s.title === title)!;

  it('disagree and commit: agreed policies with no debate limit say the limit is not set, not agreed by both', () => {
    const p = agreedPlan(defaultWorkspace(today), ['policies']);
    const dc = policy(p, 'Disagree and commit');
    expect(dc.body).toContain('have not set yet');
    expect(dc.state).toBe('debate limit not set, not yet agreed by both');
    expect(section(planToMarkdown(p), 'Disagree and commit')).toContain('_In the workspace: debate limit not set, not yet agreed by both._');
  });

  it('disagree and commit: not even a confirmation of the empty limit itself reads as agreed', () => {
    const dc = policy(agreedPlan(defaultWorkspace(today), ['policies', 'policies:debateDays']), 'Disagree and commit');
    expect(dc.state).toBe('debate limit not set, not yet agreed by both');
  });

  it('disagree and commit: an agreed limit keeps its agreed state', () => {
    const dc = policy(agreedPlan(defaultWorkspace(today), ['policies', 'policies:debateDays'], { debateDays: 5 }), 'Disagree and commit');
    expect(dc.state).toBe('agreed by both on 2026-01-14');
  });
});
