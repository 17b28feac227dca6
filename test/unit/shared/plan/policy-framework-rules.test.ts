/*
 * A policy mixes the framework's rule sentences (the same in every plan, nothing in the workspace
 * lets the pair agree them) with the pair's own values (checklists, limit, matrix, forums). The
 * "agreed by both" state line stamps only the values: each framework sentence is labelled as the
 * framework's, and the forum and checklist the plan names are the ones the cadence holds.
 */
import { describe, expect, it } from 'vitest';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { FRAMEWORK_RULE } from '../../../../shared/plan/policies';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { RepairPlan } from '../../../../shared/plan/types';
import { agreedPlan, today } from './fixtures';

/** The markdown between one "### title" and the next heading. */
function section(md: string, title: string): string {
  const start = md.indexOf(`### ${title}\n`);
  const rest = md.slice(start + title.length + 5);
  return rest.slice(0, rest.search(/\n#{2,3} /));
}

const policy = (p: RepairPlan, title: string) => p.policies.find((s) => s.title === title)!;

/** The text of `body` from the sentence holding `phrase` back to its start: what a reader takes it as. */
function sentenceOf(body: string, phrase: string): string {
  const at = body.indexOf(phrase);
  expect(at, phrase).toBeGreaterThanOrEqual(0);
  return body.slice(body.lastIndexOf('. ', at) + 1, at);
}

describe('decision intake over an agreed cadence whose checklists ask only for "Customer impact" (review s4b)', () => {
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.cadence = ws.cadence.map((m) => ({ ...m, prereadChecklist: ['Customer impact'] }));
    return agreedPlan(ws, ['cadence'], { debateDays: 5 }, []);
  };

  it('labels the options, cost and risk sentence as the framework’s rule, not as theirs', () => {
    const md = section(planToMarkdown(build()), 'Decision intake');
    expect(md).toContain('_In the workspace: agreed by both on 2026-01-14._');
    expect(sentenceOf(md, 'the options, the cost of each and the risk of each')).toContain(FRAMEWORK_RULE);
  });

  it('prints what their agreed checklists actually ask for, next to the agreed stamp', () => {
    const intake = policy(build(), 'Decision intake');
    expect(intake.body).toMatch(/Your pre-read checklists ask, in every meeting that has one \(Weekly CTO–CEO 1:1, Monthly strategy review, Quarterly planning, Quarterly board prep\), for: Customer impact\.$/);
    expect(intake.body).not.toContain('appendix');
  });

  it('lists each meeting’s own items when the checklists share none', () => {
    const ws = defaultWorkspace(today);
    ws.cadence = ws.cadence.slice(0, 2).map((m, i) => ({ ...m, prereadChecklist: i ? ['Spend'] : ['Customer impact', ' ', 'customer impact'] }));
    expect(policy(agreedPlan(ws, ['cadence']), 'Decision intake').body).toContain(
      'Your pre-read checklists share no item; each asks for its own. Weekly CTO–CEO 1:1: Customer impact. Monthly strategy review: Spend.',
    );
  });
});

describe('escalation over an agreed cadence without a weekly 1:1 (review s4)', () => {
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.cadence = ws.cadence.filter((m) => !/1:1/.test(m.name));
    return agreedPlan(ws, ['cadence', 'matrix']);
  };

  it('never sends anything to a weekly 1:1 the cadence does not hold', () => {
    const md = section(planToMarkdown(build()), 'Escalation path');
    expect(md).not.toMatch(/1:1/);
    expect(md).toContain('goes to the Monthly strategy review (the most frequent meeting in your cadence)');
  });

  it('labels the "anything not listed" rule as the framework’s; the agreed stamp follows the matrix', () => {
    const md = section(planToMarkdown(build()), 'Escalation path');
    expect(sentenceOf(md, 'does not list goes to')).toContain(FRAMEWORK_RULE);
    expect(md).toMatch(/Your decision matrix: To the CTO: .*\n\n_In the workspace: agreed by both on 2026-01-14\._/);
  });

  it('says no default forum is set when the cadence has no meeting at all', () => {
    const ws = defaultWorkspace(today);
    ws.cadence = [];
    const esc = policy(agreedPlan(ws, ['cadence', 'matrix']), 'Escalation path');
    expect(esc.body).toContain('No default forum is set: the cadence has no meeting to take it.');
    expect(esc.body).not.toMatch(/1:1/);
  });

  it('the fallback with no valid matrix names no weekly 1:1 either', () => {
    const ws = defaultWorkspace(today);
    ws.cadence = ws.cadence.filter((m) => !/1:1/.test(m.name)).map((m) => ({ ...m, decisionTypes: [] }));
    ws.matrix = [];
    expect(policy(agreedPlan(ws, ['matrix']), 'Escalation path').body).not.toMatch(/1:1/);
  });

  it('names the weekly 1:1 when the cadence holds one', () => {
    expect(policy(agreedPlan(defaultWorkspace(today), ['cadence', 'matrix']), 'Escalation path').body).toContain(
      'goes to the Weekly CTO–CEO 1:1 (your weekly 1:1), where the two leaders',
    );
  });
});

describe('disagree and commit, and the risk budget policy, under agreed values', () => {
  const build = () => agreedPlan(defaultWorkspace(today), ['policies', 'policies:debateDays', 'riskBudgets'], { debateDays: 5 });

  it('labels who closes a debate, and how, as the framework’s rule; the stamp follows their limit', () => {
    const md = section(planToMarkdown(build()), 'Disagree and commit');
    expect(sentenceOf(md, 'the accountable owner closes the decision')).toContain(FRAMEWORK_RULE);
    expect(sentenceOf(md, 'both leaders back it in public')).toContain(FRAMEWORK_RULE);
    expect(md).toMatch(/Your debate limit: a decision stays open for debate at most 5 days \(agreed by both on 2026-01-14\)\.\n\n_In the workspace: agreed by both/);
  });

  it('labels what happens once a budget is spent as the framework’s rule', () => {
    const body = policy(build(), 'Risk budget policy').body;
    expect(sentenceOf(body, 'reliability work goes ahead of new features')).toContain(FRAMEWORK_RULE);
    expect(sentenceOf(body, 'scope or date is re-decided')).toContain(FRAMEWORK_RULE);
  });
});
