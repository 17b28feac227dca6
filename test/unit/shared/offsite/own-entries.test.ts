import { describe, expect, it } from 'vitest';
import { MAX_OWN_ENTRIES, parseOwnEntries, takenByPartner, withFates, type EntryFate } from '../../../../shared/offsite/own-entries';

const item = (client: number, clock: number) => ({ client, clock });

describe('what became of an own capture’s entry, as stored (untrusted) and read back', () => {
  it('reads the three fates and drops what reads as none of them', () => {
    const stored = {
      'log-a': { item: item(7, 3) },
      'log-b': { item: item(7, 4), taken: true },
      'action-c': { here: true },
      'log-d': { item: { client: -1, clock: 0 } },
      'log-e': { item: { client: 1, clock: 1.5 } },
      'log-f': { taken: true },
      'log-g': { item: item(1, 2), taken: 'yes', extra: 1 },
      'log-h': 'x',
    };
    expect(parseOwnEntries(JSON.parse(JSON.stringify(stored)))).toEqual({
      'log-a': { item: item(7, 3) },
      'log-b': { item: item(7, 4), taken: true },
      'action-c': { here: true },
      'log-g': { item: item(1, 2) },
    });
    for (const junk of [null, 'x', 3, [{ item: item(1, 1) }]]) expect(parseOwnEntries(junk)).toEqual({});
  });

  it('only a taken item is written back by Restore: not one written here and standing, not one taken away here, not one never seen', () => {
    const fates: (EntryFate | undefined)[] = [{ item: item(1, 1), taken: true }, { item: item(1, 1) }, { here: true }, undefined];
    expect(fates.map(takenByPartner)).toEqual([true, false, false, false]);
  });

  it('a fate set again moves to the newest; past MAX_OWN_ENTRIES the oldest go', () => {
    const full = Object.fromEntries(Array.from({ length: MAX_OWN_ENTRIES }, (_, i) => [`log-${i}`, { item: item(1, i) }]));
    const next = withFates(full, new Map<string, EntryFate>([['log-0', { here: true }], ['log-new', { item: item(2, 0) }]]));
    const ids = Object.keys(next);
    expect(ids).toHaveLength(MAX_OWN_ENTRIES);
    expect(ids).not.toContain('log-1');
    expect(ids.slice(-2)).toEqual(['log-0', 'log-new']);
    expect(next['log-0']).toEqual({ here: true });
    expect(Object.keys(parseOwnEntries({ ...full, 'log-x': { here: true } }))).toHaveLength(MAX_OWN_ENTRIES);
  });

  it('a value that is no fate drops only itself, leaving no key behind; item ids from 0 up are read, negative ones are not', () => {
    const stored = {
      'log-a': null,
      'log-b': 7,
      'log-c': { item: item(0, 0) },
      'log-d': { item: { client: 1, clock: -1 } },
      'log-e': { item: { client: -1, clock: 1 } },
      'log-f': { item: item(2, 5), taken: true },
    };
    const read = parseOwnEntries(stored);
    expect(Object.keys(read)).toEqual(['log-c', 'log-f']);
    expect(read).toStrictEqual({ 'log-c': { item: item(0, 0) }, 'log-f': { item: item(2, 5), taken: true } });
  });
});
