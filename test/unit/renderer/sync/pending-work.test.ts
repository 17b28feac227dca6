// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { meterRetries, type RetryReading } from '../../../../renderer/sync/pending-work';
import { pendingWeight } from '../../../../renderer/sync/pending-weight';
import { buildsOnUnknown, pendingDs, pendingStructs, spreadDeletes } from './y-crafted';

// The meter on its own: what each transaction re-tried, the bucket it fills and drains, and what
// waits. The refusal built on it is tested through watchPending (wire-pending-*.test.ts).

/** One tiny honest update from another writer: it lets nothing in, but Yjs re-reads what waits. */
function tinyUpdates(n: number): Uint8Array[] {
  const other = new Y.Doc();
  const out: Uint8Array[] = [];
  other.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < n; i++) other.getMap('m').set('k', i);
  return out;
}

/** A wire with deletes of clocks it never got waiting, metered from then on at `drain` bytes a second. */
function deletesWaiting(drain: number) {
  const wire = new Y.Doc();
  Y.applyUpdate(wire, spreadDeletes(77, 100));
  const clock = { t: 0 };
  const readings: RetryReading[] = [];
  const detach = meterRetries(wire, { maxBytes: Infinity, drainBytesPerSecond: drain }, (r) => readings.push(r), () => clock.t);
  return { wire, clock, readings, detach };
}

describe('the bytes Yjs re-tries, metered per transaction', () => {
  it('every applied update re-reads the waiting deletes; the bucket drains at its rate between them', () => {
    const { wire, clock, readings } = deletesWaiting(100);
    const [a, b] = tinyUpdates(2);
    const first = pendingDs(wire)!.byteLength;
    expect(first).toBeGreaterThan(200);
    Y.applyUpdate(wire, a);
    const second = pendingDs(wire)!.byteLength;
    expect(readings).toEqual([{ level: first, retried: first, waiting: second }]);
    // 1.5 s later: 150 bytes drained from what the first retry left.
    clock.t = 1500;
    Y.applyUpdate(wire, b);
    expect(readings[1]).toEqual({ level: first - 150 + second, retried: second, waiting: pendingDs(wire)!.byteLength });
  });

  it('the bucket never drains below empty', () => {
    const { wire, clock, readings } = deletesWaiting(1_000_000);
    const [a, b] = tinyUpdates(2);
    Y.applyUpdate(wire, a);
    clock.t = 10_000;
    const before = pendingDs(wire)!.byteLength;
    Y.applyUpdate(wire, b);
    expect(readings[1].level).toBe(before);
  });

  it("this laptop's own edits re-try nothing, whatever waits: no reading at all", () => {
    const { wire, readings } = deletesWaiting(0);
    for (let i = 0; i < 20; i++) wire.getMap('own').set('k', i);
    expect(pendingDs(wire)).not.toBeNull();
    expect(readings).toEqual([]);
  });

  it('changes that add to the waiting ones make Yjs re-encode them all: counted by the weight of what waited', () => {
    const wire = new Y.Doc();
    Y.applyUpdate(wire, spreadDeletes(77, 100));
    // Two writers building on writers never heard from: the second merges into what the first left waiting.
    Y.applyUpdate(wire, buildsOnUnknown(5_000));
    const readings: RetryReading[] = [];
    meterRetries(wire, { maxBytes: Infinity, drainBytesPerSecond: 0 }, (r) => readings.push(r), () => 0);
    const waitingBefore = pendingStructs(wire)!;
    const structsBefore = waitingBefore.update;
    const dsBefore = pendingDs(wire)!;
    Y.applyUpdate(wire, buildsOnUnknown(7_000));
    // Yjs kept the same pending object and replaced its update.
    expect(pendingStructs(wire)).toBe(waitingBefore);
    expect(pendingStructs(wire)!.update).not.toBe(structsBefore);
    const retried = pendingWeight(structsBefore) + dsBefore.byteLength;
    const waiting = pendingWeight(pendingStructs(wire)!.update) + pendingDs(wire)!.byteLength;
    expect(readings).toEqual([{ level: retried, retried, waiting }]);
  });

  it('the detach stops the meter', () => {
    const { wire, readings, detach } = deletesWaiting(0);
    const [first, ...rest] = tinyUpdates(4);
    Y.applyUpdate(wire, first);
    expect(readings).toHaveLength(1);
    detach();
    for (const u of rest) Y.applyUpdate(wire, u);
    expect(pendingDs(wire)).not.toBeNull();
    expect(readings).toHaveLength(1);
  });
});
