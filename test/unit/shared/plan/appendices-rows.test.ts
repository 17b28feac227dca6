/*
 * The appendices are where a board member checks what the pair wrote: each risk-budget row with
 * its state, only complete translations, metric trends that say which way a number moves, and
 * notes with their author. Pinned row by row, with the untidy input a partner can write.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { betBudgetText, metricTrend } from '../../../../shared/plan/appendices';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreementContents, contentHash, sharedKey, type AgreementInput, type BetBudget, type Confirmation } from '../../../../shared/workspace/agreement';
import type { LogEntry } from '../../../../shared/workspace/types';
import type { Workspace } from '../../../../shared/workspace/types';
import { ceoRef, ctoRef, makeRound, today } from './fixtures';

const appendices = (ws: Workspace, bets: BetBudget[] = []) =>
  buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, bets } }).appendices;

describe('the risk-budget appendix', () => {
  it('prints each company budget with its value and state, and asks for big bets when there are none', () => {
    const rows = appendices(defaultWorkspace(today)).riskBudgets.items;
    expect(rows.map((r) => [r.label, r.value, r.state])).toEqual([
      ['Reliability', 'At most 130 minutes of customer-facing downtime per quarter', 'proposed (not yet agreed)'],
      [
        'Security: release blockers',
        'Critical or high severity vulnerability in shipped code; Authentication or authorization bypass; Exposure of customer data',
        'proposed (not yet agreed)',
      ],
      ['Delivery slip accepted', '20% on committed work', 'proposed (not yet agreed)'],
      // Nothing named is nothing proposed: no agreement state (critical-flows-not-named.test.ts).
      ['Critical flows', 'Not named yet: name the three user flows that must not break.', 'not started'],
      ['Per big bet', 'No big bet named yet: add each big bet of the quarter with its own downtime, security and slip budget.', 'not started'],
    ]);
  });

  it('drops blank release blockers, says when none is written, and numbers the critical flows it has', () => {
    const ws = defaultWorkspace(today);
    ws.riskBudgets.securityBlockingClasses = ['  ', ''];
    ws.riskBudgets.criticalFlows = ['  ', '', ''];
    let rows = appendices(ws).riskBudgets.items;
    expect(rows[1].value).toBe('None written yet: list the issue classes that stop a release.');
    expect(rows[3].value).toBe('Not named yet: name the three user flows that must not break.');
    ws.riskBudgets.securityBlockingClasses = [' P0 ', '', 'Data loss'];
    ws.riskBudgets.criticalFlows = [' Login ', '', 'Checkout'];
    rows = appendices(ws).riskBudgets.items;
    expect(rows[1].value).toBe('P0; Data loss');
    expect(rows[3].value).toBe('1. Login; 2. not yet named; 3. Checkout');
  });

  it('prints a big bet with what is not set, and an unnamed one as unnamed', () => {
    const bet: BetBudget = { id: 'b1', name: '  ', reliabilityMinutes: null, securityClasses: '   ', slipPercent: null };
    const rows = appendices(defaultWorkspace(today), [bet]).riskBudgets.items;
    expect(rows.map((r) => r.label)).toEqual(['Reliability', 'Security: release blockers', 'Delivery slip accepted', 'Critical flows', 'Big bet: unnamed']);
    expect(rows[4].value).toBe('downtime budget not set; release blockers not named; slip budget not set');
    expect(rows[4].state).toBe('proposed (not yet agreed)');
    expect(betBudgetText({ ...bet, reliabilityMinutes: 0, securityClasses: ' PHI exposure ', slipPercent: 0 })).toBe(
      'at most 0 minutes of downtime per quarter; release blocked by: PHI exposure; slip up to 0%',
    );
  });
});

describe('the translation-guide appendix', () => {
  it('lists only complete translations', () => {
    const ws = defaultWorkspace(today);
    ws.ladder[0] = { ...ws.ladder[0], decisionAsk: '' };
    const ladder = appendices(ws).ladder.items;
    expect(ladder).toHaveLength(9);
    expect(ladder.map((e) => e.id)).not.toContain(ws.ladder[0].id);
  });
});

describe('a metric trend', () => {
  const metric = (values: { month: string; value: number }[]) => ({ ...defaultWorkspace(today).metrics[0], target: '< 2', values });

  it('reads the months in order, the last six only, and says which way the number moved', () => {
    const values = ['2025-08', '2025-06', '2025-07', '2025-09', '2025-10', '2025-11', '2025-12'].map((month, i) => ({ month, value: i + 1 }));
    // In month order: 06 → 2, 07 → 3, 08 → 1, 09 → 4, … 12 → 7; the first (06) is dropped.
    expect(metricTrend(metric(values), today)).toBe('2025-07: 3 → 2025-08: 1 → 2025-09: 4 → 2025-10: 5 → 2025-11: 6 → 2025-12: 7 (rising)');
  });

  it('says flat for the same first and last value, and falling for a lower last one', () => {
    expect(metricTrend(metric([{ month: '2025-11', value: 3 }, { month: '2025-12', value: 5 }, { month: '2026-01', value: 3 }]), today)).toBe(
      '2025-11: 3 → 2025-12: 5 → 2026-01: 3 (flat)',
    );
    expect(metricTrend(metric([{ month: '2025-12', value: 3 }, { month: '2025-11', value: 4 }]), today)).toBe('2025-11: 4 → 2025-12: 3 (falling)');
  });
});

describe('the notes appendix', () => {
  it('carries each marked note trimmed, with its author, and the role when the name is blank', () => {
    const ceo = makeRound('ceo', { base: 4, name: ' Dana ', notes: { 'db-2': '  We own dates.  ' } });
    ceo.answers['db-2'].noteInPlan = true;
    const cto = makeRound('cto', { base: 4, name: '  ', notes: { 'db-2': 'Not marked', 'sa-1': '   ' } });
    cto.answers['sa-1'].noteInPlan = true;
    cto.answers['zz-1'] = { value: 3, note: 'From another version', noteInPlan: true };
    const notes = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today }).appendices.notes.items;
    expect(notes.map((n) => [n.role, n.name, n.statementId, n.title, n.text])).toEqual([
      ['ceo', 'Dana', 'db-2', 'Who owns delivery dates', 'We own dates.'],
      ['cto', 'CTO', 'zz-1', 'zz-1', 'From another version'],
    ]);
  });
});

describe('the appendices with no workspace', () => {
  it('say the dependency map is not started', () => {
    const ap = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today }).appendices;
    expect(ap.dependencies).toEqual({ value: null, summary: '', note: 'Not started: open the Workspace and write it together.' });
  });
});

/** Both leaders confirmed `keys` as they stand; this laptop is the CEO's. */
function agree(ws: Workspace, keys: string[]): AgreementInput {
  const contents = agreementContents(ws);
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const key of keys) {
    const hash = contentHash(contents[key]);
    shared[sharedKey(key, 'ceo')] = { role: 'ceo', name: 'Dana', hash, at: '2026-01-14T10:00:00.000Z', mode: 'live' };
    shared[sharedKey(key, 'cto')] = { role: 'cto', name: 'Sam', hash, at: '2026-01-14T10:00:00.000Z', mode: 'live' };
    local[key] = { ceo: hash };
  }
  return { shared, local };
}

describe('the state under each appendix', () => {
  it('is the state of that artifact: agreed ones say so, the others do not', () => {
    const ws = defaultWorkspace(today);
    ws.dependencies = { roadmapItem: 'Enterprise tier', dependencies: [{ id: 'd1', name: 'SSO', status: 'green', owner: 'Bo', note: '' }] };
    ws.metrics[0] = { ...ws.metrics[0], target: 'under 2' };
    const all = ['matrix', 'ladder', 'cadence', 'riskBudgets', 'metrics', 'dependencies'];
    const agreed = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement: agree(ws, all) } }).appendices;
    expect([agreed.matrix, agreed.ladder, agreed.cadence, agreed.riskBudgets, agreed.metrics, agreed.dependencies].map((l) => l.state)).toEqual(all.map(() => 'agreed by both on 2026-01-14'));
    const one = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement: agree(ws, ['riskBudgets']) } }).appendices;
    expect([one.matrix, one.ladder, one.cadence, one.riskBudgets, one.metrics, one.dependencies].map((l) => l.state)).toEqual([
      'template',
      'template',
      'template',
      'agreed by both on 2026-01-14',
      'edited',
      'edited',
    ]);
  });

  it('beside each company risk budget: its own agreement, or the whole budget\'s', () => {
    const ws = defaultWorkspace(today);
    ws.riskBudgets.criticalFlows = ['Login', 'Checkout', 'Core API'];
    const rows = (keys: string[]) =>
      buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement: agree(ws, keys) } }).appendices.riskBudgets.items.map((r) => r.state);
    const A = 'agreed by both on 2026-01-14';
    const P = 'proposed (not yet agreed)';
    expect(rows(['riskBudgets'])).toEqual([A, A, A, A, 'not started']);
    expect(rows(['riskBudgets:reliability'])).toEqual([A, P, P, P, 'not started']);
    expect(rows(['riskBudgets:security'])).toEqual([P, A, P, P, 'not started']);
    expect(rows(['riskBudgets:delivery'])).toEqual([P, P, A, P, 'not started']);
  });

  it('an empty section says what to write, with its state', () => {
    const ws = defaultWorkspace(today);
    ws.matrix = [];
    ws.ladder = [];
    ws.cadence = [];
    ws.metrics = [];
    const ap = appendices(ws);
    expect(ap.matrix).toEqual({ items: [], note: 'No decision types yet: add product bets, delivery dates, architecture, spend, hiring and incidents.', state: 'edited' });
    expect(ap.ladder.note).toBe('No complete translation yet: take an engineering topic from work item to a budget, scope or timing ask.');
    expect(ap.cadence.note).toBe('No meetings yet: add the weekly 1:1, monthly strategy review, quarterly planning and board prep.');
    expect(ap.metrics.note).toBe('No metric has a target or a value yet: give each exec metric a target and record monthly values in the workspace.');
    expect(ap.dependencies).toEqual({ value: null, summary: '', note: 'Not mapped yet: list the top dependencies of the biggest roadmap item, each green, yellow or red.' });
    expect(ap.decisions.note).toBe('No open decisions and none decided in the last 90 days: log each decision with its options, forum, owner and commit date.');
  });
});

describe('the metrics appendix', () => {
  it('lists a metric with a target, a value, or both leaders\' agreement; not a blank target', () => {
    const ws = defaultWorkspace(today);
    ws.metrics = ws.metrics.map((m, i) => ({ ...m, target: i === 0 ? '  ' : i === 1 ? 'under 2' : '', values: i === 2 ? [{ month: '2025-12', value: 1 }] : [] }));
    const metricsKey = `metrics:${ws.metrics[3].id}`;
    const ap = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement: agree(ws, [metricsKey]) } }).appendices;
    expect(ap.metrics.items.map((m) => [m.id, m.state])).toEqual([
      [ws.metrics[1].id, 'proposed (not yet agreed)'],
      [ws.metrics[2].id, 'proposed (not yet agreed)'],
      // Agreed with its target blank: kept, and said (metric-agreed-no-target.test).
      [ws.metrics[3].id, 'agreed by both on 2026-01-14, with no target set'],
    ]);
  });
});

describe('the decision-log appendix', () => {
  const entry = (id: string, status: LogEntry['status'], date: string): LogEntry => ({ id, kind: 'decision', what: id, decidedBy: 'CEO', forum: 'Weekly', date, options: [], status });

  it('keeps open and revisited entries, and decisions of the last 90 days (not closed ones); open first, newest first', () => {
    // today is 2026-01-15: 90 days before is 2025-10-17.
    const ws = defaultWorkspace(today);
    ws.log = [
      entry('open-old', 'open', '2025-01-01'),
      entry('decided-90', 'decided', '2025-10-17'),
      entry('decided-91', 'decided', '2025-10-16'),
      entry('revisited-old', 'revisited', '2025-02-01'),
      entry('decided-bad-date', 'decided', 'soon'),
      entry('open-new', 'open', '2026-01-10'),
      entry('decided-new', 'decided', '2026-01-12'),
      entry('closed-new', 'closed', '2026-01-13'),
    ];
    const items = appendices(ws).decisions.items;
    expect(items.map((e) => e.id)).toEqual(['open-new', 'open-old', 'decided-new', 'decided-90', 'revisited-old']);
    // A revisited entry still prints who decided: one leader's word, as a decided one (review r14).
    expect(items.map((e) => e.logState)).toEqual([undefined, undefined, 'as logged, not confirmed by both', 'as logged, not confirmed by both', 'as logged, not confirmed by both']);
  });

  it('orders by date within each group, whatever order they were logged in', () => {
    const ws = defaultWorkspace(today);
    ws.log = [
      entry('d1', 'decided', '2026-01-01'),
      entry('o1', 'open', '2026-01-02'),
      entry('d2', 'decided', '2026-01-03'),
      entry('o2', 'open', '2026-01-04'),
      entry('r3', 'revisited', '2026-01-05'),
      entry('o3', 'open', '2026-01-06'),
    ];
    expect(appendices(ws).decisions.items.map((e) => e.id)).toEqual(['o3', 'o2', 'o1', 'r3', 'd2', 'd1']);
  });
});
