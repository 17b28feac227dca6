import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture, OffsiteRecord } from '../../../../shared/offsite/capture';
import { recordLocal, sharedKey, type AgreementInput, type Confirmation } from '../../../../shared/workspace/agreement';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { planDay } from '../../../../shared/plan/working-days';
import { logIdOf } from '../../../../shared/offsite/capture-ops';
import { ceoRef, ctoRef, today } from './fixtures';

const meta = (id: string) => ({ id, blockId: 'gap-db-2', blockTitle: 'Gap 1: who decides dates', author: 'ceo' as const, authorName: 'Dana', createdAt: `${toIsoDate(today)}T10:00:00.000Z` });
const due = toIsoDate(planDay(today, 5));
const DECISION: Capture = { ...meta('c1'), kind: 'decision', text: 'Delivery dates are the CTO’s call', options: ['CEO', 'CTO'], forum: 'Weekly 1:1', decidedOn: toIsoDate(today), owner: 'CTO' };
const RACI: Capture = { ...meta('c2'), kind: 'raci', rowId: 'row-infra-spend', rowLabel: 'Infra spend', cell: 'informed', value: 'Board' };
const ACTION: Capture = { ...meta('c3'), kind: 'action', text: 'Publish the matrix to the leads', owner: 'CTO', due };
const RECORD: OffsiteRecord = {
  captures: [DECISION, RACI, ACTION],
  actions: [{ id: 'action-c3', captureId: 'c3', blockId: 'gap-db-2', text: ACTION.text, owner: 'CTO', due }],
  parked: [{ id: 'p1', text: 'Do we hire a VP Sales?', blockId: 'gap-db-2', blockTitle: 'Gap 1: who decides dates', authorName: 'Sam', createdAt: `${toIsoDate(today)}T10:05:00.000Z` }],
};

/** Both roles confirmed `caps` live; this laptop is the CEO's. */
function agreed(caps: Capture[]): AgreementInput {
  const shared: Record<string, Confirmation> = {};
  let local = {};
  for (const c of caps) {
    const hash = captureHash(c);
    shared[sharedKey(captureKey(c.id), 'ceo')] = { role: 'ceo', name: 'Dana', hash, at: `${toIsoDate(today)}T11:00:00.000Z`, mode: 'live' };
    shared[sharedKey(captureKey(c.id), 'cto')] = { role: 'cto', name: 'Sam', hash, at: `${toIsoDate(today)}T11:01:00.000Z`, mode: 'live' };
    local = recordLocal(local, captureKey(c.id), ['ceo'], hash);
  }
  return { shared, local };
}

const plan = (agreement: AgreementInput, offsite: OffsiteRecord | null = RECORD) =>
  buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: defaultWorkspace(today), agreement }, offsite: offsite ?? undefined });

describe('the plan with an offsite', () => {
  it('lists agreed captures as agreed (by whom, when), the rest as proposed, parked items as open', () => {
    const p = plan(agreed([DECISION, ACTION]));
    expect(p.offsite!.agreed.map((a) => [a.text.slice(0, 40), a.by])).toEqual([
      ['Decision: Delivery dates are the CTO’s c', `Dana (CEO) and Sam (CTO) on ${toIsoDate(today)}`],
      ['Action: Publish the matrix to the leads ', `Dana (CEO) and Sam (CTO) on ${toIsoDate(today)}`],
    ]);
    expect(p.offsite!.proposed).toEqual([{ text: 'RACI change: "Infra spend" — Informed → Board', state: 'proposed (not yet agreed)' }]);
    expect(p.offsite!.parked).toEqual([{ text: 'Do we hire a VP Sales?', block: 'Gap 1: who decides dates' }]);
  });

  it('takes its actions from the captured actions (plus the day-30 re-score), not from the template', () => {
    const p = plan(agreed([ACTION]));
    expect(p.actions.map((a) => [a.title, a.owner, a.due, a.done])).toEqual([
      ['Publish the matrix to the leads', 'CTO', due, false],
      ['Re-score: run the diagnostic again', 'CEO + CTO', p.rescoreDate, false],
    ]);
    expect(p.actions[0].detail).toBe(`Captured at the offsite; agreed by both on ${toIsoDate(today)}.`);
    expect(p.actionsFromOffsite).toBe(true);
  });

  it('captures nobody agreed (the partner can write any) never replace the template actions', () => {
    const template = plan({ shared: {}, local: {} }, null).actions;
    const p = plan({ shared: {}, local: {} });
    expect(p.actions).toEqual(template);
    expect(p.actionsFromOffsite).toBeUndefined();
    // A decision both agreed is not an action: the template actions stay.
    expect(plan(agreed([DECISION])).actions).toEqual(template);
  });

  it('without an offsite the plan is the template plan, with no offsite section', () => {
    const p = plan({ shared: {}, local: {} }, null);
    expect(p.offsite).toBeUndefined();
    expect(p.actionsFromOffsite).toBeUndefined();
    expect(p.actions.some((a) => a.id === 'action-matrix')).toBe(true);
  });

  it('prints unconfirmed captures as "proposed (not yet agreed)" in the Markdown too', () => {
    const md = planToMarkdown(plan(agreed([DECISION])));
    expect(md).toContain('## From the offsite');
    expect(md).toContain(`- Decision: Delivery dates are the CTO’s call (owner CTO; Weekly 1:1; ${toIsoDate(today)}; options considered: CEO, CTO) — agreed by both: Dana (CEO) and Sam (CTO) on ${toIsoDate(today)}`);
    expect(md).toContain('- Action: Publish the matrix to the leads (owner CTO, due ' + due + ') — proposed (not yet agreed)');
    expect(md).toContain('- Do we hire a VP Sales? — open (raised during the agenda block “Gap 1: who decides dates”)');
    // Parking needs one leader: the list says it is not the pair's word (review r17).
    expect(md).toContain('### Open items (parking lot)\n\n_What either of you parked, one leader alone: open questions, not confirmed by both and not decided._\n\n- Do we hire');
  });
});

describe('a decision captured at the offsite that only one leader confirmed', () => {
  // The capture writes a decision-log entry marked "decided"; the appendix must not print it as a decision the pair took.
  const ws = defaultWorkspace(today);
  ws.log = [{ id: logIdOf(DECISION.id), kind: 'decision', what: 'Delivery dates are the CTO’s call', decidedBy: 'CTO', forum: 'Weekly 1:1', date: toIsoDate(today), options: ['CEO', 'CTO'], status: 'decided' }];
  const build = (agreement: AgreementInput) =>
    buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement }, offsite: RECORD });

  it('is printed as proposed in the decision-log appendix and its Markdown', () => {
    const p = build({ shared: {}, local: {} });
    expect(p.appendices.decisions.items[0].offsiteState).toBe('proposed (not yet agreed)');
    const md = planToMarkdown(p);
    expect(md).toContain('| Delivery dates are the CTO’s call | CEO, CTO | CTO | Weekly 1:1 |  | decided at the offsite, proposed (not yet agreed) |');
  });

  it('reads as decided once both confirmed it', () => {
    const p = build(agreed([DECISION]));
    expect(p.appendices.decisions.items[0].offsiteState).toBeUndefined();
    expect(planToMarkdown(p)).toContain('| Delivery dates are the CTO’s call | CEO, CTO | CTO | Weekly 1:1 |  | decided |');
  });
});

describe('a decision both agreed at the offsite, edited in the log afterwards', () => {
  // The partner rewrites the log entry the capture wrote; the agreement was on the capture's words.
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.log = [{ id: logIdOf(DECISION.id), kind: 'decision', what: 'Delivery dates are the CEO’s call', decidedBy: 'CEO', forum: 'Weekly 1:1', date: toIsoDate(today), options: ['CEO', 'CTO'], status: 'decided' }];
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, agreement: agreed([DECISION]) }, offsite: RECORD });
    return { p };
  };

  it('is not printed as a plain decision', () => {
    const { p } = build();
    expect(p.offsite!.agreed).toHaveLength(1);
    expect(p.appendices.decisions.items[0].logState).toMatch(/not confirmed by both/);
    expect(planToMarkdown(p)).not.toMatch(/\| Delivery dates are the CEO’s call \|.*\| decided \|/);
  });
});

describe('the offsite dates on the plan', () => {
  // The partner writes a capture's createdAt; both confirmed its body, not its date.
  const build = () => {
    const old: Capture = { ...DECISION, id: 'c9', author: 'cto', authorName: 'Sam', createdAt: '2020-01-01T10:00:00.000Z' };
    const p = buildRepairPlan({
      companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today,
      workspace: { workspace: defaultWorkspace(today), agreement: agreed([old]) },
      offsite: { captures: [old], actions: [], parked: [] },
    });
    return { p };
  };

  it('come from when both agreed, not from a date the partner wrote', () => {
    const { p } = build();
    expect(p.offsite!.agreed).toHaveLength(1);
    expect(p.offsite!.dates).toEqual({ from: toIsoDate(today), to: toIsoDate(today) });
  });
});
