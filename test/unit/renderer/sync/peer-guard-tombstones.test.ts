// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { countEntries, heldEntries } from '../../../../renderer/sync/entry-tally';
import { seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { addLogEntries } from '../../../../renderer/sync/workspace-mutations';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { createLogEntry } from '../../../../shared/workspace/log';
import { readListCell } from '../../../../renderer/sync/workspace-lists';

function victimDoc(): Y.Doc {
  const victim = new Y.Doc();
  seedIfEmpty(victim, new Date(2026, 10, 1));
  addLogEntries(victim, [createLogEntry({ kind: 'decision', what: 'Hire', options: ['now'] }, { now: new Date(2026, 10, 1), id: 'row' })]);
  return victim;
}

// Review r6: the entry caps counted live list elements and map keys, not deleted list items, yet every
// read of a list walks those too. Measured at 40 x 50,000: 2,000,001 items in one row's cell for 18 MB
// (inside the 32 MB budget), readListCell 23 ms, readWorkspace 29 ms, encodeStateAsUpdate 331 ms. Now a
// nested list's deleted items count toward its 10,000-entry cap, as held and as sent.
function floodCell(victim: Y.Doc, partner: Y.Doc, n: number) {
  const sv = Y.encodeStateVector(victim);
  const cell = (partner.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>;
  // Insert at the front one at a time (each item's neighbours are not its clock neighbours: no merge), then delete.
  partner.transact(() => {
    for (let i = 0; i < n; i++) cell.insert(0, ['x']);
  });
  partner.transact(() => cell.delete(0, n));
  return Y.encodeStateAsUpdate(partner, sv);
}

const structsIn = (doc: Y.Doc) => {
  const cell = (doc.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>;
  let n = 0;
  for (let it = cell._start; it; it = it.right) n++;
  return n;
};

describe('tombstones in one list cell (review r6)', () => {
  it("a partner filling a row's list cell with inserted-then-deleted items is refused, naming the cell, and nothing is applied", () => {
    const victim = victimDoc();
    heldEntries(victim);
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const before = Y.encodeStateAsUpdate(victim);
    const verdict = checkPeerUpdate(victim, floodCell(victim, partner, 50_000), WORKSPACE_LIMITS);
    expect(verdict).toEqual({
      ok: false,
      kind: 'size',
      reason: 'log.row.options: 50000 new entries would make 50001 in one nested map or list, over the 10000-entry limit',
    });
    expect(Y.encodeStateAsUpdate(victim)).toEqual(before);
    expect(structsIn(victim)).toBe(1);
    expect(readListCell((victim.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>)).toEqual(['now']);
  });

  it('deleted items already in the cell count as held: small floods add up to the cap and the one past it is refused', () => {
    const victim = victimDoc();
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    let accepted = 0;
    let refused: { ok: boolean; reason?: string } | undefined;
    for (let u = 0; u < 12 && !refused; u++) {
      const update = floodCell(victim, partner, 1_000);
      const verdict = checkPeerUpdate(victim, update, WORKSPACE_LIMITS);
      if (!verdict.ok) refused = verdict;
      else {
        Y.applyUpdate(victim, update, PEER_ORIGIN);
        accepted++;
      }
    }
    expect(accepted).toBe(9);
    expect(refused?.reason).toBe('log.row.options: 1000 new entries would make 10001 in one nested map or list, over the 10000-entry limit');
    expect(structsIn(victim)).toBe(9_001);
  });

  it('honest use: an option added and removed a thousand times in a row still syncs', () => {
    const victim = victimDoc();
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const cell = (partner.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>;
    for (let i = 0; i < 1_000; i++) {
      const sv = Y.encodeStateVector(victim);
      cell.push(['maybe']);
      cell.delete(cell.length - 1, 1);
      const update = Y.encodeStateAsUpdate(partner, sv);
      expect(checkPeerUpdate(victim, update, WORKSPACE_LIMITS)).toEqual({ ok: true });
      Y.applyUpdate(victim, update, PEER_ORIGIN);
    }
    expect(readListCell((victim.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>)).toEqual(['now']);
  });
});

/** `n` hand-made items of the given content put one by one at the front of the row's list cell (no two merge). */
function itemsAtFrontOfCell(partner: Y.Doc, n: number, content: () => Y.ContentString | Y.ContentFormat) {
  const cell = (partner.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>;
  partner.transact((tr) => {
    for (let i = 0; i < n; i++) {
      const right = cell._start;
      const id = Y.createID(partner.clientID, Y.getState(partner.store, partner.clientID));
      new Y.Item(id, null, null, right, right && right.id, cell, null, content()).integrate(tr, 0);
    }
  });
  return cell;
}

// A hand-made update can put text items (ContentString) into a list cell: a read of the list yields
// each character as an element (toArray of a 8 MB message: millions of one-character strings), yet
// both caps counted text items as nothing wherever they landed.
describe('text items in a list cell', () => {
  it("count by length toward the cell's cap: 10,001 one-character items are refused, naming the cell", () => {
    const victim = victimDoc();
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const sv = Y.encodeStateVector(victim);
    expect(itemsAtFrontOfCell(partner, 10_001, () => new Y.ContentString('x')).toArray()).toHaveLength(10_002);
    expect(checkPeerUpdate(victim, Y.encodeStateAsUpdate(partner, sv), WORKSPACE_LIMITS)).toEqual({
      ok: false,
      kind: 'size',
      reason: 'log.row.options: 10001 new entries would make 10002 in one nested map or list, over the 10000-entry limit',
    });
  });

  it('count toward the whole document as held, kept equal to a recount as they come and go', () => {
    const victim = victimDoc();
    const start = heldEntries(victim);
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const sv = Y.encodeStateVector(victim);
    itemsAtFrontOfCell(partner, 50, () => new Y.ContentString('x'));
    const update = Y.encodeStateAsUpdate(partner, sv);
    expect(checkPeerUpdate(victim, update, WORKSPACE_LIMITS)).toMatchObject({ ok: true });
    Y.applyUpdate(victim, update, PEER_ORIGIN);
    expect(heldEntries(victim)).toBe(start + 50);
    expect(countEntries(victim)).toBe(start + 50);
    const cell = (victim.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>;
    victim.transact(() => cell.delete(0, 20));
    expect(heldEntries(victim)).toBe(start + 30);
    expect(countEntries(victim)).toBe(start + 30);
  });
});

// Review r7: the same text items in a root list (a partner reading `matrix.order` as a text): 20 MB in
// one update was accepted, counted as nothing, and every read of the workspace took seconds.
describe('text items in a root list', () => {
  it('count by length toward the whole document: past the cap they are refused, naming the list', () => {
    const victim = victimDoc();
    const limits = { ...WORKSPACE_LIMITS, maxEntries: 5_000 };
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const sv = Y.encodeStateVector(partner);
    partner.getText('log.order').insert(0, 'x'.repeat(6_000));
    const verdict = checkPeerUpdate(victim, Y.encodeStateAsUpdate(partner, sv), limits);
    expect(verdict).toMatchObject({ ok: false, kind: 'size' });
    expect((verdict as { reason: string }).reason).toMatch(/^6000 new entries .* over the 5000-entry limit; most of them \(6000\) in log\.order/);
  });

  it('are held by length once taken, as a recount finds them', () => {
    const victim = victimDoc();
    const start = heldEntries(victim);
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const sv = Y.encodeStateVector(partner);
    partner.getText('log.order').insert(0, 'x'.repeat(40));
    const update = Y.encodeStateAsUpdate(partner, sv);
    expect(checkPeerUpdate(victim, update, WORKSPACE_LIMITS)).toMatchObject({ ok: true });
    Y.applyUpdate(victim, update, PEER_ORIGIN);
    expect(victim.getArray('log.order').toArray()).toHaveLength(41);
    expect(heldEntries(victim)).toBe(start + 40);
    expect(countEntries(victim)).toBe(start + 40);
  });
});

// Review r7: format items (no elements, like deleted ones) in a list cell are steps every read takes;
// 2,000,000 of them in one cell were accepted, the r6 flood without a delete.
describe('format items in a list cell', () => {
  it("count one step each toward the cell's cap: 10,001 are refused, naming the cell", () => {
    const victim = victimDoc();
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const sv = Y.encodeStateVector(victim);
    itemsAtFrontOfCell(partner, 10_001, () => new Y.ContentFormat('b', {}));
    expect(checkPeerUpdate(victim, Y.encodeStateAsUpdate(partner, sv), WORKSPACE_LIMITS)).toEqual({
      ok: false,
      kind: 'size',
      reason: 'log.row.options: 10001 new entries would make 10002 in one nested map or list, over the 10000-entry limit',
    });
  });
});
