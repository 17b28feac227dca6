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
 * Text the plan supplies because the workspace has nothing to say (no valid matrix row, no forum,
 * no debate limit) is not the pair's rule: "agreed by both" under it reads as a settled rule even
 * when the artifact both agreed is empty.
 */
describe('policies over agreed artifacts with nothing in them', () => {
  const policy = (p: ReturnType<typeof agreedPlan>, title: string) => p.policies.find((s) => s.title === title)!;

  it('escalation: the fallback rule of a matrix with no valid row is the framework\'s text, not agreed by both', () => {
    const ws = defaultWorkspace(today);
    ws.matrix = [];
    ws.cadence = ws.cadence.map((m) => ({ ...m, decisionTypes: [] }));
    const p = agreedPlan(ws, ['matrix']);
    const esc = policy(p, 'Escalation path');
    expect(esc.body).toBe('There is no valid decision matrix yet. Until there is, raise every escalation in the Weekly CTO–CEO 1:1 (your weekly 1:1, in a cadence not yet agreed) and treat delivery dates and hiring as joint CEO + CTO calls.');
    expect(esc.state).toBeUndefined();
    expect(esc.origin).toBe("The framework's default text, printed until the decision matrix has a row with one accountable owner: not a rule the two of you have agreed.");
    const md = section(planToMarkdown(p), 'Escalation path');
    expect(md).not.toContain('agreed by both');
    expect(md).toContain('not a rule the two of you have agreed');
  });

  it('escalation: rows with no accountable owner leave the fallback too', () => {
    const ws = defaultWorkspace(today);
    ws.matrix = ws.matrix.map((r) => ({ ...r, accountable: [], jointAccountable: undefined }));
    expect(policy(agreedPlan(ws, ['matrix']), 'Escalation path').state).toBeUndefined();
  });

  it('escalation: an agreed matrix with valid rows keeps its agreed state', () => {
    const esc = policy(agreedPlan(defaultWorkspace(today), ['matrix']), 'Escalation path');
    expect(esc.state).toBe('agreed by both on 2026-01-14');
    expect(esc.origin).toBeUndefined();
  });

  it('decision intake: the rule over an agreed cadence with no meeting is the framework\'s text, not agreed by both', () => {
    const ws = defaultWorkspace(today);
    ws.cadence = [];
    const intake = policy(agreedPlan(ws, ['cadence']), 'Decision intake');
    expect(intake.body).toBe('A decision reaches a forum only with a written pre-read that lays out the options, the cost of each and the risk of each. Without one it waits for the next meeting.');
    expect(intake.state).toBeUndefined();
    expect(intake.origin).toBe("The framework's default text, printed until the cadence has a meeting with a pre-read checklist: not a rule the two of you have agreed.");
  });

  it('decision intake: meetings without a pre-read checklist leave the framework\'s text too', () => {
    const ws = defaultWorkspace(today);
    ws.cadence = ws.cadence.map((m) => ({ ...m, prereadChecklist: [' '] }));
    expect(policy(agreedPlan(ws, ['cadence']), 'Decision intake').state).toBeUndefined();
  });

  it('decision intake: an agreed cadence with checklists keeps its agreed state and names the forums', () => {
    const intake = policy(agreedPlan(defaultWorkspace(today), ['cadence']), 'Decision intake');
    expect(intake.state).toBe('agreed by both on 2026-01-14');
    expect(intake.body).toContain('Your pre-read checklists ask, in every meeting that has one (Weekly CTO–CEO 1:1, Monthly strategy review, Quarterly planning, Quarterly board prep), for: Options considered; Cost of each option; Risk of each option.');
  });

  it('disagree and commit: agreed policies with no debate limit say the limit is not set, not agreed by both', () => {
    const p = agreedPlan(defaultWorkspace(today), ['policies']);
    const dc = policy(p, 'Disagree and commit');
    expect(dc.body).toContain('Your debate limit: not set yet');
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
