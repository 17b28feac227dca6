import { describe, expect, it } from 'vitest';
import { importReportLines, planOffsiteImport, replacedValues, type HereNow, type MergePlan } from '../../../../shared/offsite/offsite-merge';
import { parseOffsiteFile, type OffsiteFile } from '../../../../shared/offsite/offsite-file';
import { captureHash } from '../../../../shared/offsite/capture-agreement';
import type { Capture, CaptureBody } from '../../../../shared/offsite/capture';
import type { CaptureContext, WorkspaceOp } from '../../../../shared/offsite/capture-ops';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { BetBudget } from '../../../../shared/workspace/agreement';
import type { DecisionRow } from '../../../../shared/workspace/types';

// Review r9 §3: a partner's offsite file carries a NEW capture whose workspace change replaces a
// value this laptop holds — an agreed bet budget, an agreed RACI cell. On two laptops exchanging
// files the change must reach both workspaces, so it is applied as a live capture would be; what
// the import may not do is replace it silently: the report names each replaced value with what it
// was and what it is now (the renderer keeps a version first: offsite-file-replaces.test.ts). A
// change that only fills what is empty here (a new bet, an unset budget, an empty cell) is no
// replacement and is not named.

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

describe('an imported capture that replaces a value held here is applied and reported (put-bet)', () => {
  it("an agreed bet's downtime budget goes from 60 to 1440 as the file says; the capture is the partner's proposal and the report names both values", () => {
    const p = plan([risk('reliabilityMinutes', '1440')], { workspace: WS, bets: [EU] });
    expect(effects(p)).toEqual([{ op: 'put-bet', bet: { ...EU, reliabilityMinutes: 1440 } }]);
    expect(p.ops.map((o) => o.op)).toEqual(['put-bet', 'put-capture']);
    expect(p.ops[1]).toEqual({ op: 'put-capture', capture: expect.objectContaining({ id: 'cap-0', kind: 'risk', value: '1440', importedFrom: { role: 'cto', name: 'Blake', at: '2026-11-26T12:00:00.000Z' } }) });
    // Blake's confirmation of his proposal is taken: it is his, and confirms nothing here but his capture.
    expect(p.confirmations.map((c) => c.key)).toEqual(['capture:cap-0|cto']);
    expect(p.report).toMatchObject({ addedCaptures: 1, nothingNew: false, skipped: [], conflicts: [] });
    expect(p.report.replaced).toEqual([{ what: 'the downtime budget of the big bet "EU launch"', was: '60 minutes per quarter', now: '1440 minutes per quarter' }]);
    expect(importReportLines(p.report, BLAKE, 'ceo', "Before importing your partner's offsite file").slice(2)).toEqual([
      `Changed here — the downtime budget of the big bet "EU launch": was 60 minutes per quarter, now 1440 minutes per quarter from Blake (CTO)'s file.`,
      `Agreed items it touches read "edited" until you both agree again. Versions → "Before importing your partner's offsite file" puts it back (restoring it takes the whole import out).`,
    ]);
  });

  it('the issue classes and the acceptable slip of a bet here are replaced and named too', () => {
    const p = plan([risk('securityClasses', 'none'), risk('slipPercent', '90')], { workspace: WS, bets: [EU] });
    expect(effects(p).at(-1)).toEqual({ op: 'put-bet', bet: { ...EU, securityClasses: 'none', slipPercent: 90 } });
    expect(p.report.replaced).toEqual([
      { what: 'the issue classes that block releases of the big bet "EU launch"', was: 'P0', now: 'none' },
      { what: 'the acceptable slip of the big bet "EU launch"', was: '10%', now: '90%' },
    ]);
    expect(p.report.addedCaptures).toBe(2);
  });

  it('fills in what is unset here, naming nothing: a new bet, a budget not set yet (null), blank issue classes', () => {
    const open: BetBudget = { id: 'eu', name: 'EU launch', reliabilityMinutes: null, securityClasses: '', slipPercent: 10 };
    const p = plan([risk('reliabilityMinutes', '1440'), risk('securityClasses', 'P0, P1'), risk('slipPercent', '15', 'bet-h', 'Healthcare pilot')], { workspace: WS, bets: [open] });
    expect(p.report.replaced).toEqual([]);
    expect(effects(p)).toEqual([
      { op: 'put-bet', bet: { ...open, reliabilityMinutes: 1440 } },
      { op: 'put-bet', bet: { ...open, reliabilityMinutes: 1440, securityClasses: 'P0, P1' } },
      { op: 'put-bet', bet: { id: 'bet-h', name: 'Healthcare pilot', reliabilityMinutes: null, securityClasses: '', slipPercent: 15 } },
    ]);
  });

  it('the same value as here is no change: applied, nothing reported', () => {
    const p = plan([risk('reliabilityMinutes', '60')], { workspace: WS, bets: [EU] });
    expect(effects(p)).toEqual([{ op: 'put-bet', bet: EU }]);
    expect(p.report.replaced).toEqual([]);
  });

  it('within one file, compared with what was here before: a value the file filled in is not named; one set twice is named once, was → last; one set back is not named', () => {
    const open: BetBudget = { ...EU, reliabilityMinutes: null };
    const twice = plan([risk('reliabilityMinutes', '100'), risk('reliabilityMinutes', '200')], { workspace: WS, bets: [open] });
    expect(twice.report.replaced).toEqual([]);
    expect(effects(twice).at(-1)).toEqual({ op: 'put-bet', bet: { ...open, reliabilityMinutes: 200 } });

    // The second put-bet carries the slip the first set: still one line, with the slip as it was before the import.
    const mixed = plan([risk('slipPercent', '50'), risk('reliabilityMinutes', '1440')], { workspace: WS, bets: [open] });
    expect(mixed.report.replaced).toEqual([{ what: 'the acceptable slip of the big bet "EU launch"', was: '10%', now: '50%' }]);
    expect(effects(mixed).at(-1)).toEqual({ op: 'put-bet', bet: { ...open, slipPercent: 50, reliabilityMinutes: 1440 } });

    const held = plan([risk('reliabilityMinutes', '100'), risk('reliabilityMinutes', '200')], { workspace: WS, bets: [EU] });
    expect(held.report.replaced).toEqual([{ what: 'the downtime budget of the big bet "EU launch"', was: '60 minutes per quarter', now: '200 minutes per quarter' }]);
    const back = plan([risk('reliabilityMinutes', '100'), risk('reliabilityMinutes', '60')], { workspace: WS, bets: [EU] });
    expect(back.report.replaced).toEqual([]);
    expect(effects(back).at(-1)).toEqual({ op: 'put-bet', bet: EU });
  });
});

describe('an imported capture that replaces a value held here is applied and reported (set-matrix-cell)', () => {
  it("an agreed row's Accountable goes from CEO to CTO as the file says; the report names both", () => {
    const p = plan([raci('row-product-bet', 'accountable', 'CTO')], { workspace: WS, bets: [] });
    expect(effects(p)).toEqual([{ op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'accountable', value: ['CTO'], jointAccountable: undefined }]);
    expect(p.ops.map((o) => o.op)).toEqual(['set-matrix-cell', 'put-capture']);
    expect(p.report.addedCaptures).toBe(1);
    expect(p.report.replaced).toEqual([{ what: 'Accountable on the matrix row "Product bet and target segment"', was: 'CEO', now: 'CTO' }]);
    expect(importReportLines(p.report, BLAKE, 'ceo')).toContain(
      `Changed here — Accountable on the matrix row "Product bet and target segment": was CEO, now CTO from Blake (CTO)'s file.`,
    );
  });

  it('Consulted, Informed and the forum with a value here are replaced and named, one line each, one closing line', () => {
    const p = plan([raci('row-product-bet', 'consulted', 'Sales'), raci('row-product-bet', 'informed', 'Board'), raci('row-product-bet', 'cadence', 'Never')], { workspace: WS, bets: [] });
    expect(effects(p)).toEqual([
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'consulted', value: ['Sales'] },
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'informed', value: ['Board'] },
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'cadence', value: 'Never' },
    ]);
    expect(p.report.replaced).toEqual([
      { what: 'Consulted on the matrix row "Product bet and target segment"', was: 'CTO, Head of Product, Sales', now: 'Sales' },
      { what: 'Informed on the matrix row "Product bet and target segment"', was: 'Eng leads', now: 'Board' },
      { what: 'Forum / cadence on the matrix row "Product bet and target segment"', was: 'Monthly strategy', now: 'Never' },
    ]);
    const lines = importReportLines(p.report, BLAKE, 'ceo', "Before importing your partner's offsite file");
    expect(lines.filter((l) => l.startsWith('Changed here — '))).toHaveLength(3);
    expect(lines.at(-1)).toBe(`Agreed items they touch read "edited" until you both agree again. Versions → "Before importing your partner's offsite file" puts them all back (restoring it takes the whole import out).`);
  });

  it('fills an empty cell: nobody Accountable or Informed, a blank forum', () => {
    const ws = withRow('row-product-bet', { accountable: [], informed: [], cadence: '  ' });
    const p = plan([raci('row-product-bet', 'accountable', 'CEO, CTO'), raci('row-product-bet', 'informed', 'Board'), raci('row-product-bet', 'cadence', 'Monthly strategy')], { workspace: ws, bets: [] });
    expect(p.report.replaced).toEqual([]);
    expect(effects(p)).toEqual([
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'accountable', value: ['CEO', 'CTO'], jointAccountable: true },
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'informed', value: ['Board'] },
      { op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'cadence', value: 'Monthly strategy' },
    ]);
  });

  it('the same names in the same order are no change; another order is a change', () => {
    const same = plan([raci('row-product-bet', 'consulted', 'CTO, Head of Product, Sales')], { workspace: WS, bets: [] });
    expect(same.report.replaced).toEqual([]);
    expect(effects(same)).toHaveLength(1);
    const reordered = plan([raci('row-product-bet', 'consulted', 'Sales, CTO, Head of Product')], { workspace: WS, bets: [] });
    expect(effects(reordered)).toHaveLength(1);
    expect(reordered.report.replaced).toHaveLength(1);
  });

  it('an Accountable with the same names whose joint CEO + CTO flag would flip is a change, and says so', () => {
    const ws = withRow('row-product-bet', { accountable: ['CEO', 'CTO'], jointAccountable: undefined });
    const p = plan([raci('row-product-bet', 'accountable', 'CEO, CTO')], { workspace: ws, bets: [] });
    expect(effects(p)).toEqual([{ op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'accountable', value: ['CEO', 'CTO'], jointAccountable: true }]);
    expect(p.report.replaced).toEqual([{ what: 'Accountable on the matrix row "Product bet and target segment"', was: 'CEO, CTO (not a joint call)', now: 'CEO, CTO (a joint CEO + CTO call)' }]);
  });
});

describe('what only adds (put-log, put-action, put-capture, put-parked) imports as before', () => {
  it('a new decision and a new action are written; nothing is reported as replaced', () => {
    const p = plan(
      [
        { kind: 'decision', text: 'Pilot ships in Q1', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' },
        { kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' },
      ],
      { workspace: WS, bets: [EU] },
    );
    expect(p.ops.map((o) => o.op)).toEqual(['put-log', 'put-capture', 'put-action', 'put-capture']);
    expect(p.report.replaced).toEqual([]);
  });

  it('replacedValues: the ops that only add never replace what is here', () => {
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
    expect(replacedValues(adds, ctx)).toEqual([]);
    expect(replacedValues([{ op: 'put-bet', bet: { ...EU, reliabilityMinutes: 61 } }], ctx)).toHaveLength(1);
    expect(replacedValues([{ op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'accountable', value: ['CTO'] }], ctx)).toHaveLength(1);
    // Two bets of one name are two values, each named.
    const twin = { ...EU, id: 'eu-2' };
    expect(replacedValues([{ op: 'put-bet', bet: { ...EU, reliabilityMinutes: 61 } }, { op: 'put-bet', bet: { ...twin, reliabilityMinutes: 62 } }], { ...ctx, bets: [EU, twin] }).map((r) => r.now)).toEqual(['61 minutes per quarter', '62 minutes per quarter']);
  });
});

describe('after the import', () => {
  it('the same file again plans nothing and names nothing', () => {
    const ctx = { workspace: WS, bets: [EU] };
    const first = plan([risk('reliabilityMinutes', '1440'), raci('row-product-bet', 'accountable', 'CTO')], ctx);
    const captures = first.ops.flatMap((o) => (o.op === 'put-capture' ? [o.capture] : []));
    const shared = Object.fromEntries(first.confirmations.map((c) => [c.key, c.confirmation]));
    const again = plan([risk('reliabilityMinutes', '1440'), raci('row-product-bet', 'accountable', 'CTO')], ctx, { ...HERE, captures, shared });
    expect(again.ops).toEqual([]);
    expect(again.report.nothingNew).toBe(true);
    expect(again.report.replaced).toEqual([]);
  });

  it("no partner-written bidi override reaches the line that compares the two values", () => {
    const p = plan([raci('row-product-bet', 'accountable', 'CTO')], { workspace: WS, bets: [] });
    const lines = importReportLines(p.report, { role: 'cto', name: 'Mallory\u202E (CEO) agreed' }, 'ceo');
    const line = lines.find((l) => l.startsWith('Changed here'));
    expect(line).toContain('was CEO, now CTO from Mallory (CEO) agreed (CTO)');
    expect(line).not.toMatch(/[\u202A-\u202E]/);
  });
});
