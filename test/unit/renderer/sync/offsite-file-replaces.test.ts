// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyImport } from '../../../../renderer/sync/offsite-file';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { AGREEMENT, confirm, putBet, readBets, readLocal, readPolicies, readShared } from '../../../../renderer/sync/workspace-agreement';
import { createUndoManager, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { setItemField } from '../../../../renderer/sync/workspace-mutations';
import { parseOffsiteFile } from '../../../../shared/offsite/offsite-file';
import { importReportLines, planOffsiteImport } from '../../../../shared/offsite/offsite-merge';
import { captureHash, captureState } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { agreementContents, agreementState, betKey, contentHash, rowKey, sharedKey } from '../../../../shared/workspace/agreement';

// Review r9 §3, through the renderer's import path and a real workspace doc: this laptop (the
// CEO's) holds bet "EU launch" at 60 minutes and the row "Product bet and target segment" with
// the CEO Accountable, both agreed by both. Blake's hand-made offsite file proposes 1440 minutes
// and the CTO Accountable. Nothing of it replaces what is here; the report names both.

beforeEach(() => localStorage.clear());

const AT = '2026-11-20T10:00:00.000Z';
const META = { blockId: 'general', blockTitle: 'General', author: 'cto' as const, authorName: 'Blake', createdAt: '2026-11-26T10:00:00.000Z' };
const ROW = 'row-product-bet';

/** Agreed by both: this laptop's own CEO confirmation, and Blake's CTO one as the shared doc carries it. */
function agreeBoth(doc: Y.Doc, key: string): void {
  const hash = contentHash(agreementContents(readWorkspace(doc), readPolicies(doc), readBets(doc))[key]);
  confirm(doc, key, hash, [{ role: 'ceo', name: 'Alex Kim' }], 'live', new Date(AT));
  doc.getMap(AGREEMENT).set(sharedKey(key, 'cto'), { role: 'cto', name: 'Blake', hash, at: AT, mode: 'live' });
}

const stateOf = (doc: Y.Doc, key: string) =>
  agreementState(key, agreementContents(readWorkspace(doc), readPolicies(doc), readBets(doc))[key], undefined, { shared: readShared(doc), local: readLocal(), me: 'ceo' }).kind;

function blakesFile(captures: Capture[]): string {
  return JSON.stringify({
    format: 'accord-offsite-record',
    version: 1,
    exportedBy: { role: 'cto', name: 'Blake' },
    exportedAt: '2026-11-26T12:00:00.000Z',
    captures: captures.map((c) => ({ ...c, confirmations: [{ role: 'cto', name: 'Blake', hash: captureHash(c), at: '2026-11-26T12:00:00.000Z', mode: 'live' }] })),
    actions: [],
    parked: [],
  });
}

function importText(doc: Y.Doc, text: string): string[] {
  const file = parseOffsiteFile(text);
  if (!file.ok) throw new Error(file.errors.join('; '));
  const here = readOffsite(doc);
  const r = planOffsiteImport(file.value, { captures: here.captures, parked: here.parked, shared: readShared(doc), myRole: 'ceo' }, { workspace: readWorkspace(doc), bets: readBets(doc) });
  if (!r.ok) throw new Error(r.error);
  applyImport(doc, r.plan);
  return importReportLines(r.plan.report, file.value.exportedBy, 'ceo');
}

describe("importing a partner's offsite file onto agreed values", () => {
  it('an agreed bet budget and an agreed RACI cell are unchanged and still agreed; the captures wait as proposals; the report names each value not applied', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    putBet(doc, { id: 'eu', name: 'EU launch', reliabilityMinutes: 60, securityClasses: 'P0', slipPercent: 10 });
    agreeBoth(doc, betKey('eu'));
    agreeBoth(doc, rowKey('matrix', ROW));
    expect([stateOf(doc, betKey('eu')), stateOf(doc, rowKey('matrix', ROW))]).toEqual(['agreed', 'agreed']);
    const undo = createUndoManager(doc);

    const risk: Capture = { ...META, id: 'cap-x', kind: 'risk', betId: 'eu', betName: 'EU launch', field: 'reliabilityMinutes', value: '1440' };
    const raci: Capture = { ...META, id: 'cap-y', kind: 'raci', rowId: ROW, rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CTO' };
    const lines = importText(doc, blakesFile([risk, raci]));

    expect(readBets(doc)).toEqual([{ id: 'eu', name: 'EU launch', reliabilityMinutes: 60, securityClasses: 'P0', slipPercent: 10 }]);
    const row = readWorkspace(doc).matrix.find((r) => r.id === ROW);
    expect(row?.accountable).toEqual(['CEO']);
    expect([stateOf(doc, betKey('eu')), stateOf(doc, rowKey('matrix', ROW))]).toEqual(['agreed', 'agreed']);

    // Blake's captures are here as his proposals, confirmed by him only.
    const rec = readOffsite(doc);
    expect(rec.dropped).toEqual([]);
    expect(rec.captures.map((c) => [c.id, c.importedFrom?.name, captureState(c, { shared: readShared(doc), local: readLocal(), me: 'ceo' })])).toEqual([
      ['cap-x', 'Blake', { kind: 'proposed', confirmedBy: ['cto'] }],
      ['cap-y', 'Blake', { kind: 'proposed', confirmedBy: ['cto'] }],
    ]);

    expect(lines).toEqual([
      "Imported from Blake (CTO)'s offsite file: 2 captures, 0 parked items, 2 confirmations by Blake (CTO).",
      'New items are proposed by Blake (CTO) until you confirm them here; then they are agreed by both.',
      `Not applied — the downtime budget of the big bet "EU launch": this laptop has 60 minutes per quarter, Blake (CTO)'s file says 1440 minutes per quarter. Kept this laptop's; the capture is listed as proposed. Change it here if you both agree.`,
      `Not applied — Accountable on the matrix row "Product bet and target segment": this laptop has CEO, Blake (CTO)'s file says CTO. Kept this laptop's; the capture is listed as proposed. Change it here if you both agree.`,
    ]);
    expect(undo.undoStack.length).toBe(0);
  });

  it('a capture that fills an empty cell or an unset budget is still written, as before', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    putBet(doc, { id: 'eu', name: 'EU launch', reliabilityMinutes: null, securityClasses: 'P0', slipPercent: 10 });
    setItemField(doc, 'matrix', ROW, 'informed', []);
    const lines = importText(
      doc,
      blakesFile([
        { ...META, id: 'cap-x', kind: 'risk', betId: 'eu', betName: 'EU launch', field: 'reliabilityMinutes', value: '1440' },
        { ...META, id: 'cap-y', kind: 'raci', rowId: ROW, rowLabel: 'Product bet and target segment', cell: 'informed', value: 'Board' },
      ]),
    );
    expect(readBets(doc)).toEqual([{ id: 'eu', name: 'EU launch', reliabilityMinutes: 1440, securityClasses: 'P0', slipPercent: 10 }]);
    expect(readWorkspace(doc).matrix.find((r) => r.id === ROW)?.informed).toEqual(['Board']);
    expect(lines.some((l) => l.startsWith('Not applied'))).toBe(false);
  });
});
