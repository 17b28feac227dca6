// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkHeldEntries, type PeerLimits } from '../../../../renderer/sync/peer-guard';
import { countEntries, measureEntries } from '../../../../renderer/sync/entry-tally';

// The guard's entry caps on a document that arrives whole (a backup's), counted as the guard counts
// a document it holds: keys of every map (deleted ones too), list elements, never text characters.

const limits = (over: Partial<PeerLimits>): PeerLimits => ({ maxUpdateBytes: 1e9, maxDocBytes: 1e9, roots: [], ...over });

function workspace(): Y.Doc {
  const doc = new Y.Doc();
  const log = doc.getMap('log');
  const row = new Y.Map<unknown>();
  log.set('e1', row);
  row.set('what', 'Hire');
  const options = new Y.Array<string>();
  row.set('options', options);
  options.push(['a', 'b', 'c']);
  const notes = new Y.Text('x'.repeat(50));
  row.set('notes', notes);
  log.set('e2', 'plain');
  log.delete('e2');
  return doc;
}

describe('checkHeldEntries', () => {
  it('passes a document within every cap, and counts as the guard does', () => {
    const doc = workspace();
    expect(measureEntries(doc)).toEqual({ entries: countEntries(doc), widest: { entries: 3, where: 'log.e1' } });
    expect(checkHeldEntries(doc, limits({ maxRootEntries: 2, maxEntriesPerType: 3, maxEntries: countEntries(doc) }))).toBeUndefined();
  });

  it('names the first cap broken: top-level entries (deleted keys count), one nested map or list with where it is, entries in all', () => {
    const doc = workspace();
    expect(checkHeldEntries(doc, limits({ maxRootEntries: 1 }))).toBe('2 top-level entries, over the 1-entry limit');
    (doc.getMap('log').get('e1') as Y.Map<Y.Array<string>>).get('options')!.push(['d', 'e']);
    expect(checkHeldEntries(doc, limits({ maxEntriesPerType: 4 }))).toBe('log.e1.options: 5 entries in one nested map or list, over the 4-entry limit');
    expect(checkHeldEntries(doc, limits({ maxEntries: 5 }))).toBe(`${countEntries(doc)} entries (map keys and list items, at any depth), over the 5-entry limit`);
  });

  it('a text’s characters are not entries; a list element nested in a list shows as []', () => {
    const doc = new Y.Doc();
    const list = doc.getArray<Y.Map<number>>('order');
    const inner = new Y.Map<number>();
    list.push([inner]);
    for (let i = 0; i < 4; i++) inner.set(`k${i}`, i);
    doc.getMap('meta').set('notes', new Y.Text('y'.repeat(100)));
    expect(checkHeldEntries(doc, limits({ maxEntriesPerType: 3 }))).toBe('order.[]: 4 entries in one nested map or list, over the 3-entry limit');
    expect(checkHeldEntries(doc, limits({ maxEntriesPerType: 4 }))).toBeUndefined();
  });
});
