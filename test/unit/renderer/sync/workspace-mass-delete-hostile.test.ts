import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { LIST_KEYS, itemsOf, orderedIds, readWorkspace, seedIfEmpty, createUndoManager } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { watchMassDeletes } from '../../../../renderer/sync/workspace-mass-delete';
import { addLogEntries } from '../../../../renderer/sync/workspace-mutations';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { createLogEntry } from '../../../../shared/workspace/log';
import { receiveFromPartner } from './partner-update';

// The partner is the adversary: it writes with plain yjs, and its update reaches this laptop
// through the peer guard as peer-bridge applies it.

const NOW = new Date(2025, 2, 10);

function withLog(n: number): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, NOW);
  migrateListCells(d);
  addLogEntries(d, Array.from({ length: n }, (_, i) => createLogEntry({ kind: 'decision', what: `Decision ${i}`, date: '2025-03-01', options: ['Yes', 'No'] }, { now: NOW, id: `log-${i}` })));
  return d;
}

/** The partner (plain yjs) writes `value()` over every row of every artifact list, in one update through the guard. */
function overwriteEveryRow(mine: Y.Doc, value: () => unknown): void {
  receiveFromPartner(mine, (partner) => {
    for (const list of LIST_KEYS) for (const id of orderedIds(partner, list)) itemsOf(partner, list).set(id, value() as never);
  });
}

describe('a partner wiping the workspace by overwriting every row with something that is not a row', () => {
  it('is flagged like a delete, and restored in one click', () => {
    const mine = withLog(50);
    const undo = createUndoManager(mine);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN, localUndo: undo });
    const before = readWorkspace(mine);

    // Not a delete: each key keeps a value, a plain 0 where the row was. No reader reads it as a row.
    overwriteEveryRow(mine, () => 0);

    // Every artifact reads empty now, as after a delete of everything ...
    expect(readWorkspace(mine).log).toHaveLength(0);
    expect(readWorkspace(mine).matrix).toHaveLength(0);
    // ... so it is flagged as one (before: nothing was flagged, and there was nothing to restore).
    const flag = watch.current();
    expect(flag?.removed).toBe(before.log.length + before.matrix.length + before.ladder.length + before.cadence.length + before.metrics.length + before.dependencies.dependencies.length);
    expect(watch.restore()).toBe(true);
    expect(readWorkspace(mine)).toEqual(before);
    watch.destroy();
  });

  it('rows replaced by empty rows (an empty map each, every field cleared at once) are flagged and restored', () => {
    const mine = withLog(20);
    const undo = createUndoManager(mine);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN, localUndo: undo });
    const before = readWorkspace(mine);
    overwriteEveryRow(mine, () => new Y.Map());
    // The rows are still there, every one blank.
    expect(readWorkspace(mine).log.every((e) => e.what === '')).toBe(true);
    expect(watch.current()?.removed).toBe(before.log.length + before.matrix.length + before.ladder.length + before.cadence.length + before.metrics.length + before.dependencies.dependencies.length);
    expect(watch.restore()).toBe(true);
    expect(readWorkspace(mine)).toEqual(before);
    watch.destroy();
  });

  it('records too: captures and confirmations overwritten with values that do not parse are flagged and restored', () => {
    const mine = withLog(0);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const META = { blockId: 'general', blockTitle: 'General', authorName: 'Alex Kim', createdAt: '2025-03-10T10:00:00.000Z' };
    mine.transact(() => {
      for (let i = 0; i < 4; i++) {
        mine.getMap('captures').set(`cap-${i}`, { ...META, id: `cap-${i}`, kind: 'action', text: `Action ${i}`, owner: 'CTO', due: '2025-03-20' });
        mine.getMap('agreement').set(`capture:cap-${i}|ceo`, { role: 'ceo', name: 'Alex Kim', hash: 'a'.repeat(32), at: '2025-03-10T11:00:00.000Z', mode: 'live' });
      }
    });
    const before = { captures: mine.getMap('captures').toJSON(), agreement: mine.getMap('agreement').toJSON() };

    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(mine));
    const sv = Y.encodeStateVector(mine);
    partner.transact(() => {
      for (const k of [...partner.getMap('captures').keys()]) partner.getMap('captures').set(k, {});
      for (const k of [...partner.getMap('agreement').keys()]) partner.getMap('agreement').set(k, 'x');
    });
    const update = Y.encodeStateAsUpdate(partner, sv);
    expect(checkPeerUpdate(mine, update, WORKSPACE_LIMITS)).toEqual({ ok: true });
    Y.applyUpdate(mine, update, PEER_ORIGIN);

    expect(watch.current()?.removed).toBe(8);
    expect(watch.restore()).toBe(true);
    expect({ captures: mine.getMap('captures').toJSON(), agreement: mine.getMap('agreement').toJSON() }).toEqual(before);
    watch.destroy();
  });
});
