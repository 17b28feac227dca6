import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { Workspace } from '../../../../shared/workspace/types';
import { ceoRef, ctoRef, makeRound, today } from './fixtures';

/** The defaults plus everything the leaders still have to fill in. */
function fullWorkspace(): Workspace {
  const ws = defaultWorkspace(today);
  ws.metrics = ws.metrics.map((m, i) => ({ ...m, target: `target ${i}` }));
  ws.riskBudgets.criticalFlows = ['Login', 'Checkout', 'Core API'];
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

describe('buildRepairPlan with no workspace', () => {
  const build = () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
    return { plan };
  };

  it('titles and covers a quarterly reset', () => {
    const { plan } = build();
    expect(plan.title).toBe('Acme: 30-day plan from the 2026-Q1 quarterly reset');
    expect(plan.author).toBe('Dana (CEO) and Sam (CTO)');
  });

  it('ranks the top three gaps, each with its own fix', () => {
    const { plan } = build();
    expect(plan.gaps.map((g) => [g.statementId, g.ceo, g.cto])).toEqual([
      ['cr-3', 4, 1],
      ['db-2', 5, 2],
    ]);
    // Both answering 4 is healthy, not a gap (scoring.ts), so this pair has only two gaps — each with its own fix.
    const asks = plan.gaps.map((g) => g.ladder.workItem);
    expect(new Set(asks).size).toBe(plan.gaps.length);
    expect(plan.gaps[1].ladder.workItem).toContain('Who owns delivery dates');
  });

  it('schedules days 1–30 on working days, ending with the re-score', () => {
    const { plan } = build();
    // Sealed Monday 2026-01-12: day 1 = Tue 13, day 7 = Mon 19, day 27 = Sun 8 Feb → Mon 9, day 30 = Wed 11 Feb.
    // The plan's date (Thu 15) only says what is overdue: day 2, Wed 14.
    expect(plan.startDate).toBe('2026-01-13');
    expect(plan.actions.map((a) => [a.id, a.due, a.phase, a.done, a.overdue ?? false])).toEqual([
      ['action-review-gaps', '2026-01-14', 1, false, true],
      ['action-cadence', '2026-01-15', 1, false, false],
      ['action-matrix', '2026-01-19', 1, false, false],
      ['action-ladder', '2026-01-22', 1, false, false],
      ['action-metrics', '2026-01-26', 1, false, false],
      ['action-risk-budgets', '2026-01-28', 2, false, false],
      ['action-policies', '2026-01-30', 2, false, false],
      ['action-dependencies', '2026-02-02', 2, false, false],
      ['action-quarterly-planning', '2026-02-04', 2, false, false],
      ['action-board-prep', '2026-02-09', 2, false, false],
      ['action-rescore', '2026-02-11', 2, false, false],
    ]);
    for (const a of plan.actions) expect([0, 6]).not.toContain(new Date(`${a.due}T12:00:00`).getDay());
    expect(plan.rescoreDate).toBe('2026-02-11');
  });

  it('says what to fill in instead of printing empty appendices', () => {
    const { plan } = build();
    const ap = plan.appendices;
    for (const l of [ap.matrix, ap.ladder, ap.cadence, ap.riskBudgets, ap.metrics, ap.decisions, ap.notes]) {
      expect(l.items).toEqual([]);
      expect(l.note).toMatch(/\w/);
    }
    expect(plan.policies[1].body).toContain('Your debate limit: not set yet');
    expect(plan.policies[1].body).not.toMatch(/\d+ days/);
  });
});

describe('buildRepairPlan with a filled but unagreed workspace', () => {
  const build = () => {
    const ws = fullWorkspace();
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: ws, policies: { debateDays: 5 } }, today, pageSize: 'Letter' });
    return { plan };
  };

  it('ticks nothing that both leaders have not agreed', () => {
    const { plan } = build();
    expect(plan.actions.filter((a) => a.done)).toEqual([]);
    expect(plan.actions.find((a) => a.id === 'action-cadence')!.detail).toContain('In the workspace: template, not yet agreed by both.');
  });

  it('prints the numbers as proposed, not as policy', () => {
    const { plan } = build();
    expect(plan.policies[1].body).toContain('at most 5 days, proposed (not yet agreed)');
    expect(plan.policies[3].body).toContain('at most 130 minutes per quarter, proposed (not yet agreed)');
    expect(plan.policies[3].body).toContain('up to 20%, proposed (not yet agreed)');
    expect(plan.policies[2].body).toContain('Your decision matrix, as proposed (not yet agreed): To the CTO: Architecture direction');
  });

  it('fills the appendices with states, decided entries and trends', () => {
    const { plan } = build();
    const ap = plan.appendices;
    expect(ap.matrix.items).toHaveLength(6);
    expect(ap.matrix.items.every((r) => r.state === 'proposed (not yet agreed)')).toBe(true);
    expect(ap.metrics.items).toHaveLength(6);
    expect(ap.dependencies.summary).toBe('Enterprise tier: 1 of 2 dependencies red: Billing rules (owner: Ana).');
    // Open first, then decided within 90 days, newest first.
    expect(ap.decisions.items.map((e) => e.id)).toEqual(['l3', 'l1', 'l2']);
  });

  it('reads "Addresses the gaps" for each gap', () => {
    const ws2 = { ...fullWorkspace(), linkedGaps: { log: ['cr-3'], matrix: ['db-2', 'db-1'] } };
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: ws2 }, today });
    // The matrix's content is the template, but its links are not the starting ones: edited.
    expect(p.gaps.map((g) => g.addressedBy.map((a) => `${a.title}: ${a.state}`))).toEqual([['Decision log: 3 entries, none confirmed by both'], ['Decision matrix: edited, not yet agreed by both']]);
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
      'Acme ran its 2026-Q1 quarterly reset. Overall (the average of the four area scores), Dana (CEO) and Sam (CTO) both scored 50/100. ' +
        '24 gaps are tied for the biggest, among them "Written decision rights" (CEO 3, CTO 3). Neither of you reported a warning sign, but the CEO did not know or did not answer 6 of them and the CTO did not know or did not answer 6 of them.',
    );
  });

  it('equal area splits are named together, not the first as "the widest"', () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 4, overrides: { 'cq-1': 1, 'sa-1': 1 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    // CTO cq and sa: (1 + 20) / 6 = 3.5 → 63; both 12 below the CEO's 75.
    expect(plan.cover.summary).not.toContain('The widest split is in');
    expect(plan.cover.summary).toContain('The widest splits, 12 points each, are in Communication quality (CEO 75, CTO 63) and Strategic alignment (CEO 75, CTO 63).');
  });

  it('handles rounds with no answers at all', () => {
    const plan = buildRepairPlan({ companyName: '  ', ceoRound: makeRound('ceo'), ctoRound: makeRound('cto', { name: '' }), today });
    expect(plan.gaps).toEqual([]);
    expect(plan.cover.company).toBe('Your company');
    expect(plan.cover.names.cto).toBe('The CTO');
    expect(plan.scores.overall).toEqual({ ceo: null, cto: null });
    expect(plan.cover.summary).toBe(
      'Your company ran its 2026-Q1 quarterly reset. Neither round has enough answers for an overall score yet. ' +
        'Nothing could be compared: no statement was answered by both of you. Neither of you reported a warning sign, but the CEO did not know or did not answer 6 of them and the CTO did not know or did not answer 6 of them.',
    );
    expect(plan.actions[0].detail).toContain('no scored gaps yet');
  });

  it("takes the CTO's round label when the CEO's is blank, and names a blank CEO by role", () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 4, label: '  ', name: ' ' }), ctoRound: makeRound('cto', { base: 4, label: ' 2026-Q1 quarterly reset ' }), today });
    expect(plan.title).toBe('Acme: 30-day plan from the 2026-Q1 quarterly reset');
    expect(plan.author).toBe('The CEO (CEO) and Sam (CTO)');
  });

  it('trims the names, the label and the company a round carries', () => {
    const plan = buildRepairPlan({
      companyName: ' ',
      ceoRound: { ...makeRound('ceo', { base: 4, label: ' 2026-Q1 quarterly reset ', name: ' Dana ' }), companyName: ' Acme ' },
      ctoRound: makeRound('cto', { base: 4, name: ' Sam ' }),
      today,
    });
    expect(plan.title).toBe('Acme: 30-day plan from the 2026-Q1 quarterly reset');
    expect(plan.author).toBe('Dana (CEO) and Sam (CTO)');
    const fromCto = buildRepairPlan({ companyName: '', ceoRound: makeRound('ceo', { base: 4 }), ctoRound: { ...makeRound('cto', { base: 4 }), companyName: ' Beta ' }, today });
    expect(fromCto.cover.company).toBe('Beta');
  });

  it('works on three gaps at most, and marks the ones the pair pinned', () => {
    const cto = makeRound('cto', { base: 4, overrides: { 'db-1': 1, 'db-2': 1, 'db-3': 1, 'db-4': 1 } });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 4 }), ctoRound: cto, today, pins: ['db-4'] });
    expect(plan.gaps.map((g) => [g.statementId, g.pinned])).toEqual([
      ['db-1', undefined],
      ['db-2', undefined],
      ['db-4', true],
    ]);
  });

  it('scores one side when only one round has answers', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 5 }), ctoRound: makeRound('cto'), today });
    expect(plan.cover.summary).toContain('Overall (the average of the four area scores), Dana (CEO) scored 100/100; the CTO round has too few answers to score.');
  });
});

describe('repair round with an event', () => {
  const build = () => {
    const event = 'the March outage';
    const ceo = makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, kind: 'repair', label: '30-day repair after the March outage', event });
    const cto = makeRound('cto', { base: 4, overrides: { 'db-2': 2, 'cr-3': 1 }, kind: 'repair', label: '30-day repair after the March outage', event });
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    return { event, plan };
  };

  it('names the event in the title, cover and summary', () => {
    const { event, plan } = build();
    expect(plan.title).toBe('Acme: 30-day repair plan after the March outage');
    expect(plan.cover.kind).toBe('repair');
    expect(plan.cover.event).toBe(event);
    expect(plan.cover.summary.startsWith('Acme ran a repair round after the March outage. Overall (the average of the four area scores), Dana (CEO) scored 76/100')).toBe(true);
  });

  it('treats the pair as a repair if only one round says so, and works without an event', () => {
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 4 }), ctoRound: makeRound('cto', { base: 4, kind: 'repair' }), today });
    expect(p.title).toBe('Acme: 30-day repair plan');
    expect(p.cover.summary.startsWith('Acme ran a repair round. ')).toBe(true);
    const q = buildRepairPlan({ companyName: 'Acme', ceoRound: makeRound('ceo', { base: 4, kind: 'repair' }), ctoRound: makeRound('cto', { base: 4 }), today });
    expect([q.title, q.cover.kind]).toEqual(['Acme: 30-day repair plan', 'repair']);
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
    ws.ladder[0] = { ...ws.ladder[0], decisionAsk: longAsk };
    ws.matrix[0] = { ...ws.matrix[0], decision: `Bet | ${'y'.repeat(30_000)}` };
    const plan = buildRepairPlan({ companyName: longCompany, ceoRound: ceo, ctoRound: cto, workspace: { workspace: ws }, today });
    expect(plan.title).toBe(`${longCompany}: 30-day repair plan after ${longEvent}`);
    expect(plan.cover.summary).toContain(longEvent);
    expect(plan.appendices.ladder.items[0].decisionAsk).toBe(longAsk);
    const md = planToMarkdown(plan);
    expect(md).toContain(longEvent);
    expect(md).toContain(longAsk);
    expect(md).toContain(`Bet \\| ${'y'.repeat(30_000)}`);
  });
});
