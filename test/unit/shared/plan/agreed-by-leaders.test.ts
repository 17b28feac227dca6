/**
 * Review r20: "agreed by both: <CEO> (CEO) and <CTO> (CTO) on <date>" printed the names in the
 * confirmation records of the shared doc. Whoever holds the invite writes the record under their
 * own role with any name ("Mallory, with board chair Pat Lee", another person's name), and it
 * read, in the plan for the board, as a third person agreeing, or someone other than the
 * cover's leader. Every agreed line of the plan names the two leaders as the cover does: the
 * compared rounds' names, never the free text of a confirmation.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { buildPlanOffsite } from '../../../../shared/plan/offsite';
import { agreedByText } from '../../../../shared/plan/leaders';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { planToIcs } from '../../../../shared/plan/plan-ics';
import { workspaceExportMarkdown } from '../../../../shared/plan/workspace-export';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreementContents, type AgreementInput } from '../../../../shared/workspace/agreement';
import type { Capture, OffsiteRecord } from '../../../../shared/offsite/capture';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { planDay } from '../../../../shared/plan/working-days';
import type { Round } from '../../../../shared/assessment/types';
import { FORGED_CONFIRMATION_NAME, agreeCaptures, agreeKeys, ceoRef, ctoRef, makeRound, today } from './fixtures';

const DAY = toIsoDate(today);
const meta = (id: string) => ({ id, blockId: 'gap-db-2', blockTitle: 'Gap 1: who decides dates', author: 'ceo' as const, authorName: 'Dana', createdAt: `${DAY}T10:00:00.000Z` });
const due = toIsoDate(planDay(today, 5));
const DECISION: Capture = { ...meta('c1'), kind: 'decision', text: 'Delivery dates are the CTO’s call', options: ['CEO', 'CTO'], forum: 'Weekly 1:1', decidedOn: DAY, owner: 'CTO' };
const RACI: Capture = { ...meta('c2'), kind: 'raci', rowId: 'row-infra-spend', rowLabel: 'Infra spend', cell: 'informed', value: 'Board' };
const ACTION: Capture = { ...meta('c3'), kind: 'action', text: 'Publish the matrix to the leads', owner: 'CTO', due };
const CAPTURES = [DECISION, RACI, ACTION];
const RECORD: OffsiteRecord = {
  captures: CAPTURES,
  actions: [{ id: 'action-c3', captureId: 'c3', blockId: 'gap-db-2', text: ACTION.text, owner: 'CTO', due }],
  parked: [{ id: 'p1', text: 'Do we hire a VP Sales?', blockId: 'gap-db-2', blockTitle: 'Gap 1: who decides dates', authorName: 'Sam', createdAt: `${DAY}T10:05:00.000Z` }],
};

/** The CTO's record names a third person; the CEO's entry, rewritten by the partner, another CEO. */
const FORGED = { ceo: 'Eve Impostor', cto: FORGED_CONFIRMATION_NAME };
const LEAKS = ['Mallory', 'Pat Lee', 'board chair', 'Eve Impostor'];

/** Every artifact, row, budget and capture agreed by both, the records under `names`. */
function agreedUnder(names: { ceo: string; cto: string }): AgreementInput {
  const ws = defaultWorkspace(today);
  const keys = agreeKeys(ws, Object.keys(agreementContents(ws)), {}, [], names);
  const caps = agreeCaptures(CAPTURES, names);
  return { shared: { ...keys.shared, ...caps.shared }, local: { ...keys.local, ...caps.local }, me: 'ceo' };
}

const build = (ceoRound: Round = ceoRef, ctoRound: Round = ctoRef, names = FORGED) =>
  buildRepairPlan({ companyName: 'Acme', ceoRound, ctoRound, today, workspace: { workspace: defaultWorkspace(today), agreement: agreedUnder(names) }, offsite: RECORD });

/** Every string in a value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

describe('the names in "agreed by both"', () => {
  it('are the compared rounds’ leaders, as on the cover, not the confirmation records’', () => {
    const plan = build();
    expect(plan.cover.names).toEqual({ ceo: 'Dana', cto: 'Sam' });
    expect(plan.offsite!.agreed).toHaveLength(3);
    for (const a of plan.offsite!.agreed) expect(a.by).toBe(`Dana (CEO) and Sam (CTO) on ${DAY}`);
    const md = planToMarkdown(plan);
    expect(md).toContain(`- Decision: Delivery dates are the CTO’s call (owner CTO; Weekly 1:1; ${DAY}; options considered: CEO, CTO) — agreed by both: Dana (CEO) and Sam (CTO) on ${DAY}`);
    expect(md).toContain(`— agreed by both: Dana (CEO) and Sam (CTO) on ${DAY}`);
  });

  it('a confirmation naming a third person is nowhere in the plan, its Markdown, calendar or workspace export', () => {
    const plan = build();
    const md = planToMarkdown(plan);
    const ics = planToIcs(plan, new Date(Date.UTC(2026, 0, 15, 8)));
    const exported = workspaceExportMarkdown({ workspace: defaultWorkspace(today), agreement: agreedUnder(FORGED) }, 'Workspace', today, RECORD);
    for (const leak of LEAKS) {
      for (const s of strings(plan)) expect(s).not.toContain(leak);
      expect(md).not.toContain(leak);
      expect(ics).not.toContain(leak);
      expect(exported).not.toContain(leak);
    }
    // The agreement itself still holds: the records' names are not what makes it.
    expect(plan.appendices.matrix.state).toBe('agreed by both on 2026-01-14');
    expect(plan.actionsFromOffsite).toBe(true);
  });

  it('is the same plan whatever names the records carry', () => {
    expect(build(ceoRef, ctoRef, FORGED)).toEqual(build(ceoRef, ctoRef, { ceo: 'Dana', cto: 'Sam' }));
  });

  it('uses the cover’s isolated, cleaned form of the names, as the plan’s author line does', () => {
    const plan = build(makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, name: ' דנה כהן ' }), makeRound('cto', { base: 4, overrides: { 'db-2': 2 }, name: 'Sam\u202E' }));
    expect(plan.offsite!.agreed[0].by).toBe(`\u2068דנה כהן\u2069 (CEO) and Sam (CTO) on ${DAY}`);
    expect(plan.offsite!.agreed[0].by).toBe(`${plan.author} on ${DAY}`);
  });

  it('a round with no name reads as the cover reads it, never as the record’s name', () => {
    const plan = build(makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, name: '  ' }), ctoRef);
    expect(plan.cover.names.ceo).toBe('The CEO');
    expect(plan.offsite!.agreed[0].by).toBe(`${plan.author} on ${DAY}`);
    expect(planToMarkdown(plan)).not.toContain('Eve Impostor');
  });
});

describe('the plan’s offsite part built without the rounds', () => {
  it('names the roles, not the confirmation records', () => {
    const o = buildPlanOffsite(RECORD, agreedUnder(FORGED))!;
    expect(o.agreed.map((a) => a.by)).toEqual([`the CEO and the CTO on ${DAY}`, `the CEO and the CTO on ${DAY}`, `the CEO and the CTO on ${DAY}`]);
    for (const leak of LEAKS) for (const s of strings(o)) expect(s).not.toContain(leak);
  });

  it('names the leaders it is given', () => {
    const o = buildPlanOffsite(RECORD, agreedUnder(FORGED), { ceo: 'Dana', cto: 'Sam' })!;
    expect(o.agreed[0].by).toBe(`Dana (CEO) and Sam (CTO) on ${DAY}`);
  });
});

describe('agreedByText, the one "who agreed" of the plan and the offsite sheet', () => {
  it('names both and the day, with no dangling "on" when no day is known yet (review r17); the roles without names', () => {
    const names = { ceo: 'Alex Kim', cto: 'Blake Moreau' };
    expect(agreedByText(names, '2026-11-26')).toBe('Alex Kim (CEO) and Blake Moreau (CTO) on 2026-11-26');
    expect(agreedByText(names, '')).toBe('Alex Kim (CEO) and Blake Moreau (CTO)');
    expect(agreedByText(undefined, '2026-11-26')).toBe('the CEO and the CTO on 2026-11-26');
  });
});
