/*
 * A ticked action tells the board the work is done. It is ticked only when both leaders agreed
 * the artifact it produces AND that artifact does what the action asks: an agreed guide with
 * nine complete topics, an agreed metric list with open points, an agreed matrix with no rows or
 * a row without an owner, an agreed cadence with no meetings or one without a date, time, length
 * or frequency, an agreed risk budget with no big bet or no numbers, an agreed policy framework
 * with no debate limit, or an agreed dependency map that is empty or not rated is agreed but not
 * done. Each case below is built both ways: agreed but incomplete (not ticked)
 * and agreed and complete (ticked).
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { BetBudget } from '../../../../shared/workspace/agreement';
import { agreedPlan as plan, ceoRef, ctoRef, today } from './fixtures';

const action = (p: ReturnType<typeof plan>, id: string) => p.actions.find((a) => a.id === id)!;
const ticked = (p: ReturnType<typeof plan>) => p.actions.filter((a) => a.done).map((a) => a.id);

describe('the translation-guide action', () => {
  it('is not done when both agreed a guide with nine complete topics of ten', () => {
    const ws = defaultWorkspace(today);
    ws.ladder[0] = { ...ws.ladder[0], decisionAsk: '' };
    const p = plan(ws, ['ladder']);
    expect(action(p, 'action-ladder').done).toBe(false);
    expect(action(p, 'action-ladder').detail).toContain('Complete so far: 9 of 10.');
    expect(action(p, 'action-ladder').state).toBe('agreed by both on 2026-01-14');
    expect(planToMarkdown(p)).toContain('- [ ] **Write a translation guide for 10 engineering topics**');
  });

  it('is done when both agreed a guide with ten complete topics (the shipped ones count once agreed)', () => {
    const ws = defaultWorkspace(today);
    const p = plan(ws, ['ladder']);
    expect(ticked(p)).toEqual(['action-ladder']);
    expect(action(p, 'action-ladder').detail).toBe(
      'Take each topic from work item to a budget, scope or timing ask. Complete so far: 10 of 10. In the workspace: agreed by both on 2026-01-14.',
    );
    expect(planToMarkdown(p)).toContain('- [x] **Write a translation guide for 10 engineering topics**');
  });

  it('is not done when ten topics are the pair\'s own and complete, but not agreed', () => {
    const ws = defaultWorkspace(today);
    ws.ladder = ws.ladder.map((e) => ({ ...e, workItem: `${e.workItem} (ours)` }));
    const p = plan(ws, []);
    expect(action(p, 'action-ladder').detail).toContain('Complete so far: 10 of 10.');
    expect(action(p, 'action-ladder').done).toBe(false);
    expect(action(p, 'action-ladder').state).toBe('edited, not yet agreed by both');
  });

  it('does not count the shipped examples of a guide nobody agreed', () => {
    const p = plan(defaultWorkspace(today), []);
    expect(action(p, 'action-ladder').detail).toContain('Complete so far: 0 of 10.');
  });
});

describe('the exec-metrics action', () => {
  it('is not done when both agreed metrics that still have open points, and says how many', () => {
    const ws = defaultWorkspace(today);
    const p = plan(ws, ['metrics']);
    expect(action(p, 'action-metrics').done).toBe(false);
    // Six metrics, none with a target.
    expect(action(p, 'action-metrics').detail).toContain('so both leaders read them the same way. Open points: 6. In the workspace: agreed by both on 2026-01-14.');
  });

  it('is done when both agreed five to eight fully defined metrics', () => {
    const ws = defaultWorkspace(today);
    ws.metrics = ws.metrics.map((m) => ({ ...m, target: 'under 2' }));
    const p = plan(ws, ['metrics']);
    expect(ticked(p)).toEqual(['action-metrics']);
    expect(action(p, 'action-metrics').detail).toBe(
      'Publish the definition, unit, owner and target of each metric in the exec doc so both leaders read them the same way. In the workspace: agreed by both on 2026-01-14.',
    );
  });

  it('is not done for fully defined metrics nobody agreed', () => {
    const ws = defaultWorkspace(today);
    ws.metrics = ws.metrics.map((m) => ({ ...m, target: 'under 2' }));
    expect(action(plan(ws, []), 'action-metrics').done).toBe(false);
  });
});

describe('the decision-matrix action', () => {
  it('is done when both agreed a matrix whose every row has one accountable owner or a joint call', () => {
    const p = plan(defaultWorkspace(today), ['matrix']);
    expect(ticked(p)).toEqual(['action-matrix']);
    expect(planToMarkdown(p)).toContain('- [x] **Write the decision authority matrix**');
  });

  it('is not done when both agreed a matrix with no rows', () => {
    const ws = defaultWorkspace(today);
    ws.matrix = [];
    ws.cadence = ws.cadence.map((m) => ({ ...m, decisionTypes: [] }));
    const p = plan(ws, ['matrix']);
    expect(action(p, 'action-matrix').done).toBe(false);
    expect(action(p, 'action-matrix').detail).toContain('or an explicit joint call. No rows yet. In the workspace: agreed by both on 2026-01-14.');
    expect(planToMarkdown(p)).toContain('- [ ] **Write the decision authority matrix**');
  });

  it('is not done when both agreed rows with no accountable owner, and counts the open points', () => {
    const ws = defaultWorkspace(today);
    ws.matrix = ws.matrix.map((r) => ({ ...r, accountable: [], jointAccountable: undefined }));
    const p = plan(ws, ['matrix']);
    expect(action(p, 'action-matrix').done).toBe(false);
    expect(action(p, 'action-matrix').detail).toContain(`Open points: ${ws.matrix.length}.`);
  });

  it('is not done when one agreed row of several has no owner', () => {
    const ws = defaultWorkspace(today);
    ws.matrix[0] = { ...ws.matrix[0], accountable: [], jointAccountable: undefined };
    expect(action(plan(ws, ['matrix']), 'action-matrix').done).toBe(false);
  });
});

describe('the cadence action', () => {
  it('is done when both agreed a cadence whose every meeting has a first date, time, length and frequency', () => {
    const p = plan(defaultWorkspace(today), ['cadence']);
    expect(ticked(p)).toEqual(['action-cadence']);
  });

  it('is not done when both agreed a cadence with no meetings', () => {
    const ws = defaultWorkspace(today);
    ws.cadence = [];
    const p = plan(ws, ['cadence']);
    expect(action(p, 'action-cadence').done).toBe(false);
    expect(action(p, 'action-cadence').detail).toContain('each with the decisions it takes. No meetings yet. In the workspace: agreed by both on 2026-01-14.');
  });

  it('is not done when the agreed meetings have no first date, time, length or frequency', () => {
    const ws = defaultWorkspace(today);
    ws.cadence = ws.cadence.map((m) => ({ ...m, firstDate: '', time: '', frequency: '' as const, durationMinutes: NaN }));
    const p = plan(ws, ['cadence']);
    expect(p.appendices.cadence.items[0].start).toBe('first date not set time not set');
    expect(action(p, 'action-cadence').done).toBe(false);
    expect(action(p, 'action-cadence').detail).toContain(`Meetings with first date, time, length and frequency set: 0 of ${ws.cadence.length}.`);
  });

  it.each([
    ['first date', { firstDate: '' }],
    ['time', { time: '' }],
    ['length', { durationMinutes: NaN }],
    ['frequency', { frequency: '' as const }],
  ])('is not done when one agreed meeting has no %s', (_, patch) => {
    const ws = defaultWorkspace(today);
    ws.cadence[1] = { ...ws.cadence[1], ...patch };
    const p = plan(ws, ['cadence']);
    expect(action(p, 'action-cadence').done).toBe(false);
    expect(action(p, 'action-cadence').detail).toContain(`set: ${ws.cadence.length - 1} of ${ws.cadence.length}.`);
  });
});

describe('the risk-budget action', () => {
  const bet: BetBudget = { id: 'bet-a', name: 'Healthcare segment', reliabilityMinutes: 60, securityClasses: 'PHI exposure', slipPercent: 10 };

  it('is not done when both agreed the company budgets but no big bet has one', () => {
    const p = plan(defaultWorkspace(today), ['riskBudgets']);
    expect(action(p, 'action-risk-budgets').done).toBe(false);
    expect(action(p, 'action-risk-budgets').detail).toContain('Big bets agreed: 0 of 0.');
  });

  it('is not done when every big bet is agreed but the company budgets are not', () => {
    const p = plan(defaultWorkspace(today), ['bets:bet-a'], {}, [bet]);
    expect(action(p, 'action-risk-budgets').detail).toContain('Big bets agreed: 1 of 1.');
    expect(action(p, 'action-risk-budgets').done).toBe(false);
  });

  it('is not done while one big bet of two is not agreed', () => {
    const other: BetBudget = { ...bet, id: 'bet-b', name: 'Data model rewrite' };
    const p = plan(defaultWorkspace(today), ['riskBudgets', 'bets:bet-a'], {}, [bet, other]);
    expect(action(p, 'action-risk-budgets').detail).toContain('Big bets agreed: 1 of 2.');
    expect(action(p, 'action-risk-budgets').done).toBe(false);
  });

  it('is done when the company budgets and the one big bet are agreed, with every value set', () => {
    const p = plan(defaultWorkspace(today), ['riskBudgets', 'bets:bet-a'], {}, [bet]);
    expect(ticked(p)).toEqual(['action-risk-budgets']);
    expect(action(p, 'action-risk-budgets').detail).not.toContain('Not set yet');
  });

  it('is not done when the agreed company budgets and the agreed big bet have no numbers in them, and says what is missing', () => {
    const ws = defaultWorkspace(today);
    ws.riskBudgets = { ...ws.riskBudgets, reliabilityMinutesPerQuarter: NaN, deliverySlipPercent: NaN, securityBlockingClasses: [] };
    const empty: BetBudget = { id: 'b1', name: 'Enterprise tier', reliabilityMinutes: null, securityClasses: '', slipPercent: null };
    const p = plan(ws, ['riskBudgets', 'bets:b1'], {}, [empty]);
    // The plan itself says there is nothing in it…
    expect(p.appendices.riskBudgets.items.find((b) => b.label.startsWith('Big bet'))!.value).toBe('downtime budget not set; release blockers not named; slip budget not set');
    // …so the action is not ticked, and names what to set.
    expect(action(p, 'action-risk-budgets').done).toBe(false);
    expect(action(p, 'action-risk-budgets').detail).toContain(
      "Big bets agreed: 1 of 1. Not set yet: the company's downtime budget; the company's release blockers; the company's slip budget; downtime budget, release blockers, slip budget of \"Enterprise tier\".",
    );
    expect(planToMarkdown(p)).toContain('- [ ] **Agree a risk budget for each big bet**');
  });

  it.each([
    ['downtime budget', { reliabilityMinutes: null }],
    ['release blockers', { securityClasses: ' ' }],
    ['slip budget', { slipPercent: null }],
  ])('is not done when the agreed big bet has no %s', (what, patch) => {
    const partial = { ...bet, ...patch };
    const p = plan(defaultWorkspace(today), ['riskBudgets', 'bets:bet-a'], {}, [partial]);
    expect(action(p, 'action-risk-budgets').done).toBe(false);
    expect(action(p, 'action-risk-budgets').detail).toContain(`Not set yet: ${what} of "Healthcare segment".`);
  });
});

describe('the policy-framework action', () => {
  const all = ['policies', 'cadence', 'matrix'];

  it('is not done when policies, cadence and matrix are agreed but no debate limit is set', () => {
    const p = plan(defaultWorkspace(today), all);
    expect(action(p, 'action-policies').done).toBe(false);
    expect(action(p, 'action-policies').detail).toContain('who closes it (no debate limit set yet)');
    expect(ticked(p)).toEqual(['action-cadence', 'action-matrix']);
  });

  it('is done with a debate limit and policies, cadence and matrix agreed, and prints the limit as agreed', () => {
    const p = plan(defaultWorkspace(today), [...all, 'policies:debateDays'], { debateDays: 5 });
    expect(ticked(p)).toEqual(['action-cadence', 'action-matrix', 'action-policies']);
    expect(action(p, 'action-policies').detail).toContain('who closes it (5 days, agreed by both on 2026-01-14)');
  });

  it('is not done when the agreed cadence has no meeting or the agreed matrix no row (the fallback texts are nobody\'s agreement)', () => {
    const noMeetings = defaultWorkspace(today);
    noMeetings.cadence = [];
    expect(action(plan(noMeetings, [...all, 'policies:debateDays'], { debateDays: 5 }), 'action-policies').done).toBe(false);
    const noRows = defaultWorkspace(today);
    noRows.matrix = [];
    noRows.cadence = noRows.cadence.map((m) => ({ ...m, decisionTypes: [] }));
    expect(action(plan(noRows, [...all, 'policies:debateDays'], { debateDays: 5 }), 'action-policies').done).toBe(false);
  });

  it('is not done while no meeting has a pre-read checklist: the same plan prints Decision intake as the framework default nobody agreed (review r16)', () => {
    const noPreRead = defaultWorkspace(today);
    noPreRead.cadence = noPreRead.cadence.map((m) => ({ ...m, prereadChecklist: [] }));
    const p = plan(noPreRead, [...all, 'policies:debateDays'], { debateDays: 5 });
    expect(p.policies.find((s) => s.title === 'Decision intake')!.origin).toMatch(/not a rule the two of you have agreed/);
    expect(action(p, 'action-policies').done).toBe(false);
    expect(action(p, 'action-policies').detail).toContain('What a pre-read must contain (no meeting has a pre-read checklist yet)');
    expect(action(plan(defaultWorkspace(today), [...all, 'policies:debateDays'], { debateDays: 5 }), 'action-policies').detail).toContain(
      'What a pre-read must contain (the cadence has pre-read checklists)',
    );
  });

  it('is not done while the cadence (intake) or the matrix (escalation) is not agreed', () => {
    const policies = { debateDays: 5 };
    expect(action(plan(defaultWorkspace(today), ['policies', 'matrix'], policies), 'action-policies').done).toBe(false);
    expect(action(plan(defaultWorkspace(today), ['policies', 'cadence'], policies), 'action-policies').done).toBe(false);
  });

  it('is not done while the policies themselves are not agreed, and prints the limit as proposed', () => {
    const p = plan(defaultWorkspace(today), ['cadence', 'matrix'], { debateDays: 5 });
    expect(action(p, 'action-policies').done).toBe(false);
    expect(action(p, 'action-policies').detail).toContain('who closes it (5 days, proposed (not yet agreed))');
    expect(action(plan(defaultWorkspace(today), [], { debateDays: 1 }), 'action-policies').detail).toContain('who closes it (1 day, proposed (not yet agreed))');
  });
});

describe('the dependency-map action', () => {
  it('is not done when both agreed a map with no dependency in it', () => {
    const p = plan(defaultWorkspace(today), ['dependencies']);
    expect(action(p, 'action-dependencies').done).toBe(false);
    expect(action(p, 'action-dependencies').detail).toContain('Mapped so far: 0.');
  });

  it('is done when both agreed a map with one dependency', () => {
    const ws = defaultWorkspace(today);
    ws.dependencies = { roadmapItem: 'Enterprise tier', dependencies: [{ id: 'd1', name: 'SSO', status: 'green', owner: 'Bo', note: '' }] };
    const p = plan(ws, ['dependencies']);
    expect(ticked(p)).toEqual(['action-dependencies']);
    expect(action(p, 'action-dependencies').detail).toContain('Mapped so far: 1.');
  });

  it('is not done when both agreed a map whose dependencies nobody rated green, yellow or red', () => {
    const ws = defaultWorkspace(today);
    const unrated = (id: string, name: string) => ({ id, name, status: '' as const, owner: '', note: '' });
    ws.dependencies = { roadmapItem: 'Enterprise SSO', dependencies: [unrated('d1', 'IdP contract'), unrated('d2', 'Audit log service'), { id: 'd3', name: 'Pen test', status: 'green', owner: '', note: '' }] };
    const p = plan(ws, ['dependencies']);
    expect(action(p, 'action-dependencies').done).toBe(false);
    expect(action(p, 'action-dependencies').detail).toContain('Mapped so far: 3. Not rated yet: 2.');
  });
});

describe('actions with no artifact', () => {
  it('are never ticked, even with every artifact agreed', () => {
    const ws = defaultWorkspace(today);
    ws.metrics = ws.metrics.map((m) => ({ ...m, target: 'under 2' }));
    ws.dependencies = { roadmapItem: 'Enterprise tier', dependencies: [{ id: 'd1', name: 'SSO', status: 'green', owner: 'Bo', note: '' }] };
    const bet: BetBudget = { id: 'bet-a', name: 'Healthcare segment', reliabilityMinutes: 60, securityClasses: 'PHI exposure', slipPercent: 10 };
    const keys = ['matrix', 'ladder', 'cadence', 'riskBudgets', 'metrics', 'dependencies', 'policies', 'policies:debateDays', 'bets:bet-a'];
    const p = plan(ws, keys, { debateDays: 5 }, [bet]);
    expect(ticked(p)).toEqual(['action-cadence', 'action-matrix', 'action-ladder', 'action-metrics', 'action-risk-budgets', 'action-policies', 'action-dependencies']);
    for (const a of p.actions.filter((x) => !x.artifact)) {
      expect(a.done, a.id).toBe(false);
      expect(a.state, a.id).toBeUndefined();
      expect(a.detail, a.id).not.toContain('In the workspace');
    }
  });
});

describe('a plan with no workspace', () => {
  it('ticks nothing, says every artifact is not started, and counts no big bet', () => {
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
    expect(ticked(p)).toEqual([]);
    for (const a of p.actions.filter((x) => x.artifact)) {
      expect(a.state, a.id).toBe('not started');
      expect(a.detail, a.id).toMatch(/ In the workspace: not started\.$/);
    }
    expect(action(p, 'action-risk-budgets').detail).toContain('Big bets agreed: 0 of 0.');
    expect(action(p, 'action-ladder').detail).toContain('Complete so far: 0 of 10.');
    expect(action(p, 'action-dependencies').detail).toContain('Mapped so far: 0.');
  });
});

describe('an action whose artifact is not agreed', () => {
  it('says so in its own words, never a bare "template" or "edited" a board member would read as settled', () => {
    const p = plan(defaultWorkspace(today), []);
    const rows = p.actions.filter((a) => a.artifact && !a.done);
    expect(rows.length).toBeGreaterThan(0);
    for (const a of rows) expect(a.detail, a.id).toMatch(/In the workspace: (template|edited)[^.]*, not yet agreed by both\.$/);
  });
});
