import { describe, expect, it } from 'vitest';
import { MAX_KEPT_REMOVALS, mergeRemovals, ownRemovals, parseRemovals, parseUnlisted, removalKey, removalText, type OwnRemoval } from '../../../../shared/offsite/removed-own';
import type { Capture, ParkedItem } from '../../../../shared/offsite/capture';

const AT = '2026-11-26T11:00:00.000Z';
const cap = (id: string, text = 'Ship the beta by March'): Capture => ({
  id,
  kind: 'action',
  text,
  owner: 'CEO',
  due: '2026-12-01',
  blockId: 'b',
  blockTitle: 'B',
  author: 'ceo',
  authorName: 'Alex Kim',
  createdAt: '2026-11-26T10:00:00.000Z',
});
const park = (id: string, text = 'Office move'): ParkedItem => ({ id, text, blockId: 'b', blockTitle: 'B', author: 'ceo', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' });
const mine = (ids: string[]) => ({ capture: (c: Capture) => (ids.includes(c.id) ? ('as-written' as const) : ('none' as const)), parked: (p: ParkedItem) => (ids.includes(p.id) ? ('changed' as const) : ('none' as const)) });

describe('which removed entries were this laptop’s', () => {
  it('only removed ones written here: not the partner’s own, not one replaced by another record, not one that never read as a record', () => {
    const found = ownRemovals(
      [
        { kind: 'capture', key: 'c1', before: cap('c1'), after: undefined },
        { kind: 'capture', key: 'c2', before: cap('c2'), after: undefined },
        { kind: 'capture', key: 'c3', before: cap('c3'), after: cap('c3', 'Reworded') },
        { kind: 'capture', key: 'c4', before: cap('c4'), after: 0 },
        { kind: 'capture', key: 'c5', before: 'junk', after: undefined },
        { kind: 'parked', key: 'p1', before: park('p1'), after: undefined },
      ],
      mine(['c1', 'c3', 'c4', 'c5', 'p1']),
      AT,
    );
    expect(found.map((r) => [removalKey(r), r.changed])).toEqual([
      ['capture:c1', false],
      ['capture:c4', false],
      ['parked:p1', true],
    ]);
  });
});

describe('the notice’s words', () => {
  it('names the item as the lists do, briefly', () => {
    expect(removalText({ kind: 'capture', item: cap('c1') })).toBe('Action: Ship the beta by March (owner CEO, due 2026-12-01)');
    expect(removalText({ kind: 'parked', item: park('p1', 'Office\nmove') })).toBe('Parked: Office move');
    const long = removalText({ kind: 'parked', item: park('p1', 'x'.repeat(500)) });
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('the kept list', () => {
  const r = (id: string): OwnRemoval => ({ kind: 'parked', item: park(id), changed: false, at: AT });

  it('one per item, the newest removal last, at most MAX_KEPT_REMOVALS', () => {
    expect(mergeRemovals([r('a'), r('b')], [r('a')]).map((x) => x.item.id)).toEqual(['b', 'a']);
    const many = Array.from({ length: MAX_KEPT_REMOVALS + 3 }, (_, i) => r(`p${i}`));
    const kept = mergeRemovals([], many);
    expect(kept).toHaveLength(MAX_KEPT_REMOVALS);
    expect(kept.at(-1)?.item.id).toBe(`p${MAX_KEPT_REMOVALS + 2}`);
  });

  it('read back from storage, drops what does not read as a removal and keeps the rest', () => {
    const stored = [r('a'), { kind: 'capture', item: cap('c1'), changed: true, at: AT }, { kind: 'parked', item: { id: 'x' }, changed: false, at: AT }, { kind: 'other', item: park('b'), changed: false, at: AT }, { ...r('c'), at: 'yesterday' }, null, 7];
    expect(parseRemovals(JSON.parse(JSON.stringify(stored))).map(removalKey)).toEqual(['parked:a', 'capture:c1']);
    expect(parseRemovals({})).toEqual([]);
  });
});

describe('the count past the list, as stored (untrusted)', () => {
  it('keeps removal keys only, once each', () => {
    expect(parseUnlisted(['capture:a', 5, 'x', '__proto__', 'parked:b', 'capture:a', null])).toEqual(['capture:a', 'parked:b']);
    expect(parseUnlisted({ 'capture:a': 1 })).toEqual([]);
  });
});
