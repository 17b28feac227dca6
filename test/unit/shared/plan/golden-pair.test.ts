/*
 * A realistic pair, as the guide describes it: an optimistic CEO, a CTO who scores
 * low, notes (one marked for the plan, one private), warning signs and some
 * "don't know" answers. Checked item by item against what the guide would circle.
 *
 * Gap weight (3·|a − b| + 10 − a − b) / 20: each 5-vs-1 split weighs (12 + 4) / 20 = 0.8,
 * the highest possible for a split; the next splits are 5 vs 2 = 0.6. The three 0.8s
 * in framework order: db-2 "Who owns delivery dates" (the guide's trap question),
 * db-4 "Shared risk budget", sa-1 "CTO in strategy early".
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreementContents, contentHash, sharedKey, type AgreementInput, type Confirmation } from '../../../../shared/workspace/agreement';
import type { Round } from '../../../../shared/assessment/types';
import type { Workspace } from '../../../../shared/workspace/types';
import { makeRound, today } from './fixtures';

function golden(): { ceo: Round; cto: Round } {
  const ceo = makeRound('ceo', {
    base: 4,
    name: 'Priya Shah',
    overrides: { 'db-1': 5, 'db-2': 5, 'db-4': 5, 'sa-1': 5, 'sa-2': 5, 'cq-1': 5 },
    warnings: { 'ws-overrides': 'never', 'ws-late-strategy': 'never' },
    notes: { 'db-2': 'I assumed the CTO owns the launch date for the enterprise tier.', 'cq-1': 'Private: weekly updates feel long.' },
  });
  const cto = makeRound('cto', {
    base: 2,
    name: 'Tom Berg',
    overrides: { 'db-2': 1, 'db-4': 1, 'sa-1': 1, 'cr-5': 3 },
    warnings: { 'ws-late-strategy': 'often', 'ws-no-risk-budget': 'often', 'ws-overrides': 'sometimes' },
    notes: { 'sa-1': 'Heard about the healthcare segment after the board deck.' },
  });
  // Don't-knows: the CTO on two communication statements, the CEO on one conflict statement.
  cto.answers['cq-4'] = { value: 'dont-know' };
  cto.answers['cq-6'] = { value: 'dont-know' };
  ceo.answers['cr-6'] = { value: 'dont-know' };
  // Each author decides per note: the CEO shares the db-2 note, keeps cq-1 private; the CTO shares sa-1.
  ceo.answers['db-2'].noteInPlan = true;
  cto.answers['sa-1'].noteInPlan = true;
  return { ceo, cto };
}

function agreeAs(ws: Workspace, key: string, on = '2026-01-20T10:00:00.000Z'): AgreementInput {
  const hash = contentHash(agreementContents(ws)[key]);
  return {
    shared: {
      [sharedKey(key, 'ceo')]: { role: 'ceo', name: 'Priya Shah', hash, at: on, mode: 'live' },
      [sharedKey(key, 'cto')]: { role: 'cto', name: 'Tom Berg', hash, at: on, mode: 'live' },
    },
    // This laptop is the CEO's: it wrote the CEO confirmation itself.
    local: { [key]: { ceo: hash } },
  };
}

describe('golden pair: optimistic CEO, CTO scoring low', () => {
  const { ceo, cto } = golden();
  const build = () => {
    const fresh = defaultWorkspace(today);
    const plan = buildRepairPlan({ companyName: 'Northwind', ceoRound: ceo, ctoRound: cto, workspace: { workspace: fresh }, today });
    return { plan };
  };

  it('circles the three gaps the guide names first', () => {
    const { plan } = build();
    // All three are 5-vs-1 splits; the CTO seeing "strategy arrives late" often puts sa-1 first (gaps.ts: warning-sign points).
    expect(plan.gaps.map((g) => [g.statementId, g.title, g.ceo, g.cto])).toEqual([
      ['sa-1', 'CTO in strategy early', 5, 1],
      ['db-4', 'Shared risk budget', 5, 1],
      ['db-2', 'Who owns delivery dates', 5, 1],
    ]);
  });

  it('gives each gap its own fix, through the artifact that repairs it', () => {
    const { plan } = build();
    const [strategy, risk, dates] = plan.gaps;
    expect(dates.ladder.workItem).toBe('Write the decision-matrix rows behind "Who owns delivery dates": one accountable owner each, or an explicit joint call.');
    expect(dates.ladder.systemEffect).toContain('decision snacking');
    expect(risk.ladder.workItem).toContain('risk budget for each big bet');
    expect(risk.ladder.decisionAsk).not.toMatch(/matrix/i);
    expect(strategy.ladder.workItem).toContain('Give "CTO in strategy early" a forum');
    expect(strategy.ladder.customerEffect).toContain('before Sales promises a date');
    expect(plan.gaps.every((g) => g.ladderState === 'template from the framework, not yet edited or agreed by the two of you')).toBe(true);
  });

  it('ticks nothing and prints no policy as agreed on an untouched workspace', () => {
    const { plan } = build();
    expect(plan.actions.some((a) => a.done)).toBe(false);
    expect(plan.actions.filter((a) => a.artifact).every((a) => a.state === 'template, not yet agreed by both')).toBe(true);
    const text = [...plan.policies, ...plan.principles].map((p) => p.body).join(' ');
    expect(text).not.toMatch(/agreed by both/);
    expect(plan.policies[3].body.match(/proposed \(not yet agreed\)/g)).toHaveLength(3);
    expect(plan.policies[1].body).toContain('Your debate limit: not set yet');
  });

  it('runs the guide\'s 30 days: immediate actions, then policies, risk budgets and a re-score', () => {
    const { plan } = build();
    expect(plan.actions.filter((a) => a.phase === 1).map((a) => a.id)).toEqual(['action-review-gaps', 'action-cadence', 'action-matrix', 'action-ladder', 'action-metrics']);
    expect(plan.actions.filter((a) => a.phase === 2).map((a) => a.id)).toEqual([
      'action-risk-budgets',
      'action-policies',
      'action-dependencies',
      'action-quarterly-planning',
      'action-board-prep',
      'action-rescore',
    ]);
    expect(plan.actions[0].detail).toContain('"CTO in strategy early", "Shared risk budget", "Who owns delivery dates"');
  });

  it('reports the warning signs the CTO sees and the CEO does not', () => {
    const { plan } = build();
    expect(plan.scores.firedWarnings.ceo).toEqual([]);
    expect(plan.scores.firedWarnings.cto.map((w) => [w.id, w.frequency])).toEqual([
      ['ws-overrides', 'sometimes'],
      ['ws-late-strategy', 'often'],
      ['ws-no-risk-budget', 'often'],
    ]);
    expect(plan.cover.summary).toContain('Warning signs: the CEO reports 0 (did not know or did not answer 4), the CTO 3 (did not know or did not answer 3).');
  });

  it('carries only the notes their authors marked for the plan', () => {
    const { plan } = build();
    expect(plan.appendices.notes.items.map((n) => [n.role, n.name, n.title, n.text])).toEqual([
      ['ceo', 'Priya Shah', 'Who owns delivery dates', 'I assumed the CTO owns the launch date for the enterprise tier.'],
      ['cto', 'Tom Berg', 'CTO in strategy early', 'Heard about the healthcare segment after the board deck.'],
    ]);
    const md = planToMarkdown(plan);
    expect(md).toContain('I assumed the CTO owns the launch date');
    expect(md).not.toContain('weekly updates feel long');
  });

  it('ticks the matrix action once both leaders agreed the matrix, and nothing else', () => {
    const ws = defaultWorkspace(today);
    ws.matrix[1] = { ...ws.matrix[1], decision: 'Delivery date for a top-3 initiative (CEO and CTO jointly, CTO proposes)' };
    const agreed = buildRepairPlan({ companyName: 'Northwind', ceoRound: ceo, ctoRound: cto, workspace: { workspace: ws, agreement: agreeAs(ws, 'matrix') }, today });
    expect(agreed.actions.filter((a) => a.done).map((a) => a.id)).toEqual(['action-matrix']);
    expect(agreed.appendices.matrix.state).toBe('agreed by both on 2026-01-20');
    expect(agreed.appendices.matrix.items.every((r) => r.state === 'agreed by both on 2026-01-20')).toBe(true);
    expect(agreed.policies[2].body).toContain('Your decision matrix: To the CTO:');

    // An edit after agreement sends it back to "edited" and unticks the action; the plan says both had
    // agreed the earlier version, and every row (changed or not) is proposed again (board-reader review, 2026-11-29).
    const later = { ...ws, matrix: ws.matrix.map((r, i) => (i === 0 ? { ...r, cadence: 'Weekly' } : r)) };
    const after = buildRepairPlan({ companyName: 'Northwind', ceoRound: ceo, ctoRound: cto, workspace: { workspace: later, agreement: agreeAs(ws, 'matrix') }, today });
    expect(after.actions.some((a) => a.done)).toBe(false);
    expect(after.appendices.matrix.state).toBe('edited since both agreed it on 2026-01-20');
    expect(after.appendices.matrix.items.map((r) => r.state)).toEqual(
      later.matrix.map(() => 'proposed (not yet agreed); the decision matrix was agreed by both on 2026-01-20, then edited'),
    );
    expect(planToMarkdown(after)).toContain('edited since both agreed it on 2026-01-20');
  });

  it('prints an agreed debate limit as the pair\'s policy', () => {
    const ws = defaultWorkspace(today);
    const policies = { debateDays: 5 };
    const hash = contentHash(agreementContents(ws, policies).policies);
    const agreement: AgreementInput = {
      shared: {
        [sharedKey('policies', 'ceo')]: { role: 'ceo', name: 'Priya Shah', hash, at: '2026-01-21T10:00:00.000Z', mode: 'together' },
        [sharedKey('policies', 'cto')]: { role: 'cto', name: 'Tom Berg', hash, at: '2026-01-21T10:00:00.000Z', mode: 'together' },
      },
      local: { policies: { ceo: hash, cto: hash } },
    };
    const p = buildRepairPlan({ companyName: 'Northwind', ceoRound: ceo, ctoRound: cto, workspace: { workspace: ws, policies, agreement }, today });
    expect(p.policies[1].body).toContain('at most 5 days (agreed by both on 2026-01-21)');
    // The action also asks for intake (the cadence) and escalation (the matrix), both still templates
    // here: section 5 prints them "not yet agreed", so the action is not ticked.
    expect(p.policies[0].state).toMatch(/not yet agreed/);
    expect(p.policies[2].state).toMatch(/not yet agreed/);
    expect(p.actions.find((a) => a.id === 'action-policies')!.done).toBe(false);
    // With the cadence and the matrix agreed too, it is.
    const all = [agreeAs(ws, 'cadence'), agreeAs(ws, 'matrix'), agreement];
    const merged: AgreementInput = { shared: Object.assign({}, ...all.map((a) => a.shared)), local: Object.assign({}, ...all.map((a) => a.local)) };
    const done = buildRepairPlan({ companyName: 'Northwind', ceoRound: ceo, ctoRound: cto, workspace: { workspace: ws, policies, agreement: merged }, today });
    expect(done.actions.find((a) => a.id === 'action-policies')!.done).toBe(true);
  });

  it('ticks the risk-budget action only when the company budgets and every big bet are agreed, with every value set', () => {
    const ws = defaultWorkspace(today);
    const bets = [
      { id: 'bet-a', name: 'Healthcare segment in 60 days', reliabilityMinutes: 60, securityClasses: 'PHI exposure', slipPercent: 20 },
      { id: 'bet-b', name: 'Data model rewrite', reliabilityMinutes: null, securityClasses: '', slipPercent: 10 },
    ];
    const agree = (keys: string[]): AgreementInput => {
      const contents = agreementContents(ws, {}, bets);
      const shared: Record<string, Confirmation> = {};
      const local: Record<string, { ceo: string }> = {};
      for (const key of keys) {
        const hash = contentHash(contents[key]);
        shared[sharedKey(key, 'ceo')] = { role: 'ceo', name: 'Priya Shah', hash, at: '2026-01-22T10:00:00.000Z', mode: 'live' };
        shared[sharedKey(key, 'cto')] = { role: 'cto', name: 'Tom Berg', hash, at: '2026-01-22T10:00:00.000Z', mode: 'live' };
        local[key] = { ceo: hash };
      }
      return { shared, local };
    };
    const build = (keys: string[]) =>
      buildRepairPlan({ companyName: 'Northwind', ceoRound: ceo, ctoRound: cto, workspace: { workspace: ws, bets, agreement: agree(keys) }, today });
    const risk = (p: ReturnType<typeof build>) => p.actions.find((a) => a.id === 'action-risk-budgets')!;

    expect(risk(build(['riskBudgets', 'bets:bet-a'])).done).toBe(false);
    const all = build(['riskBudgets', 'bets:bet-a', 'bets:bet-b']);
    // Every bet agreed, but one with no downtime budget and no release blockers: agreed, not done.
    expect(risk(all).done).toBe(false);
    expect(risk(all).detail).toContain('Big bets agreed: 2 of 2. Not set yet: downtime budget, release blockers of "Data model rewrite".');
    const rows = all.appendices.riskBudgets.items.filter((b) => b.label.startsWith('Big bet'));
    expect(rows.map((b) => [b.label, b.value, b.state])).toEqual([
      ['Big bet: Healthcare segment in 60 days', 'at most 60 minutes of downtime per quarter; release blocked by: PHI exposure; slip up to 20%', 'agreed by both on 2026-01-22'],
      // Agreed as it stands, unset budgets and all: the state says what is missing (bet-budgets-unset.test).
      ['Big bet: Data model rewrite', 'downtime budget not set; release blockers not named; slip up to 10%', 'agreed by both on 2026-01-22, with 2 of its 3 budgets not set'],
    ]);
    const unagreed = build([]);
    expect(unagreed.policies[3].body).toContain('Healthcare segment in 60 days: at most 60 minutes of downtime per quarter; release blocked by: PHI exposure; slip up to 20%, proposed (not yet agreed)');
    // With all three of its budgets set and agreed, it is done.
    bets[1] = { ...bets[1], reliabilityMinutes: 30, securityClasses: 'Data loss' };
    const complete = build(['riskBudgets', 'bets:bet-a', 'bets:bet-b']);
    expect(risk(complete).done).toBe(true);
    expect(risk(complete).detail).toContain('Big bets agreed: 2 of 2. In the workspace:');
  });
});
