import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planOffsiteImport, importReportLines, type HereNow, type MergePlan } from '../../../../shared/offsite/offsite-merge';
import { buildOffsiteFile, type OffsiteFile } from '../../../../shared/offsite/offsite-file';
import { captureHash, captureKey, captureState } from '../../../../shared/offsite/capture-agreement';
import type { Capture, ParkedItem } from '../../../../shared/offsite/capture';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { sharedKey, type Confirmation, type SharedConfirmations } from '../../../../shared/workspace/agreement';

const WS = defaultWorkspace(new Date(2026, 10, 26));
const CTX = { workspace: WS, bets: [] };
const NOW = new Date('2026-11-26T15:00:00.000Z');
const META = { blockId: 'general', blockTitle: 'General', author: 'ceo' as const, authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' };
const DECISION: Capture = { ...META, id: 'cap-d', kind: 'decision', text: 'Pilot ships in Q1', options: [], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' };
const RACI: Capture = { ...META, id: 'cap-r', kind: 'raci', rowId: 'row-product-bet', rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CEO, CTO' };
const ACTION: Capture = { ...META, id: 'cap-a', kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' };
const PARKED: ParkedItem = { id: 'park-1', text: 'VP Sales before the pilot?', blockId: 'general', blockTitle: 'General', authorName: 'Alex Kim', createdAt: '2026-11-26T11:00:00.000Z' };
const ALEX = { role: 'ceo' as const, name: 'Alex Kim' };

const conf = (c: Capture, role: 'ceo' | 'cto', name = role === 'ceo' ? 'Alex Kim' : 'Blake Moreau'): Confirmation => ({ role, name, hash: captureHash(c), at: '2026-11-26T12:00:00.000Z', mode: 'live' });

/** Alex's file: three captures he confirmed, one parked item. */
function alexFile(extra: (c: Capture) => Confirmation[] = () => []): OffsiteFile {
  const caps = [DECISION, RACI, ACTION];
  const f = buildOffsiteFile(
    { captures: caps, actions: [{ id: 'action-cap-a', captureId: 'cap-a', blockId: 'general', text: ACTION.kind === 'action' ? ACTION.text : '', owner: 'CTO', due: '2026-12-01' }], parked: [PARKED] },
    { shared: {}, local: Object.fromEntries(caps.map((c) => [captureKey(c.id), { ceo: captureHash(c) }])) },
    ALEX,
    NOW,
  );
  return { ...f, captures: f.captures.map((c) => ({ ...c, confirmations: [...c.confirmations, ...extra(c)] })) };
}

const empty: HereNow = { captures: [], parked: [], shared: {}, myRole: 'cto' };

/** What the workspace holds after a plan is applied (the records the merge reads). */
function applied(here: HereNow, plan: MergePlan): HereNow {
  const captures = [...here.captures];
  const parked = [...here.parked];
  for (const op of plan.ops) {
    if (op.op === 'put-capture') captures.push(op.capture);
    if (op.op === 'put-parked') parked.push(op.item);
  }
  const shared: Record<string, Confirmation> = { ...here.shared };
  for (const { key, confirmation } of plan.confirmations) shared[key] = confirmation;
  return { ...here, captures, parked, shared };
}

function plan(file: OffsiteFile, here: HereNow = empty): MergePlan {
  const r = planOffsiteImport(file, here, CTX);
  if (!r.ok) throw new Error(r.error);
  return r.plan;
}

describe('importing the partner offsite file', () => {
  it('adds the captures through the same ops as a live capture, and takes the exporter confirmations', () => {
    const p = plan(alexFile());
    expect(p.ops.map((o) => o.op)).toEqual(['put-log', 'put-capture', 'set-matrix-cell', 'put-capture', 'put-action', 'put-capture', 'put-parked']);
    expect(p.ops[0]).toMatchObject({ op: 'put-log', entry: { id: 'log-cap-d', what: 'Pilot ships in Q1', status: 'decided' } });
    expect(p.ops[2]).toEqual({ op: 'set-matrix-cell', rowId: 'row-product-bet', cell: 'accountable', value: ['CEO', 'CTO'], jointAccountable: true });
    expect(p.ops[1]).toMatchObject({ capture: { id: 'cap-d', importedFrom: { role: 'ceo', name: 'Alex Kim', at: NOW.toISOString() } } });
    expect(p.confirmations.map((c) => c.key)).toEqual(['capture:cap-d|ceo', 'capture:cap-r|ceo', 'capture:cap-a|ceo']);
    expect(p.report).toMatchObject({ addedCaptures: 3, addedParked: 1, takenConfirmations: 3, ignoredOtherRole: 0, nothingNew: false });
  });

  it("never takes a confirmation under this laptop's role from the file, and says how many it ignored", () => {
    const p = plan(alexFile((c) => [conf(c, 'cto')]));
    expect(p.confirmations.every((c) => c.confirmation.role === 'ceo')).toBe(true);
    expect(p.report.ignoredOtherRole).toBe(3);
    // So on Blake's laptop nothing is agreed: it needs his own confirmation, recorded here.
    const after = applied(empty, p);
    for (const c of after.captures) expect(captureState(c, { shared: after.shared, local: {} }).kind).toBe('proposed');
    expect(importReportLines(p.report, ALEX, 'cto')).toContain('3 confirmations under your role in the file were ignored: only you confirm for this laptop.');
  });

  it('once this laptop confirms, the imported items are agreed by both', () => {
    const after = applied(empty, plan(alexFile()));
    const local = Object.fromEntries(after.captures.map((c) => [captureKey(c.id), { cto: captureHash(c) }]));
    for (const c of after.captures) expect(captureState(c, { shared: after.shared, local })).toMatchObject({ kind: 'agreed', names: { ceo: 'Alex Kim', cto: 'CTO' } });
  });

  it('refuses a file exported under this laptop own role', () => {
    const r = planOffsiteImport(alexFile(), { ...empty, myRole: 'ceo' }, CTX);
    expect(r).toEqual({ ok: false, error: "this file was exported by Alex Kim as CEO, and this laptop is the CEO's too. Import your partner's (the CTO's) offsite file." });
  });

  it('no bidi override the partner wrote reaches a refusal, a conflict or a left-out line', () => {
    const rlo = /[\u202A-\u202E]/;
    const named = { ...alexFile(), exportedBy: { ...alexFile().exportedBy, name: 'Alex\u202E Kim' } };
    const refused = planOffsiteImport(named, { ...empty, myRole: 'ceo' }, CTX);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/^this file was exported by Alex Kim as CEO/);
    const f = alexFile();
    f.captures[0] = { ...f.captures[0], text: 'Pilot\u202E ships in Q1' } as (typeof f.captures)[number];
    f.captures[1] = { ...f.captures[1], rowId: 'row\u202Egone' } as (typeof f.captures)[number];
    const p = plan(f, { ...empty, captures: [{ ...DECISION, text: 'Pilot ships in Q2' }] });
    const lines = importReportLines(p.report, ALEX, 'cto');
    expect(lines.filter((l) => l.startsWith('Conflict — ') || l.startsWith('Not imported — '))).toHaveLength(2);
    for (const line of lines) expect(line).not.toMatch(rlo);
  });

  it('importing the same file twice changes nothing the second time, and says so', () => {
    const once = applied(empty, plan(alexFile()));
    const again = plan(alexFile(), once);
    expect(again.ops).toEqual([]);
    expect(again.confirmations).toEqual([]);
    expect(again.report.nothingNew).toBe(true);
    expect(importReportLines(again.report, ALEX, 'cto')[0]).toBe("Nothing new: this laptop already holds everything in Alex Kim (CEO)'s file. Nothing changed.");
  });

  it('keeps what this laptop has: a different version under the same id is a conflict, never overwritten', () => {
    const mine: Capture = { ...DECISION, text: 'Pilot ships in Q2', author: 'cto', authorName: 'Blake Moreau' };
    const myParked = { ...PARKED, text: 'Hire a VP Sales?' };
    const p = plan(alexFile(), { ...empty, captures: [mine], parked: [myParked] });
    expect(p.ops.some((o) => (o.op === 'put-capture' && o.capture.id === 'cap-d') || (o.op === 'put-log' && o.entry.id === 'log-cap-d') || o.op === 'put-parked')).toBe(false);
    // Alex confirmed his version, not the one kept here: not taken.
    expect(p.confirmations.map((c) => c.key)).not.toContain('capture:cap-d|ceo');
    expect(p.report.staleConfirmations).toBe(1);
    expect(p.report.conflicts).toEqual([
      "Decision: Pilot ships in Q1 (owner CEO; Monthly strategy; 2026-11-26): this laptop holds a different version of it; kept this laptop's.",
      `Parked "VP Sales before the pilot?": this laptop holds a different version of it; kept this laptop's.`,
    ]);
  });

  it('a confirmation already here is not written again; a stale one of the partner is replaced by the current one', () => {
    const here = applied(empty, plan(alexFile()));
    const stale: SharedConfirmations = { ...here.shared, [sharedKey('capture:cap-d', 'ceo')]: { ...conf(DECISION, 'ceo'), hash: '0123456789abcdef0123456789abcdef' } };
    const p = plan(alexFile(), { ...here, shared: stale });
    expect(p.confirmations.map((c) => c.key)).toEqual(['capture:cap-d|ceo']);
  });

  it('a RACI change on a row this laptop does not have is left out, with the reason; the rest imports', () => {
    const f = alexFile();
    f.captures[1] = { ...f.captures[1], rowId: 'row-gone' } as (typeof f.captures)[number];
    const p = plan(f);
    expect(p.report.skipped).toEqual(['RACI change: "Product bet and target segment" — Accountable → CEO, CTO: RACI change: no row "row-gone" in the decision matrix (was it deleted?). Choose a row.']);
    expect(p.report.addedCaptures).toBe(2);
  });

  it('two risk values for one new big bet build on each other', () => {
    const slip: Capture = { ...META, id: 'cap-s', kind: 'risk', betId: 'bet-h', betName: 'Healthcare pilot', field: 'slipPercent', value: '15' };
    const down: Capture = { ...META, id: 'cap-m', kind: 'risk', betId: 'bet-h', betName: 'Healthcare pilot', field: 'reliabilityMinutes', value: '60' };
    const f = buildOffsiteFile({ captures: [slip, down], actions: [], parked: [] }, { shared: {}, local: {} }, ALEX, NOW);
    const bets = plan(f).ops.filter((o) => o.op === 'put-bet');
    expect(bets.at(-1)).toEqual({ op: 'put-bet', bet: { id: 'bet-h', name: 'Healthcare pilot', reliabilityMinutes: 60, securityClasses: '', slipPercent: 15 } });
  });

  it('property: whatever both hold, an import never removes or changes an item here, never takes the importer role, and a second import plans nothing', () => {
    const capArb = fc.record({
      id: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      text: fc.constantFrom('Ship Q1', 'Ship Q2', 'Hire a VP'),
      roles: fc.subarray(['ceo', 'cto'] as const),
    });
    const parkArb = fc.record({ id: fc.constantFrom('p1', 'p2', 'p3'), text: fc.constantFrom('Later', 'Budget?') });
    const toCapture = (x: { id: string; text: string }): Capture => ({ ...DECISION, id: x.id, text: x.text });
    fc.assert(
      fc.property(fc.uniqueArray(capArb, { selector: (x) => x.id }), fc.uniqueArray(capArb, { selector: (x) => x.id }), fc.uniqueArray(parkArb, { selector: (x) => x.id }), fc.uniqueArray(parkArb, { selector: (x) => x.id }), (mine, theirs, myParked, theirParked) => {
        const hereCaps = mine.map(toCapture);
        const shared: Record<string, Confirmation> = {};
        for (const m of mine) for (const r of m.roles) shared[sharedKey(captureKey(m.id), r)] = conf(toCapture(m), r);
        const here: HereNow = { captures: hereCaps, parked: myParked.map((p) => ({ ...PARKED, ...p })), shared, myRole: 'cto' };
        const file = buildOffsiteFile({ captures: theirs.map(toCapture), actions: [], parked: theirParked.map((p) => ({ ...PARKED, ...p })) }, { shared: {}, local: {} }, ALEX, NOW);
        file.captures = file.captures.map((c, i) => ({ ...c, confirmations: theirs[i].roles.map((r) => conf(c, r)) }));
        const p = plan(file, here);
        const after = applied(here, p);
        // Nothing here is removed or changed.
        for (const c of hereCaps) expect(after.captures.filter((x) => x.id === c.id).map(captureHash)).toEqual([captureHash(c)]);
        for (const q of here.parked) expect(after.parked.filter((x) => x.id === q.id)).toEqual([q]);
        for (const [k, v] of Object.entries(shared)) if (v.role === 'cto') expect(after.shared[k]).toEqual(v);
        // Nothing under the importer's role comes from the file.
        expect(p.confirmations.filter((c) => c.confirmation.role === 'cto')).toEqual([]);
        // Idempotent.
        const again = plan(file, after);
        expect(again.report.nothingNew).toBe(true);
        expect(again.ops).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
