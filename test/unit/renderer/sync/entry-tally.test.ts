// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { countEntries, heldEntries } from '../../../../renderer/sync/entry-tally';
import { seedIfEmpty, itemToY, itemsOf, orderOf, createUndoManager, local } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';

// The guard asks how many entries (map keys, list elements, at any depth) the doc holds on every
// partner update; the count is kept from each transaction, and must always equal a full recount.

const row = (id: string) =>
  itemToY('log', { id, kind: 'decision', what: `what ${id}`, decidedBy: 'CEO', forum: 'Weekly', date: '2026-01-01', options: ['a', 'b'], status: 'open' });

function expectKept(doc: Y.Doc) {
  expect(heldEntries(doc)).toBe(countEntries(doc));
}

describe('the kept count of entries', () => {
  it('starts from a walk of the doc and follows the app writing, editing and deleting rows', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 1));
    const seeded = countEntries(doc);
    expect(heldEntries(doc)).toBe(seeded);
    migrateListCells(doc);
    expectKept(doc);
    local(doc, () => {
      for (let i = 0; i < 20; i++) itemsOf(doc, 'log').set(`r${i}`, row(`r${i}`));
      orderOf(doc, 'log').push(Array.from({ length: 20 }, (_, i) => `r${i}`));
    });
    expectKept(doc);
    // Each row: kind, what, decidedBy, forum, date, options, status (7 keys) + 2 options + its key + its order entry.
    expect(heldEntries(doc) - countEntries(new Y.Doc())).toBeGreaterThan(seeded);
    local(doc, () => {
      const r = itemsOf(doc, 'log').get('r1')!;
      r.set('status', 'closed'); // an overwrite: no new key
      r.set('commitDeadline', '2026-02-01'); // a new key
      (r.get('options') as Y.Array<string>).delete(0, 1);
      (r.get('what') as Y.Text).insert(0, 'text is not entries ');
    });
    expectKept(doc);
    local(doc, () => {
      itemsOf(doc, 'log').delete('r2'); // the row dies with its nested types; its root key stays
      orderOf(doc, 'log').delete(0, 3);
    });
    expectKept(doc);
  });

  it('follows undo and redo', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 1));
    heldEntries(doc);
    const undo = createUndoManager(doc);
    local(doc, () => itemsOf(doc, 'log').set('u', row('u')));
    undo.stopCapturing();
    local(doc, () => itemsOf(doc, 'log').delete('u'));
    expectKept(doc);
    undo.undo();
    expectKept(doc);
    undo.undo();
    expectKept(doc);
    undo.redo();
    expectKept(doc);
  });

  // Both orders of two first writes of one key (the lower client id sorts first), and writes into a row
  // deleted here (kept as a deleted type when gc is off, as in a merge's work doc).
  for (const [mine, theirs] of [
    [200, 100],
    [100, 200],
  ]) {
    it(`follows a partner: concurrent first writes of one key (clients ${mine}, ${theirs}), writes into a row deleted here, a type set and deleted at once`, () => {
      const here = new Y.Doc({ gc: false });
      here.clientID = mine;
      const there = new Y.Doc();
      there.clientID = theirs;
      here.getMap('log').set('shared', row('shared'));
      Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
      heldEntries(here);
      here.getMap('log').set('same', 1);
      here.getMap('log').delete('shared');
      there.getMap('log').set('same', 2);
      there.transact(() => {
        const r = there.getMap('log').get('shared') as Y.Map<unknown>;
        r.set('late', new Y.Map());
        (r.get('options') as Y.Array<string>).push(['c', 'd']);
        const gone = new Y.Map();
        there.getMap('log').set('brief', gone);
        gone.set('x', 1);
        there.getMap('log').delete('brief');
      });
      Y.applyUpdate(here, Y.encodeStateAsUpdate(there, Y.encodeStateVector(here)));
      expectKept(here);
      Y.applyUpdate(there, Y.encodeStateAsUpdate(here, Y.encodeStateVector(there)));
      expect(heldEntries(there)).toBe(countEntries(there));
    });
  }

  it('does not count text characters, and counts list elements of a name not yet read as a list', () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    other.getText('riskBudgets.flow0').insert(0, 'checkout');
    other.getArray('log.order').push(['a', 'b', 'c']);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(heldEntries(doc)).toBe(3);
    doc.getText('riskBudgets.flow0').insert(0, 'more ');
    doc.getArray('log.order').push(['d']);
    expect(heldEntries(doc)).toBe(4);
    expectKept(doc);
  });
});
