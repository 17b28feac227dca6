import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { AREA_LADDERS } from '../../../../shared/plan/gap-ladder';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { Workspace } from '../../../../shared/workspace/types';
import { ceoRef, ctoRef, makeRound, today } from './fixtures';

/** The defaults plus everything the leaders still have to fill in. */
function fullWorkspace(): Workspace {
  const ws = defaultWorkspace(today);
  ws.metrics = ws.metrics.map((m, i) => ({ ...m, target: `target ${i}` }));
  ws.riskBudgets.criticalFlows = ['Login', 'Checkout', 'Core API'];
  ws.ladder[1] = { ...ws.ladder[1], statementIds: ['cr-3'] };
  ws.dependencies = {
    roadmapItem: 'Enterprise tier',
    dependencies: [
      { id: 'd1', name: 'Billing rules', status: 'red', owner: 'Ana', note: '' },
      { id: 'd2', name: 'SSO', status: 'green', owner: 'Bo', note: '' },
    ],
  };
  ws.log = [
    { id: 'l1', kind: 'decision', what: 'Narrow launch?', decidedBy: 'CEO', forum: 'Monthly strategy', date: '2026-01-05', options: ['narrow', 'delay'], status: 'open' },
    { id: 'l2', kind: 'decision', what: 'Old call', decidedBy: 'CTO', forum: 'Weekly', date: '2026-01-06', options: [], status: 'decided' },
    { id: 'l3', kind: 'risk', what: 'Vendor risk', decidedBy: '', forum: '', date: '2026-01-07', options: [], status: 'open' },
  ];
  return ws;
}

describe('buildRepairPlan with no artifacts yet', () => {
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });

  it('titles and covers a quarterly reset', () => {
    expect(plan.title).toBe('Acme: 30-day plan from the 2026-Q1 quarterly reset');
    expect(plan.subtitle).toBe('2026-Q1 quarterly reset · Dana (CEO) and Sam (CTO) · 2026-01-15');
    expect(plan.pageSize).toBe('A4');
    expect(plan.cover).toMatchObject({ company: 'Acme', kind: 'quarterly-reset', date: '2026-01-15', names: { ceo: 'Dana', cto: 'Sam' } });
    expect(plan.cover.event).toBeUndefined();
  });

  it('writes the summary from the numbers', () => {
    expect(plan.cover.summary).toBe(
      'Acme ran its 2026-Q1 quarterly reset. Overall, Dana (CEO) scored 76/100 and Sam (CTO) 70/100, 6 points apart. ' +
        'The widest split is in Decision boundaries (CEO 79, CTO 67). ' +
        'The biggest single gap is "Rule for closing debates" (CEO 4, CTO 1). ' +
        'Warning signs: the CEO reports 1, the CTO 2; you both see "Technical calls overridden on the spot".',
    );
  });

  it('scores areas and splits fired warnings by person', () => {
    expect(plan.scores.areas.map((a) => [a.areaId, a.ceo, a.cto, a.delta])).toEqual([
      ['decision-boundaries', 79, 67, 12],
      ['communication-quality', 75, 75, 0],
      ['strategic-alignment', 75, 75, 0],
      ['conflict-resolution', 75, 63, 12],
    ]);
    expect(plan.scores.areas[0].title).toBe('Decision boundaries');
    expect(plan.scores.overall).toEqual({ ceo: 76, cto: 70 });
    expect(plan.scores.firedWarnings.ceo.map((w) => w.id)).toEqual(['ws-overrides']);
    expect(plan.scores.firedWarnings.cto.map((w) => [w.id, w.frequency])).toEqual([
      ['ws-overrides', 'often'],
      ['ws-late-strategy', 'sometimes'],
    ]);
  });

  it('ranks the top three gaps with area ladders', () => {
    // Both answering 4 is healthy, not a gap (scoring.ts), so this pair has only two gaps.
    expect(plan.gaps.map((g) => [g.statementId, g.ceo, g.cto])).toEqual([
      ['cr-3', 4, 1],
      ['db-2', 5, 2],
    ]);
    expect(plan.gaps[0].ladder).toEqual(AREA_LADDERS['conflict-resolution']);
    expect(plan.gaps[1].ladder).toEqual(AREA_LADDERS['decision-boundaries']);
    expect(plan.gaps.every((g) => g.ladderSource === 'area')).toBe(true);
    expect(plan.gaps[0].why).toContain('CEO 4, CTO 1');
  });

  it('lists five open actions due within 14 days', () => {
    expect(plan.actions.map((a) => [a.id, a.owner, a.due, a.done])).toEqual([
      ['action-review-gaps', 'CEO + CTO', '2026-01-18', false],
      ['action-cadence', 'CEO + CTO', '2026-01-20', false],
      ['action-matrix', 'CEO + CTO', '2026-01-22', false],
      ['action-ladder', 'CTO', '2026-01-25', false],
      ['action-metrics', 'CTO', '2026-01-29', false],
    ]);
    expect(plan.actions[0].detail).toContain('"Rule for closing debates", "Who owns delivery dates".');
    expect(plan.actions[3].detail).toContain('0 of 10');
  });

  it('falls back to placeholder policies, principles and empty appendices', () => {
    expect(plan.policies.map((p) => p.title)).toEqual(['Decision intake', 'Disagree and commit', 'Escalation path', 'Risk budget policy']);
    expect(plan.policies[0].body).toBe(
      'A decision reaches a forum only with a written pre-read that lays out the options, the cost of each and the risk of each. Without one it waits for the next meeting.',
    );
    expect(plan.policies[1].body).toContain('at most 7 days');
    expect(plan.policies[2].body).toMatch(/^There is no valid decision matrix yet/);
    expect(plan.policies[3].body).toMatch(/^No risk budgets are agreed yet/);
    expect(plan.principles.map((p) => p.title)).toEqual(['Business-critical paths first', 'Thin platform, thick product', 'Capacity is an input']);
    expect(plan.principles[0].body).toContain('1. not yet named; 2. not yet named; 3. not yet named');
    const ap = plan.appendices;
    expect([ap.matrix, ap.cadence, ap.metrics, ap.openDecisions].map((l) => l.items.length)).toEqual([0, 0, 0, 0]);
    expect([ap.matrix, ap.cadence, ap.metrics, ap.openDecisions].every((l) => typeof l.note === 'string' && l.note.length > 0)).toBe(true);
    expect(ap.riskBudgets).toEqual({ value: null, note: 'No risk budgets agreed yet.' });
    expect(ap.dependencies.value).toBeNull();
    expect(ap.dependencies.note).toBe('No dependency map yet.');
  });
});

describe('buildRepairPlan with all artifacts', () => {
  const ws = fullWorkspace();
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: ws, today, pageSize: 'Letter' });

  it('marks every artifact action done, leaving the conversation open', () => {
    expect(plan.pageSize).toBe('Letter');
    expect(plan.actions.map((a) => a.done)).toEqual([false, true, true, true, true]);
    expect(plan.actions[1].detail).toContain('4 recurring meetings');
  });

  it('uses a linked, complete workspace ladder entry for that gap only', () => {
    expect(plan.gaps[0].statementId).toBe('cr-3');
    expect(plan.gaps[0].ladderSource).toBe('workspace');
    expect(plan.gaps[0].ladder.workItem).toBe(ws.ladder[1].workItem);
    expect(plan.gaps[0].ladder.decisionAsk).toBe(ws.ladder[1].decisionAsk);
    expect(plan.gaps[1].ladderSource).toBe('area');
  });

  it('derives the escalation path from the matrix and quotes the risk budgets', () => {
    expect(plan.policies[2].body).toBe(
      'To the CTO: Architecture direction for the core platform; Incident severity policy and on-call model. ' +
        'To the CEO: Product bet and target segment; Infra spend over $25k per month. ' +
        'Joint CEO + CTO: Delivery date for a top-3 initiative; Hiring plan for the next 2 quarters. ' +
        'Anything not listed goes to the weekly 1:1, where the two leaders first agree who owns it and then add it to the matrix.',
    );
    expect(plan.policies[3].body).toContain('at most 130 minutes per quarter');
    expect(plan.policies[3].body).toContain('up to 20%');
    expect(plan.policies[3].body).toContain('a release stops for any of these: Critical or high severity vulnerability in shipped code; Authentication or authorization bypass; Exposure of customer data.');
    expect(plan.policies[0].body).toContain('(Weekly CTO–CEO 1:1, Monthly strategy review, Quarterly planning, Quarterly board prep) are listed in the cadence appendix');
    expect(plan.principles[0].body).toContain('1. Login; 2. Checkout; 3. Core API');
  });

  it('fills the appendices', () => {
    const ap = plan.appendices;
    expect(ap.matrix.items).toHaveLength(6);
    expect(ap.matrix.note).toBeUndefined();
    expect(ap.cadence.items).toHaveLength(4);
    expect(ap.metrics.items).toHaveLength(6);
    expect(ap.riskBudgets.value?.deliverySlipPercent).toBe(20);
    expect(ap.dependencies.summary).toBe('Enterprise tier: 1 of 2 dependencies red: Billing rules (owner: Ana).');
    expect(ap.openDecisions.items.map((e) => e.id)).toEqual(['l1']);
  });

  it('reopens actions when artifacts fall short', () => {
    const partial = fullWorkspace();
    partial.ladder[9] = { ...partial.ladder[9], businessEffect: '' };
    partial.metrics = partial.metrics.slice(0, 4);
    partial.matrix[0] = { ...partial.matrix[0], accountable: ['CEO', 'Head of Product'] };
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: partial, today });
    expect(p.actions.map((a) => a.done)).toEqual([false, true, false, false, false]);
    expect(p.actions[3].detail).toContain('9 of 10');
    // The broken row drops out of the escalation path instead of being guessed.
    expect(p.policies[2].body).not.toContain('Product bet');
  });
});

describe('ties and thin data', () => {
  it('breaks equal gap weights by framework order', () => {
    // 3/3 → 0.2 everywhere; cq-4 and sa-2 at 5/3 → 0.4; cr-1 at 1/1 → 0.4 as well.
    const ceo = makeRound('ceo', { base: 3, overrides: { 'sa-2': 5, 'cq-4': 5, 'cr-1': 1 } });
    const cto = makeRound('cto', { base: 3, overrides: { 'cr-1': 1 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    expect(plan.gaps.map((g) => g.statementId)).toEqual(['cq-4', 'sa-2', 'cr-1']);
    expect(plan.gaps.map((g) => g.areaId)).toEqual(['communication-quality', 'strategic-alignment', 'conflict-resolution']);
  });

  it('all-equal answers give the first three statements', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 3 }), ctoRound: makeRound('cto', { base: 3 }), today });
    expect(plan.gaps.map((g) => g.statementId)).toEqual(['db-1', 'db-2', 'db-3']);
    // Equal area deltas of 0 name no widest split; equal overall scores are said once.
    expect(plan.cover.summary).toBe(
      'Acme ran its 2026-Q1 quarterly reset. Overall, Dana (CEO) and Sam (CTO) both scored 50/100. ' +
        'The biggest single gap is "Written decision rights" (CEO 3, CTO 3). Neither of you reported any warning signs.',
    );
  });

  it('equal area splits name the first area', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4, overrides: { 'cq-1': 1, 'sa-1': 1 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    // CTO cq and sa: (1 + 20) / 6 = 3.5 → 63; both 12 below the CEO's 75.
    expect(plan.cover.summary).toContain('The widest split is in Communication quality (CEO 75, CTO 63).');
  });

  it('handles rounds with no answers at all', () => {
    const plan = buildRepairPlan({ companyName: '  ', ceoRound: makeRound('ceo'), ctoRound: makeRound('cto', { name: '' }), today });
    expect(plan.gaps).toEqual([]);
    expect(plan.cover.company).toBe('Your company');
    expect(plan.cover.names.cto).toBe('The CTO');
    expect(plan.scores.overall).toEqual({ ceo: null, cto: null });
    expect(plan.cover.summary).toBe(
      'Your company ran its 2026-Q1 quarterly reset. Neither round has enough answers for an overall score yet. ' +
        'No gaps were found among the statements you both scored. Neither of you reported any warning signs.',
    );
    expect(plan.actions[0].detail).toContain('no scored gaps yet');
  });

  it('scores one side when only one round has answers', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 5 }), ctoRound: makeRound('cto'), today });
    expect(plan.cover.summary).toContain('Overall, Dana (CEO) scored 100/100; the CTO round has too few answers to score.');
  });
});

describe('repair round with an event', () => {
  const event = 'the March outage';
  const ceo = makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, kind: 'repair', label: '30-day repair after the March outage', event });
  const cto = makeRound('cto', { base: 4, overrides: { 'db-2': 2, 'cr-3': 1 }, kind: 'repair', label: '30-day repair after the March outage', event });
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });

  it('names the event in the title, cover and summary', () => {
    expect(plan.title).toBe('Acme: 30-day repair plan after the March outage');
    expect(plan.cover.kind).toBe('repair');
    expect(plan.cover.event).toBe(event);
    expect(plan.cover.summary.startsWith('Acme ran a repair round after the March outage. Overall, Dana (CEO) scored 76/100')).toBe(true);
  });

  it('treats the pair as a repair if only one round says so, and works without an event', () => {
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 4 }), ctoRound: makeRound('cto', { base: 4, kind: 'repair' }), today });
    expect(p.title).toBe('Acme: 30-day repair plan');
    expect(p.cover.summary.startsWith('Acme ran a repair round. ')).toBe(true);
  });
});

describe('very long texts', () => {
  it('builds and renders without losing text', () => {
    const longEvent = `the outage ${'x'.repeat(20_000)}`;
    const longCompany = 'Acme '.repeat(2_000).trim();
    const longNote = 'n'.repeat(10_000);
    const ceo = makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, kind: 'repair', event: longEvent, name: 'D'.repeat(5_000), notes: { 'db-2': longNote } });
    const cto = makeRound('cto', { base: 4, overrides: { 'db-2': 2 }, kind: 'repair', event: longEvent });
    const ws = fullWorkspace();
    const longAsk = `Approve ${'budget '.repeat(5_000).trim()}`;
    ws.ladder[0] = { ...ws.ladder[0], decisionAsk: longAsk, statementIds: ['db-2'] };
    ws.matrix[0] = { ...ws.matrix[0], decision: `Bet | ${'y'.repeat(30_000)}` };
    const plan = buildRepairPlan({ companyName: longCompany, ceoRound: ceo, ctoRound: cto, workspace: ws, today });
    expect(plan.title).toBe(`${longCompany}: 30-day repair plan after ${longEvent}`);
    expect(plan.cover.summary).toContain(longEvent);
    const gap = plan.gaps.find((g) => g.statementId === 'db-2')!;
    expect(gap.ladder.decisionAsk).toBe(longAsk);
    const md = planToMarkdown(plan);
    expect(md).toContain(longEvent);
    expect(md).toContain(longAsk);
    expect(md).toContain(`Bet \\| ${'y'.repeat(30_000)}`);
  });
});
