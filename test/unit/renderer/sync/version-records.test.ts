// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryVersionStore, newestFirst, type VersionRecord } from '../../../../renderer/sync/version-records';

// The order versions are listed in, and the in-memory store keeping each doc's versions apart.

const record = (docId: string, at: string, n: number): VersionRecord => ({
  id: `${docId}:${at}:${String(n).padStart(6, '0')}`,
  docId,
  at,
  reason: 'manual',
  update: new Uint8Array([n]),
  stateVector: new Uint8Array([n]),
  bytes: 1,
});

describe('newestFirst', () => {
  it('orders ids newest first and leaves equal ids in place', () => {
    const ids = ['ws:2025-03-10T09:00:00.000Z:000002', 'ws:2025-03-11T09:00:00.000Z:000001', 'ws:2025-03-10T09:00:00.000Z:000010'];
    expect([...ids].map((id) => ({ id })).sort(newestFirst).map((v) => v.id)).toEqual([ids[1], ids[2], ids[0]]);
    expect(newestFirst({ id: 'a' }, { id: 'b' })).toBe(1);
    expect(newestFirst({ id: 'b' }, { id: 'a' })).toBe(-1);
    expect(newestFirst({ id: 'a' }, { id: 'a' })).toBe(0);
  });
});

describe('MemoryVersionStore', () => {
  it("lists, and answers the latest of, one doc's versions only", async () => {
    const store = new MemoryVersionStore();
    await store.add(record('ws', '2025-03-10T09:00:00.000Z', 1));
    await store.add(record('other', '2025-03-12T09:00:00.000Z', 2));
    await store.add(record('ws', '2025-03-11T09:00:00.000Z', 3));
    expect((await store.list('ws')).map((v) => v.id)).toEqual(['ws:2025-03-11T09:00:00.000Z:000003', 'ws:2025-03-10T09:00:00.000Z:000001']);
    expect((await store.list('ws'))[0]).not.toHaveProperty('update');
    expect((await store.latest('ws'))?.update).toEqual(new Uint8Array([3]));
    expect((await store.latest('none'))).toBeUndefined();
    await store.remove(['ws:2025-03-11T09:00:00.000Z:000003']);
    expect((await store.latest('ws'))?.update).toEqual(new Uint8Array([1]));
  });
});
