import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { restoreWorkspaceFromUpdate } from '../../../../renderer/sync/workspace-restore';
import { receiveFromPartner } from './partner-update';

// A partner (plain yjs, through the peer guard) first plants, under a key of the captures map, a
// plain value nested 4,000 lists deep (plain JSON: the guard's depth limit counts shared types
// only), then wipes the captures. Before: restoring the version kept before the wipe copied that
// value with structuredClone and overflowed the stack, halfway through the restore — and so did
// every version kept since the value arrived: the wipe could not be undone. Now a value nested
// deeper than any record is not restored (no reader reads it); the captures come back.

const META = { blockId: 'general', blockTitle: 'General', authorName: 'Alex Kim', createdAt: '2025-03-10T10:00:00.000Z' };

describe('restoring a version that holds a deeply nested junk value in a record map', () => {
  it('brings the records back and leaves the junk out', () => {
    const mine = new Y.Doc();
    seedIfEmpty(mine, new Date(2025, 2, 10));
    mine.transact(() => {
      for (let i = 0; i < 3; i++) mine.getMap('captures').set(`cap-${i}`, { ...META, id: `cap-${i}`, kind: 'action', text: `Action ${i}`, owner: 'CTO', due: '2025-03-20' });
    });
    let deep: unknown = 'x';
    for (let i = 0; i < 4000; i++) deep = [deep];
    receiveFromPartner(mine, (p) => p.getMap('captures').set('junk', deep));
    const version = Y.encodeStateAsUpdate(mine);

    receiveFromPartner(mine, (p) => {
      for (const k of [...p.getMap('captures').keys()]) p.getMap('captures').delete(k);
    });
    expect(readOffsite(mine).captures).toHaveLength(0);

    expect(() => restoreWorkspaceFromUpdate(mine, version)).not.toThrow();
    expect(readOffsite(mine).captures.map((c) => c.id)).toEqual(['cap-0', 'cap-1', 'cap-2']);
    expect(mine.getMap('captures').has('junk')).toBe(false);
  });
});
