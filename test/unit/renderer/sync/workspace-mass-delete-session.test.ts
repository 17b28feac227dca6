import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { createUndoManager, orderedIds, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { watchMassDeletes } from '../../../../renderer/sync/workspace-mass-delete';
import { addLogEntries, removeItem, setItemField } from '../../../../renderer/sync/workspace-mutations';
import { createLogEntry } from '../../../../shared/workspace/log';

// Removals add up over the open workspace: a partner wiping the log 5 rows per update is
// flagged once for all of it, and one restore brings all of it back.

const NOW = new Date(2025, 2, 10);

function withLog(n: number): Y.Doc {
  const doc = new Y.Doc();
  seedIfEmpty(doc, NOW);
  migrateListCells(doc);
  addLogEntries(
    doc,
    Array.from({ length: n }, (_, i) => createLogEntry({ kind: 'decision', what: `Decision ${i}`, date: '2025-03-01' }, { now: NOW, id: `log-${i}` })),
  );
  return doc;
}

/** A partner in sync with `mine`; each `send` reaches `mine` as one peer update. */
function partnerOf(mine: Y.Doc) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(mine));
  const send = (change: (p: Y.Doc) => void) => {
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(doc)));
    const sv = Y.encodeStateVector(doc);
    doc.transact(() => change(doc));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(doc, sv), PEER_ORIGIN);
  };
  return { doc, send };
}

const removeFirst = (n: number) => (p: Y.Doc) => orderedIds(p, 'log').slice(0, n).forEach((id) => removeItem(p, 'log', id));

describe('removals a partner spreads over many updates', () => {
  it('40 updates of 5 deleted rows (the log not emptied) are flagged as one mass delete of 200; one restore brings all 200 back', () => {
    const mine = withLog(210);
    const before = readWorkspace(mine);
    const undo = createUndoManager(mine);
    let t = NOW.getTime();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN, localUndo: undo, now: () => new Date((t += 60_000)) });
    const partner = partnerOf(mine);
    for (let u = 0; u < 40; u++) {
      partner.send(removeFirst(5));
      // The first update alone is an ordinary edit; from the second on the total is over the threshold.
      if (u === 0) expect(watch.current()).toBeUndefined();
    }
    expect(readWorkspace(mine).log).toHaveLength(10);
    const flag = watch.current()!;
    expect(flag.removed).toBe(200);
    expect(flag.detail).toBe('200 log entries');

    expect(watch.restore()).toBe(true);
    expect(watch.current()).toBeUndefined();
    expect(readWorkspace(mine)).toEqual(before);
    // One local edit: it reaches the partner, and one Undo takes it back.
    partner.send(() => undefined);
    expect(readWorkspace(partner.doc).log).toHaveLength(210);
    undo.undo();
    expect(readWorkspace(mine).log).toHaveLength(10);
  });

  it('a full wipe in 40 steps: the restore brings back all 200 rows, not only the last 5', () => {
    const mine = withLog(200);
    const before = readWorkspace(mine).log;
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const partner = partnerOf(mine);
    for (let u = 0; u < 40; u++) partner.send(removeFirst(5));
    expect(readWorkspace(mine).log).toHaveLength(0);
    expect(watch.current()!.removed).toBe(200);
    expect(watch.restore()).toBe(true);
    expect(readWorkspace(mine).log).toEqual(before);
  });

  it('3 single deletes spread over a session of co-editing are not flagged and stay deleted', () => {
    const mine = withLog(20);
    let t = NOW.getTime();
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN, now: () => new Date(t) });
    const seen: unknown[] = [];
    watch.subscribe((f) => seen.push(f));
    const partner = partnerOf(mine);
    for (let i = 0; i < 3; i++) {
      t += 40 * 60_000;
      partner.send((p) => setItemField(p, 'log', `log-${10 + i}`, 'what', `Edited ${i}`));
      partner.send(removeFirst(1));
    }
    expect(readWorkspace(mine).log).toHaveLength(17);
    expect(watch.current()).toBeUndefined();
    expect(seen).toEqual([]);
    expect(watch.restore()).toBe(false);
    expect(readWorkspace(mine).log).toHaveLength(17);
  });

  it('a dismiss starts the count again', () => {
    const mine = withLog(30);
    const watch = watchMassDeletes(mine, { origin: PEER_ORIGIN });
    const partner = partnerOf(mine);
    partner.send(removeFirst(4));
    partner.send(removeFirst(4));
    expect(watch.current()!.removed).toBe(8);
    watch.dismiss();
    partner.send(removeFirst(4));
    expect(watch.current()).toBeUndefined();
    expect(watch.restore()).toBe(false);
    partner.send(removeFirst(2));
    expect(watch.current()!.removed).toBe(6);
    expect(watch.restore()).toBe(true);
    // The 8 dismissed stay removed; the 6 since come back.
    expect(readWorkspace(mine).log).toHaveLength(22);
  });
});
