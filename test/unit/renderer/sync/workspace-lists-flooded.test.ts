import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyListDiff } from '../../../../renderer/sync/workspace-lists';

// A partner fills one list cell (a matrix row's Consulted, a meeting's pre-read checklist) with
// 10,000 names — the guard's per-type cap allows it. Before: every edit of that cell on this laptop
// looked each wanted name up in the whole list (quadratic): adding one name, removing one, or
// saving it unchanged (a version restore does) took 0.4–0.7 s each on this machine. Now the diff is
// linear, and gives the same list.

const names = (n: number) => Array.from({ length: n }, (_, i) => `Person number ${i}`);

function flooded(n: number): Y.Array<string> {
  const doc = new Y.Doc();
  const arr = doc.getArray<string>('cell');
  arr.push(names(n));
  return arr;
}

// Its cost is a bench figure (test/bench/hostile.ts, list_cell_edit_1k/10k_names_median), not a
// timed test: here, that every edit gives exactly the wanted list.
describe('editing a list cell the partner filled with 10,000 names', () => {
  it('adds, removes or keeps a name and gives exactly the wanted list', () => {
    const arr = flooded(10_000);
    const all = names(10_000);
    applyListDiff(arr, [...all, 'New']);
    expect(arr.length).toBe(10_001);
    expect(arr.get(10_000)).toBe('New');
    applyListDiff(arr, all);
    expect(arr.toArray()).toEqual(all);
    applyListDiff(arr, all);
    expect(arr.toArray()).toEqual(all);
  });

  it('still gives the wanted list: runs of removed names go, new ones land after the name before them', () => {
    const doc = new Y.Doc();
    const arr = doc.getArray<string>('cell');
    arr.push(['a', 'x1', 'x2', 'b', 'x3', 'c']);
    applyListDiff(arr, ['n0', 'a', 'b', 'n1', 'c', 'n2']);
    expect(arr.toArray()).toEqual(['n0', 'a', 'b', 'n1', 'c', 'n2']);
  });
});
