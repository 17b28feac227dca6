// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { importOffsiteFile } from '../../../../renderer/features/offsite/summary/offsite-file';
import { importKeepingVersion } from '../../../../renderer/sync/offsite-file';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { AGREEMENT, confirm, putBet, readBets, readLocal, readPolicies, readShared } from '../../../../renderer/sync/workspace-agreement';
import { createUndoManager, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { setItemField } from '../../../../renderer/sync/workspace-mutations';
import { closeWorkspace, openWorkspace } from '../../../../renderer/sync/workspace-owner';
import { keepVersions, MemoryVersionStore, type VersionKeeper } from '../../../../renderer/sync/workspace-versions';
import { versionWhen } from '../../../../renderer/sync/version-records';
import { restoreWorkspaceFromUpdate } from '../../../../renderer/sync/workspace-restore';
import { parseOffsiteFile, type OffsiteFile } from '../../../../shared/offsite/offsite-file';
import { importReportLines } from '../../../../shared/offsite/offsite-merge';
import { captureHash, captureState } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { agreementContents, agreementState, betKey, contentHash, rowKey, sharedKey } from '../../../../shared/workspace/agreement';

// Review r9 §3, through the renderer's import path and a real workspace doc: this laptop (the
// CEO's) holds bet "EU launch" at 60 minutes and the row "Product bet and target segment" with
// the CEO Accountable, both agreed by both. Blake's offsite file captures 1440 minutes and the CTO
// Accountable. The file's changes reach this workspace (two laptops exchanging files must not
// diverge), but not silently: a version is kept first, the report names each replaced value, the
// agreed items read "edited", and restoring the kept version gives the old values and "agreed" back.

beforeEach(() => localStorage.clear());
afterEach(() => closeWorkspace());

const AT = '2026-11-20T10:00:00.000Z';
const META = { blockId: 'general', blockTitle: 'General', author: 'cto' as const, authorName: 'Blake', createdAt: '2026-11-26T10:00:00.000Z' };
const ROW = 'row-product-bet';
const EU = { id: 'eu', name: 'EU launch', reliabilityMinutes: 60, securityClasses: 'P0', slipPercent: 10 };
const RISK: Capture = { ...META, id: 'cap-x', kind: 'risk', betId: 'eu', betName: 'EU launch', field: 'reliabilityMinutes', value: '1440' };
const RACI: Capture = { ...META, id: 'cap-y', kind: 'raci', rowId: ROW, rowLabel: 'Product bet and target segment', cell: 'accountable', value: 'CTO' };

/** Agreed by both: this laptop's own CEO confirmation, and Blake's CTO one as the shared doc carries it. */
function agreeBoth(doc: Y.Doc, key: string): void {
  const hash = contentHash(agreementContents(readWorkspace(doc), readPolicies(doc), readBets(doc))[key]);
  confirm(doc, key, hash, [{ role: 'ceo', name: 'Alex Kim' }], 'live', new Date(AT));
  doc.getMap(AGREEMENT).set(sharedKey(key, 'cto'), { role: 'cto', name: 'Blake', hash, at: AT, mode: 'live' });
}

const stateOf = (doc: Y.Doc, key: string) =>
  agreementState(key, agreementContents(readWorkspace(doc), readPolicies(doc), readBets(doc))[key], undefined, { shared: readShared(doc), local: readLocal(), me: 'ceo' }).kind;
const states = (doc: Y.Doc) => [stateOf(doc, betKey('eu')), stateOf(doc, rowKey('matrix', ROW))];
const accountable = (doc: Y.Doc) => readWorkspace(doc).matrix.find((r) => r.id === ROW)?.accountable;

function blakesText(captures: Capture[]): string {
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
function blakesFile(captures: Capture[]): OffsiteFile {
  const file = parseOffsiteFile(blakesText(captures));
  if (!file.ok) throw new Error(file.errors.join('; '));
  return file.value;
}

/** This laptop, the CEO's: the bet and the row, both agreed by both. */
function agreedDoc(): Y.Doc {
  const doc = new Y.Doc();
  seedIfEmpty(doc, new Date(2026, 10, 26));
  putBet(doc, EU);
  agreeBoth(doc, betKey('eu'));
  agreeBoth(doc, rowKey('matrix', ROW));
  return doc;
}

async function importInto(doc: Y.Doc, captures: Capture[], versions: VersionKeeper | undefined) {
  const file = blakesFile(captures);
  const r = await importKeepingVersion(doc, file, 'ceo', versions);
  return { r, lines: r.ok ? importReportLines(r.plan.report, file.exportedBy, 'ceo', r.keptVersion) : [] };
}

const KEPT = "Before importing your partner's offsite file";
const CHANGED = [
  `Changed here — the downtime budget of the big bet "EU launch": was 60 minutes per quarter, now 1440 minutes per quarter from Blake (CTO)'s file.`,
  `Changed here — Accountable on the matrix row "Product bet and target segment": was CEO, now CTO from Blake (CTO)'s file.`,
];
const keptLine = (label: string) =>
  `Agreed items they touch read "edited" until you both agree again. Versions → "${label}" puts them all back (restoring it takes the whole import out).`;

describe("importing a partner's offsite file that replaces agreed values", () => {
  it('applies the changes, keeps a version first, names each replaced value, and the agreed items read "edited"; restoring the version gives the old values and "agreed" back', async () => {
    const doc = agreedDoc();
    expect(states(doc)).toEqual(['agreed', 'agreed']);
    const store = new MemoryVersionStore();
    const keeper = keepVersions(doc, store, 'workspace');
    const undo = createUndoManager(doc);

    const { r, lines } = await importInto(doc, [RISK, RACI], keeper);
    // Named as the Versions panel lists it: its time, then why it was kept.
    const [keptMeta] = await keeper.list();
    expect(r.ok && r.keptVersion).toBe(`${versionWhen(keptMeta.at)} — ${KEPT}`);

    // The file's captures reached this workspace, as they would live.
    expect(readBets(doc)).toEqual([{ ...EU, reliabilityMinutes: 1440 }]);
    expect(accountable(doc)).toEqual(['CTO']);
    // Not agreed any more: the confirmations were of the values before.
    expect(states(doc)).toEqual(['edited', 'edited']);
    // Blake's captures are here as his proposals, confirmed by him only.
    expect(readOffsite(doc).captures.map((c) => [c.id, c.importedFrom?.name, captureState(c, { shared: readShared(doc), local: readLocal(), me: 'ceo' })])).toEqual([
      ['cap-x', 'Blake', { kind: 'proposed', confirmedBy: ['cto'] }],
      ['cap-y', 'Blake', { kind: 'proposed', confirmedBy: ['cto'] }],
    ]);
    expect(lines).toEqual([
      "Imported from Blake (CTO)'s offsite file: 2 captures, 0 parked items, 2 confirmations by Blake (CTO).",
      'New items are proposed by Blake (CTO) until you confirm them here; then they are agreed by both.',
      ...CHANGED,
      keptLine(`${versionWhen(keptMeta.at)} — ${KEPT}`),
    ]);
    expect(undo.undoStack.length).toBe(0);

    // The version kept holds the workspace as it was just before the import.
    const versions = await keeper.list();
    expect(versions.map((v) => v.reason)).toEqual(['before-import']);
    const kept = await keeper.get(versions[0].id);
    restoreWorkspaceFromUpdate(doc, kept!.update);
    expect(readBets(doc)).toEqual([EU]);
    expect(accountable(doc)).toEqual(['CEO']);
    expect(states(doc)).toEqual(['agreed', 'agreed']);
    expect(readOffsite(doc).captures).toEqual([]);
    keeper.destroy();
  });

  it('through the import card and the open workspace: the version is in the Versions list, and its Restore puts the values back', async () => {
    const ws = await openWorkspace(new MemoryDocStore(), () => new Date('2026-11-26T12:30:00.000Z'));
    putBet(ws.doc, EU);
    agreeBoth(ws.doc, betKey('eu'));
    agreeBoth(ws.doc, rowKey('matrix', ROW));
    const text = blakesText([RISK, RACI]);

    const out = await importOffsiteFile({ name: 'offsite-cto.json', size: text.length, text: async () => text }, 'ceo');
    expect(out).toEqual({ ok: true, changed: true, lines: expect.arrayContaining(CHANGED) });
    expect(out.ok && out.lines.at(-1)).toBe(keptLine(`${versionWhen((await ws.versions!.list())[0].at)} — ${KEPT}`));
    expect(readBets(ws.doc)).toEqual([{ ...EU, reliabilityMinutes: 1440 }]);
    expect(states(ws.doc)).toEqual(['edited', 'edited']);

    const listed = await ws.versions!.list();
    expect(listed.map((v) => v.reason)).toEqual(['before-import', 'open']);
    await ws.restoreVersion(listed[0].id);
    expect(readBets(ws.doc)).toEqual([EU]);
    expect(accountable(ws.doc)).toEqual(['CEO']);
    expect(states(ws.doc)).toEqual(['agreed', 'agreed']);
  });

  it('when no version can be kept, nothing is imported and the result says why', async () => {
    for (const [versions, why] of [
      [undefined, 'this laptop keeps no versions'],
      [{ snapshot: () => Promise.reject(new Error('The disk is full.')), list: async () => [], get: async () => undefined, destroy() {} }, 'The disk is full.'],
    ] as const) {
      const doc = agreedDoc();
      const before = Y.encodeStateAsUpdate(doc);
      let updates = 0;
      doc.on('update', () => updates++);
      const { r } = await importInto(doc, [RISK, RACI], versions);
      expect(r).toEqual({ ok: false, error: `it would replace 2 values held here, and no version of the workspace could be kept first to put them back (${why}).` });
      expect(updates).toBe(0);
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
      expect(states(doc)).toEqual(['agreed', 'agreed']);
    }
  });

  it('the card reports a refused import as nothing changed', async () => {
    const ws = await openWorkspace({ load: async () => undefined, save: async () => undefined }, () => new Date('2026-11-26T12:30:00.000Z'));
    expect(ws.versions).toBeUndefined();
    putBet(ws.doc, EU);
    const text = blakesText([RISK]);
    const out = await importOffsiteFile({ name: 'offsite-cto.json', size: text.length, text: async () => text }, 'ceo');
    expect(out).toEqual({
      ok: false,
      error: 'Could not import “offsite-cto.json”: it would replace a value held here, and no version of the workspace could be kept first to put it back (this laptop keeps no versions). Nothing was changed.',
    });
    expect(readBets(ws.doc)).toEqual([EU]);
    expect(readOffsite(ws.doc).captures).toEqual([]);
  });

  it('the state is already the newest version: that one is named; an import that only fills in keeps none', async () => {
    const doc = agreedDoc();
    const store = new MemoryVersionStore();
    const keeper = keepVersions(doc, store, 'workspace');
    await keeper.snapshot('open');
    const { r, lines } = await importInto(doc, [RISK], keeper);
    const opened = `${versionWhen((await keeper.list())[0].at)} — When the workspace was opened`;
    expect(r.ok && r.keptVersion).toBe(opened);
    expect(lines.at(-1)).toBe(`Agreed items it touches read "edited" until you both agree again. Versions → "${opened}" puts it back (restoring it takes the whole import out).`);
    expect((await keeper.list()).map((v) => v.reason)).toEqual(['open']);

    const open = new Y.Doc();
    seedIfEmpty(open, new Date(2026, 10, 26));
    putBet(open, { ...EU, reliabilityMinutes: null });
    setItemField(open, 'matrix', ROW, 'informed', []);
    const fresh = keepVersions(open, new MemoryVersionStore(), 'workspace');
    const filled = await importInto(open, [RISK, { ...RACI, cell: 'informed', value: 'Board' }], fresh);
    expect(filled.r.ok && filled.r.keptVersion).toBeUndefined();
    expect(readBets(open)).toEqual([{ ...EU, reliabilityMinutes: 1440 }]);
    expect(readWorkspace(open).matrix.find((x) => x.id === ROW)?.informed).toEqual(['Board']);
    expect(filled.lines.some((l) => l.startsWith('Changed here'))).toBe(false);
    expect(await fresh.list()).toEqual([]);
    keeper.destroy();
    fresh.destroy();
  });

  it('a live partner edit while the version is written: planned and kept again, so the version and the report match what is replaced', async () => {
    const doc = agreedDoc();
    const keeper = keepVersions(doc, new MemoryVersionStore(), 'workspace');
    let calls = 0;
    const racing: VersionKeeper = {
      ...keeper,
      async snapshot(reason) {
        const kept = await keeper.snapshot(reason);
        if (++calls === 1) putBet(doc, { ...EU, reliabilityMinutes: 90 });
        return kept;
      },
    };
    const { r, lines } = await importInto(doc, [RISK], racing);
    expect(r.ok).toBe(true);
    expect(calls).toBe(2);
    expect(lines).toContain(`Changed here — the downtime budget of the big bet "EU launch": was 90 minutes per quarter, now 1440 minutes per quarter from Blake (CTO)'s file.`);
    const [newest] = await keeper.list();
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, (await keeper.get(newest.id))!.update);
    expect(readBets(scratch)).toEqual([{ ...EU, reliabilityMinutes: 90 }]);
    keeper.destroy();
  });
});
