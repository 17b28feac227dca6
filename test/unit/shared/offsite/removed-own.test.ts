import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_KEPT_REMOVALS,
  MAX_UNLISTED_REMOVALS,
  mergeRemovals,
  mergeUnlisted,
  ownRemovals,
  parseRemovalKey,
  parseRemovals,
  parseUnlisted,
  removalKey,
  removalText,
  type OwnRemoval,
} from '../../../../shared/offsite/removed-own';
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

describe('the notice’s words, at the edges', () => {
  it('one line with single spaces, nothing around it: runs of spaces and line breaks in what was written do not widen it', () => {
    expect(removalText({ kind: 'parked', item: park('p1', '  Office   move \n\t budget  ') })).toBe('Parked: Office move budget');
  });

  it('a line exactly as long as the notice allows is named whole; one character more is cut', () => {
    const whole = 'Parked: ' + 'x'.repeat(120 - 'Parked: '.length);
    expect(removalText({ kind: 'parked', item: park('p1', whole.slice('Parked: '.length)) })).toBe(whole);
    const cut = removalText({ kind: 'parked', item: park('p1', whole.slice('Parked: '.length) + 'y') });
    expect(cut).toHaveLength(120);
    expect(cut.endsWith('x…')).toBe(true);
  });

  it('cut at a space: no gap before the ellipsis', () => {
    // The cut falls just after a space: "… word …" would read as a word dropped.
    const text = 'a'.repeat(119 - 'Parked: '.length - 1) + ' ' + 'b'.repeat(50);
    const cut = removalText({ kind: 'parked', item: park('p1', text) });
    expect(cut).toMatch(/a…$/);
    expect(cut.startsWith('Parked: a')).toBe(true);
  });
});

describe('the kept list read back, hostile or damaged entries', () => {
  const good = { kind: 'parked', item: park('a'), changed: false, at: AT };
  it('an entry whose item is missing, has no id or a non-text id, or whose "changed" is not yes/no, is dropped; reading never throws', () => {
    const stored = [
      { ...good, item: null },
      { ...good, item: { text: 'Office move' } },
      { ...good, item: { ...park('n'), id: 7 } },
      { ...good, item: park('s'), changed: 'yes' },
      { ...good, item: park('u'), changed: undefined },
      good,
    ];
    expect(parseRemovals(JSON.parse(JSON.stringify(stored))).map(removalKey)).toEqual(['parked:a']);
  });
});

describe('removal keys read back', () => {
  it('only "capture:<id>" or "parked:<id>", the whole key: no other value, no prefix before it', () => {
    expect(parseRemovalKey('capture:c1')).toEqual({ kind: 'capture', id: 'c1' });
    expect(parseRemovalKey('parked:a:b\nc')).toEqual({ kind: 'parked', id: 'a:b\nc' });
    expect(parseRemovalKey('xcapture:c1')).toBeUndefined();
    expect(parseRemovalKey('decision:c1')).toBeUndefined();
    expect(parseRemovalKey(['capture:c1'])).toBeUndefined();
    expect(parseRemovalKey({ toString: () => 'capture:c1' })).toBeUndefined();
    expect(parseUnlisted([['parked:a'], 'parked:b'])).toEqual(['parked:b']);
  });

  it('the stored count keeps at most MAX_UNLISTED_REMOVALS keys, the newest', () => {
    const keys = Array.from({ length: MAX_UNLISTED_REMOVALS + 5 }, (_, i) => `parked:p${i}`);
    const read = parseUnlisted(keys);
    expect(read).toHaveLength(MAX_UNLISTED_REMOVALS);
    expect(read[0]).toBe('parked:p5');
    expect(read.at(-1)).toBe(`parked:p${MAX_UNLISTED_REMOVALS + 4}`);
  });
});

describe('the count past the list', () => {
  const r = (id: string): OwnRemoval => ({ kind: 'parked', item: park(id), changed: false, at: AT });
  /** One removal change as the watcher applies it: the list and the count after it. */
  const step = (state: { list: OwnRemoval[]; unlisted: string[] }, added: OwnRemoval[]) => {
    const list = mergeRemovals(state.list, added);
    return { list, unlisted: mergeUnlisted(state.unlisted, state.list, added, list) };
  };

  it('every item removed is either listed or counted, never both, while under both limits (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 8 }), { maxLength: 30 }), (changes) => {
        let state = { list: [] as OwnRemoval[], unlisted: [] as string[] };
        const seen = new Set<string>();
        for (const ids of changes) {
          const added = [...new Set(ids)].map((i) => r(`p${i}`));
          added.forEach((x) => seen.add(removalKey(x)));
          state = step(state, added);
        }
        const listed = state.list.map(removalKey);
        expect(listed.filter((k) => state.unlisted.includes(k))).toEqual([]);
        expect(new Set([...listed, ...state.unlisted])).toEqual(seen);
        expect(new Set(state.unlisted).size).toBe(state.unlisted.length);
      }),
    );
  });

  it('past MAX_UNLISTED_REMOVALS the oldest counted key goes, the one just pushed out stays', () => {
    const full = Array.from({ length: MAX_UNLISTED_REMOVALS }, (_, i) => `parked:u${i}`);
    const before = Array.from({ length: MAX_KEPT_REMOVALS }, (_, i) => r(`k${i}`));
    const next = step({ list: before, unlisted: full }, [r('new')]);
    expect(next.unlisted).toHaveLength(MAX_UNLISTED_REMOVALS);
    expect(next.unlisted).not.toContain('parked:u0');
    expect(next.unlisted.at(-1)).toBe('parked:k0');
  });
});

describe('what went with a capture (its log entry or action line) is not kept on the notice', () => {
  it("a tookEntry stored by an earlier version is not read back: it named the key, not the entry written here (own-entries.ts decides)", () => {
    const [a] = ownRemovals([{ kind: 'capture', key: 'c1', before: cap('c1'), after: undefined }], mine(['c1']), AT);
    expect(parseRemovals([{ ...a, tookEntry: true }])).toEqual([a]);
    expect(Object.keys(a)).not.toContain('tookEntry');
  });
});
