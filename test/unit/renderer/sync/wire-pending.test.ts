// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { pendingOverflow, watchPending, PENDING_LIMITS } from '../../../../renderer/sync/wire-pending';
import { pendingWeight } from '../../../../renderer/sync/pending-weight';
import { buildsOnUnknown, deletesOf, pendingDs, pendingStructs, spreadDeletes } from './y-crafted';

describe('what Yjs keeps waiting in a doc is bounded', () => {
  it('deletes of clocks never received: past 64 KB they are dropped and the reason given', () => {
    const wire = new Y.Doc();
    const reasons: string[] = [];
    watchPending(wire, (r) => reasons.push(r));
    // An honest-sized wait: kept (it may complete).
    Y.applyUpdate(wire, spreadDeletes(77, 100));
    expect(pendingDs(wire)).not.toBeNull();
    expect(reasons).toEqual([]);
    // A flood of them, message after message: each one merges into what waits.
    for (let m = 0; m < 10 && reasons.length === 0; m++) Y.applyUpdate(wire, spreadDeletes(77, 4_000, 2_000_000 + m * 40_000));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^your partner's laptop sent deletions of changes that build on ones it never sent \(\d+ KB waiting, over the 64 KB limit\)$/);
    expect(pendingDs(wire)).toBeNull();
    // What the doc holds is untouched, and it takes edits as before.
    wire.getMap('m').set('k', 1);
    expect(wire.getMap('m').get('k')).toBe(1);
  });

  it('changes that build on a writer never heard from: past 1 MB dropped; a small one waits', () => {
    const small = new Y.Doc();
    const none: string[] = [];
    watchPending(small, (r) => none.push(r));
    Y.applyUpdate(small, buildsOnUnknown(10_000));
    expect(pendingStructs(small)).not.toBeNull();
    expect(none).toEqual([]);

    const wire = new Y.Doc();
    const reasons: string[] = [];
    watchPending(wire, (r) => reasons.push(r));
    Y.applyUpdate(wire, buildsOnUnknown(1_100_000));
    expect(reasons).toEqual([expect.stringMatching(/sent changes that build on ones it never sent \(\d+ KB waiting, over the 1024 KB limit\)/)]);
    expect(pendingStructs(wire)).toBeNull();
  });

  it('deletes naming more than 256 writers are dropped, however few bytes they take', () => {
    const wire = new Y.Doc();
    const reasons: string[] = [];
    watchPending(wire, (r) => reasons.push(r));
    const clients = new Map<number, [number, number][]>();
    for (let c = 1; c <= 300; c++) clients.set(c, [[5, 1]]);
    const update = deletesOf(clients);
    expect(update.byteLength).toBeLessThan(PENDING_LIMITS.maxDeleteBytes);
    Y.applyUpdate(wire, update);
    expect(reasons).toEqual([expect.stringContaining('naming 300 writers (over the 256 limit)')]);
    expect(pendingDs(wire)).toBeNull();
  });

  it('a doc with nothing waiting has no overflow, and the detach stops the watch', () => {
    const wire = new Y.Doc();
    expect(pendingOverflow(wire)).toBeUndefined();
    const reasons: string[] = [];
    const detach = watchPending(wire, (r) => reasons.push(r));
    detach();
    Y.applyUpdate(wire, buildsOnUnknown(1_100_000));
    expect(reasons).toEqual([]);
    expect(pendingOverflow(wire)).toMatch(/over the 1024 KB limit/);
  });

  it('each bound holds exactly its limit: one byte or one writer more is over it', () => {
    const deletes = new Y.Doc();
    Y.applyUpdate(deletes, spreadDeletes(77, 100));
    const ds = pendingDs(deletes)!.byteLength;
    expect(pendingOverflow(deletes, { ...PENDING_LIMITS, maxDeleteBytes: ds })).toBeUndefined();
    expect(pendingOverflow(deletes, { ...PENDING_LIMITS, maxDeleteBytes: ds - 1 })).toMatch(/^your partner's laptop sent deletions of /);

    const structs = new Y.Doc();
    Y.applyUpdate(structs, buildsOnUnknown(10_000));
    const weight = pendingWeight(pendingStructs(structs)!.update);
    expect(pendingOverflow(structs, { ...PENDING_LIMITS, maxStructBytes: weight })).toBeUndefined();
    expect(pendingOverflow(structs, { ...PENDING_LIMITS, maxStructBytes: weight - 1 })).toMatch(/^your partner's laptop sent changes that build on ones it never sent \(\d+ KB waiting/);

    // Writers counted across both: one the structs wait for, and the 30 the deletes name.
    const both = new Y.Doc();
    Y.applyUpdate(both, buildsOnUnknown(100));
    const clients = new Map<number, [number, number][]>();
    for (let c = 1; c <= 30; c++) clients.set(c, [[5, 1]]);
    Y.applyUpdate(both, deletesOf(clients));
    expect(pendingOverflow(both, { ...PENDING_LIMITS, maxClients: 31 })).toBeUndefined();
    expect(pendingOverflow(both, { ...PENDING_LIMITS, maxClients: 30 })).toMatch(/naming 31 writers \(over the 30 limit\)$/);
  });

  it('a waiting delete set that does not even decode names too many writers', () => {
    const wire = new Y.Doc();
    (wire.store as unknown as { pendingDs: Uint8Array }).pendingDs = Uint8Array.of(0, 1, 200);
    expect(pendingOverflow(wire)).toBe(
      "your partner's laptop sent changes that build on ones it never sent, naming too many writers (over the 256 limit)",
    );
  });

  it('the retry budget holds exactly its size: refused on the retry that passes it', () => {
    const wire = new Y.Doc();
    Y.applyUpdate(wire, spreadDeletes(77, 100));
    const first = pendingDs(wire)!.byteLength;
    const reasons: string[] = [];
    watchPending(wire, (r) => reasons.push(r), { ...PENDING_LIMITS, retry: { maxBytes: first, drainBytesPerSecond: 0 } }, () => 0);
    const other = new Y.Doc();
    const tiny: Uint8Array[] = [];
    other.on('update', (u: Uint8Array) => tiny.push(u));
    other.getMap('m').set('k', 1);
    other.getMap('m').set('k', 2);
    Y.applyUpdate(wire, tiny[0]);
    expect(reasons).toEqual([]);
    expect(pendingDs(wire)).not.toBeNull();
    Y.applyUpdate(wire, tiny[1]);
    expect(reasons).toEqual([expect.stringContaining('made this laptop retry them')]);
    expect(pendingDs(wire)).toBeNull();
  });
});
