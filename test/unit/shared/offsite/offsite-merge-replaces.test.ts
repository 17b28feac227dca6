import { describe, expect, it } from 'vitest';
import { importReportLines, notAppliedChanges, planOffsiteImport, type HereNow, type MergePlan } from '../../../../shared/offsite/offsite-merge';
import { parseOffsiteFile, type OffsiteFile } from '../../../../shared/offsite/offsite-file';
import { captureHash } from '../../../../shared/offsite/capture-agreement';
import type { Capture, CaptureBody } from '../../../../shared/offsite/capture';
import type { CaptureContext, WorkspaceOp } from '../../../../shared/offsite/capture-ops';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { BetBudget } from '../../../../shared/workspace/agreement';
import type { DecisionRow } from '../../../../shared/workspace/types';

// Review r9 §3: a partner's offsite file (hand-made, valid) carries a NEW capture whose workspace
// change would replace a value this laptop holds — an agreed bet budget, an agreed RACI cell.
// Importing never replaces anything here: that change is left out and named in the report; a
// change that only fills what is empty here (a new bet, an unset budget, an empty cell) applies.

const WS = defaultWorkspace(new Date(2026, 10, 26));
const EU: BetBudget = { id: 'eu', name: 'EU launch', reliabilityMinutes: 60, securityClasses: 'P0', slipPercent: 10 };
const META = { blockId: 'general', blockTitle: 'General', author: 'cto' as const, authorName: 'Blake', createdAt: '2026-11-26T10:00:00.000Z' };
const BLAKE = { role: 'cto' as const, name: 'Blake' };
const HERE: HereNow = { captures: [], parked: [], shared: {}, myRole: 'ceo' };

const withRow = (id: string, patch: Partial<DecisionRow>): CaptureContext['workspace'] => ({ ...WS, matrix: WS.matrix.map((r) => (r.id === id ? { ...r, ...patch } : r)) });

/** The partner's file as a hand-made JSON text would be, through the real parser: each capture confirmed by its exporter. */
function fileOf(bodies: CaptureBody[]): OffsiteFile {
  const captures = bodies.map((b, i): Capture => ({ ...META, id: `cap-${i}`, ...b }));
  const text = JSON.stringify({
    format: 'accord-offsite-record',
    version: 1,
    exportedBy: BLAKE,
    exportedAt: '2026-11-26T12:00:00.000Z',
    captures: captures.map((c) => ({ ...c, confirmations: [{ role: 'cto', name: 'Blake', hash: captureHash(c), at: '2026-11-26T12:00:00.000Z', mode: 'live' }] })),
    actions: captures.filter((c) => c.kind === 'action').map((c) => ({ id: `action-${c.id}`, captureId: c.id, blockId: c.blockId, text: c.text, owner: c.owner, due: c.due })),
    parked: [],
  });
  const f = parseOffsiteFile(text);
  if (!f.ok) throw new Error(f.errors.join('; '));
  return f.value;
}

function plan(bodies: CaptureBody[], ctx: CaptureContext, here: HereNow = HERE): MergePlan {
  const r = planOffsiteImport(fileOf(bodies), here, ctx);
  if (!r.ok) throw new Error(r.error);
  return r.plan;
}

const effects = (p: MergePlan) => p.ops.filter((o) => o.op !== 'put-capture');
const risk = (field: 'reliabilityMinutes' | 'securityClasses' | 'slipPercent', value: string, betId = 'eu', betName = 'EU launch'): CaptureBody => ({ kind: 'risk', betId, betName, field, value });
const raci = (rowId: string, cell: 'accountable' | 'consulted' | 'informed' | 'cadence', value: string): CaptureBody => {
  const row = WS.matrix.find((r) => r.id === rowId);
  return { kind: 'raci', rowId, rowLabel: row?.decision ?? rowId, cell, value };
};

describe('an imported capture never replaces a value this laptop holds (put-bet)', () => {
  it("an agreed bet's downtime budget stays 60 when the file says 1440; the capture is kept as a proposal and the report names both values", () => {
    const p = plan([risk('reliabilityMinutes', '1440')], { workspace: WS, bets: [EU] });
    expect(effects(p)).toEqual([]);
    expect(p.ops).toEqual([{ op: 'put-capture', capture: expect.objectContaining({ id: 'cap-0', kind: 'risk', value: '1440', importedFrom: { role: 'cto', name: 'Blake', at: '2026-11-26T12:00:00.000Z' } }) }]);
    // Blake's confirmation of his proposal is still taken: it is his, and confirms nothing here but his capture.
    expect(p.confirmations.map((c) => c.key)).toEqual(['capture:cap-0|cto']);
    expect(p.report).toMatchObject({ addedCaptures: 1, nothingNew: false, skipped: [], conflicts: [] });
    expect(p.report.notApplied).toEqual([{ what: 'the downtime budget of the big bet "EU launch"', here: '60 minutes per quarter', file: '1440 minutes per quarter' }]);
    expect(importReportLines(p.report, BLAKE, 'ceo')).toContain(
      `Not applied — the downtime budget of the big bet "EU launch": this laptop has 60 minutes per quarter, Blake (CTO)'s file says 1440 minutes per quarter. Kept this laptop's; the capture is listed as proposed. Change it here if you both agree.`,
    );
  });

  it('the issue classes and the acceptable slip of a bet here are not replaced either', () => {
    const p = plan([risk('securityClasses', 'none'), risk('slipPercent', '90')], { workspace: WS, bets: [EU] });
    expect(effects(p)).toEqual([]);
    expect(p.report.notApplied).toEqual([
      { what: 'the issue classes that block releases of the big bet "EU launch"', here: 'P0', file: 'none' },
      { what: 'the acceptable slip of the big bet "EU launch"', here: '10%', file: '90%' },
    ]);
    expect(p.report.addedCaptures).toBe(2);
  });

  it('fills in what is unset here: a new bet, a budget not set yet (null), blank issue classes', () => {
    const open: BetBudget = { id: 'eu', name: 'EU launch', reliabilityMinutes: null, securityClasses: '', slipPercent: 10 };
    const p = plan([risk('reliabilityMinutes', '1440'), risk('securityClasses', 'P0, P1'), risk('slipPercent', '15', 'bet-h', 'Healthcare pilot')], { workspace: WS, bets: [open] });
    expect(p.report.notApplied).toEqual([]);
    expect(effects(p)).toEqual([
      { op: 'put-bet', bet: { ...open, reliabilityMinutes: 1440 } },
      { op: 'put-bet', bet: { ...open, reliabilityMinutes: 1440, securityClasses: 'P0, P1' } },
      { op: 'put-bet', bet: { id: 'bet-h', name: 'Healthcare pilot', reliabilityMinutes: null, securityClasses: '', slipPercent: 15 } },
    ]);
  });

  it('the same value as here is no change: applied, nothing reported', () => {
    const p = plan([risk('reliabilityMinutes', '60')], { workspace: WS, bets: [EU] });
    expect(effects(p)).toEqual([{ op: 'put-bet', bet: EU }]);
    expect(p.report.notApplied).toEqual([]);
  });

  it('within one file, compared with what was here before: a later capture may change what an earlier one filled in; a held one does not block a fill-in of another field', () => {
    const open: BetBudget = { ...EU, reliabilityMinutes: null };
    const twice = plan([risk('reliabilityMinutes', '100'), risk('reliabilityMinutes', '200')], { workspace: WS, bets: [open] });
    expect(twice.report.notApplied).toEqual([]);
    expect(effects(twice).at(-1)).toEqual({ op: 'put-bet', bet: { ...open, reliabilityMinutes: 200 } });

    const mixed = plan([risk('slipPercent', '50'), risk('reliabilityMinutes', '1440')], { workspace: WS, bets: [open] });
    expect(mixed.report.notApplied.map((n) => n.what)).toEqual(['the acceptable slip of the big bet "EU launch"']);
    // The slip stays 10 in what is written.
    expect(effects(mixed)).toEqual([{ op: 'put-bet', bet: { ...open, reliabilityMinutes: 1440 } }]);
  });
});

describe('an imported capture never replaces a value this laptop holds (set-matrix-cell)', () => {
  it("an agreed row's Accountable stays CEO when the file says CTO; the capture is kept as a proposal and the report names both", () => {
    const p = plan([raci('row-product-bet', 'accountable', 'CTO')], { workspace: WS, bets: [] });
    expect(effects(p)).toEqual([]);
    expect(p.ops.map((o) => o.op)).toEqual(['put-capture']);
    expect(p.report.addedCaptures).toBe(1);
    expect(p.report.notApplied).toEqual([{ what: 'Accountable on the matrix row "Product bet and target segment"', here: 'CEO', file: 'CTO' }]);
    expect(importReportLines(p.report, BLAKE, 'ceo')).toContain(
      `Not applied — Accountable on the matrix row "Product bet and target segment": this laptop has CEO, Blake (CTO)'s file says CTO. Kept this laptop's; the capture is listed as proposed. Change it here if you both agree.`,
    );
  });

  it('Consulted, Informed and the forum with a value here are not replaced', () => {
    const p = plan([raci('row-product-bet', 'consulted', 'Sales'), raci('row-product-bet', 'informed', 'Board'), raci('row-product-bet', 'cadence', 'Never')], { workspace: WS, bets: [] });
    expect(effects(p)).toEqual([]);
    expect(p.report.notApplied).toEqual([
      { what: 'Consulted on the matrix row "Product bet and target segment"', here: 'CTO, Head of Product, Sales', file: 'Sales' },
      { what: 'Informed on the matrix row "Product bet and target segment"', here: 'Eng leads', file: 'Board' },
      { what: 'Forum / cadence on the matrix row "Product bet and target segment"', here: 'Monthly strategy', file: 'Never' },
    ]);
  });

  it('fills an empty cell: nobody Accountable or Informed, a blank forum', () => {
    const ws = withRow('row-product-bet', { accountable: [], informed: [], cadence: '  ' });
    const p = plan([raci('row-product-bet', 'accountable', 'CEO, CTO'), raci('row-product-bet', 'informed', 'Board'), raci('row-product-bet', 'cadence', 'Monthly strategy')], { workspace: ws, bets: [] });
    expect(p.report.notApplied).toEqual([]);
    expect(effects(p)).toEqual([
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'accountable', value: ['CEO', 'CTO'], jointAccountable: true },
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'informed', value: ['Board'] },
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'cadence', value: 'Monthly strategy' },
    ]);
  });

  it('the same names in the same order are no change; another order is a change', () => {
    const same = plan([raci('row-product-bet', 'consulted', 'CTO, Head of Product, Sales')], { workspace: WS, bets: [] });
    expect(same.report.notApplied).toEqual([]);
    expect(effects(same)).toHaveLength(1);
    const reordered = plan([raci('row-product-bet', 'consulted', 'Sales, CTO, Head of Product')], { workspace: WS, bets: [] });
    expect(effects(reordered)).toEqual([]);
    expect(reordered.report.notApplied).toHaveLength(1);
  });

  it('an Accountable with the same names whose joint CEO + CTO flag would flip is a change, and says so', () => {
    const ws = withRow('row-product-bet', { accountable: ['CEO', 'CTO'], jointAccountable: undefined });
    const p = plan([raci('row-product-bet', 'accountable', 'CEO, CTO')], { workspace: ws, bets: [] });
    expect(effects(p)).toEqual([]);
    expect(p.report.notApplied).toEqual([{ what: 'Accountable on the matrix row "Product bet and target segment"', here: 'CEO, CTO (not a joint call)', file: 'CEO, CTO (a joint CEO + CTO call)' }]);
  });
});

describe('what only adds (put-log, put-action, put-capture, put-parked) imports as before', () => {
  it('a new decision and a new action are written; nothing is reported as not applied', () => {
    const p = plan(
      [
        { kind: 'decision', text: 'Pilot ships in Q1', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' },
        { kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' },
      ],
      { workspace: WS, bets: [EU] },
    );
    expect(p.ops.map((o) => o.op)).toEqual(['put-log', 'put-capture', 'put-action', 'put-capture']);
    expect(p.report.notApplied).toEqual([]);
  });

  it('notAppliedChanges: the ops that only add are never a change of what is here', () => {
    const ctx = { workspace: WS, bets: [EU] };
    const adds: WorkspaceOp[] = [
      { op: 'put-log', entry: { id: 'log-x', kind: 'decision', what: 'x', decidedBy: 'CEO', forum: 'f', date: '2026-11-26', options: [], status: 'decided' } },
      { op: 'put-action', action: { id: 'action-x', captureId: 'x', blockId: 'general', text: 't', owner: 'CTO', due: '2026-12-01' } },
      { op: 'put-capture', capture: { ...META, id: 'x', kind: 'action', text: 't', owner: 'CTO', due: '2026-12-01' } },
      { op: 'put-parked', item: { id: 'p', text: 'later', blockId: 'general', blockTitle: 'General', authorName: 'Blake', createdAt: '2026-11-26T10:00:00.000Z' } },
      // A bet or row not here: nothing to replace.
      { op: 'put-bet', bet: { ...EU, id: 'other', reliabilityMinutes: 5 } },
      { op: 'set-matrix-cell', rowId: 'row-gone', cell: 'accountable', value: ['CTO'] },
    ];
    expect(notAppliedChanges(adds, ctx)).toEqual([]);
    expect(notAppliedChanges([{ op: 'put-bet', bet: { ...EU, reliabilityMinutes: 61 } }], ctx)).toHaveLength(1);
    expect(notAppliedChanges([{ op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'accountable', value: ['CTO'] }], ctx)).toHaveLength(1);
  });
});

describe('after the import', () => {
  it('the same file again plans nothing: the proposal is here, the value still is not replaced', () => {
    const ctx = { workspace: WS, bets: [EU] };
    const first = plan([risk('reliabilityMinutes', '1440'), raci('row-product-bet', 'accountable', 'CTO')], ctx);
    const captures = first.ops.flatMap((o) => (o.op === 'put-capture' ? [o.capture] : []));
    const shared = Object.fromEntries(first.confirmations.map((c) => [c.key, c.confirmation]));
    const again = plan([risk('reliabilityMinutes', '1440'), raci('row-product-bet', 'accountable', 'CTO')], ctx, { ...HERE, captures, shared });
    expect(again.ops).toEqual([]);
    expect(again.report.nothingNew).toBe(true);
  });

  it("no partner-written bidi override reaches the line that compares the two values", () => {
    const p = plan([raci('row-product-bet', 'accountable', 'CTO')], { workspace: WS, bets: [] });
    const lines = importReportLines(p.report, { role: 'cto', name: 'Mallory\u202E (CEO) agreed' }, 'ceo');
    const line = lines.find((l) => l.startsWith('Not applied'));
    expect(line).toContain('this laptop has CEO, Mallory (CEO) agreed (CTO)');
    expect(line).not.toMatch(/[\u202A-\u202E]/);
  });
});
