// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { pendingWeight } from '../../../../renderer/sync/pending-weight';
import { PENDING_LIMITS, watchPending } from '../../../../renderer/sync/wire-pending';
import { watchedWire } from './watched-wire';
import { deletedBackwards, heldBackChain, pendingStructs } from './y-crafted';

/**
 * Yjs keeps pending changes in its compact v2 encoding: one-character items typed backwards and deleted
 * take ~100 bytes there however many wait, though every retry goes through each of them. The bounds
 * weigh what waits as sent (v1, ~10 bytes an item), so neither the size bound nor the retry budget
 * is fooled by the compaction.
 */
const ITEMS = 120_000;
const z = deletedBackwards(ITEMS);


describe('pending changes are weighed as sent, not as Yjs compacts them', () => {
  it('~1 MB of deleted one-character items waiting, then tiny messages that each let one piece in: refused within 5 messages', () => {
    const { held, keys } = heldBackChain(40, 1);
    const ballast = z.from(ITEMS - 100_000 + 1); // 100,000 items, all waiting for the clocks before
    expect(ballast.byteLength).toBeGreaterThan(950_000);
    const { wire, clock, reasons, work } = watchedWire();
    Y.applyUpdate(wire, held);
    Y.applyUpdate(wire, ballast);
    const waiting = pendingStructs(wire)!.update;
    // What Yjs keeps is a ten-thousandth of what it retries; the weight is what was sent.
    expect(waiting.byteLength).toBeLessThan(1_000);
    expect(pendingWeight(waiting)).toBeGreaterThan(ballast.byteLength);
    expect(pendingWeight(waiting)).toBeLessThan(PENDING_LIMITS.maxStructBytes); // under the bound: the work shows it
    expect(reasons).toEqual([]);
    expect(keys[1].byteLength).toBeLessThan(24);
    let sent = 0;
    while (reasons.length === 0 && sent < keys.length) {
      clock.t += 50;
      Y.applyUpdate(wire, keys[sent++]);
    }
    expect(reasons).toEqual([expect.stringMatching(/made this laptop retry them: 4\.\d MB retried, over the 4\.0 MB limit/)]);
    expect(sent).toBe(5);
    const drained = (clock.t / 1000) * PENDING_LIMITS.retry.drainBytesPerSecond;
    expect(work.retried).toBeLessThanOrEqual(PENDING_LIMITS.retry.maxBytes + drained + PENDING_LIMITS.maxStructBytes);
    expect(pendingStructs(wire)).toBeNull();
    // What got in stays: each key's character and the one that waited for it.
    expect(wire.getText('t').length).toBe(2 * sent);
  });

  it('more than 1 MB of them, however few bytes Yjs keeps them in: refused at once by the bound', () => {
    const all = z.from(1); // everything but the first item
    expect(all.byteLength).toBeGreaterThan(PENDING_LIMITS.maxStructBytes);
    const wire = new Y.Doc();
    const reasons: string[] = [];
    let compact = 0;
    wire.on('afterTransaction', () => (compact = pendingStructs(wire)?.update.byteLength ?? compact));
    watchPending(wire, (r) => reasons.push(r));
    Y.applyUpdate(wire, all);
    expect(compact).toBeLessThan(1_000);
    expect(reasons).toEqual([expect.stringMatching(/^your partner's laptop sent changes that build on ones it never sent \(1\d\d\d KB waiting, over the 1024 KB limit\)$/)]);
    expect(pendingStructs(wire)).toBeNull();
  });
});
