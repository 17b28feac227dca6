// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PENDING_LIMITS } from '../../../../renderer/sync/wire-pending';
import { watchedWire } from './watched-wire';
import { heldBackChain, pendingDs, pendingStructs, spreadDeletes } from './y-crafted';


describe('the work pending state makes Yjs do is bounded', () => {
  it('~1 MB kept waiting, then tiny messages that each let one piece in: refused within ~4 MB retried', () => {
    const { held, keys } = heldBackChain(240, 4000, 'run');
    const { wire, clock, reasons, work } = watchedWire();
    Y.applyUpdate(wire, held);
    const waiting = pendingStructs(wire)!.update.byteLength;
    expect(waiting).toBeGreaterThan(900_000);
    expect(waiting).toBeLessThan(PENDING_LIMITS.maxStructBytes); // under the byte bound: only the work shows it
    expect(keys[1].byteLength).toBeLessThan(24);
    let sent = 0;
    // Twenty tiny messages a second, far under the message rate; without a budget all 240 go through, each retrying ~1 MB.
    while (reasons.length === 0 && sent < keys.length) {
      clock.t += 50;
      Y.applyUpdate(wire, keys[sent++]);
    }
    expect(reasons).toEqual([
      expect.stringMatching(
        /^your partner's laptop kept changes waiting that build on ones it never sent \(\d+ KB\), and each of its messages made this laptop retry them: 4\.\d MB retried, over the 4\.0 MB limit \(which frees 64 KB a second\)$/,
      ),
    ]);
    expect(sent).toBeLessThanOrEqual(5);
    const drained = (clock.t / 1000) * PENDING_LIMITS.retry.drainBytesPerSecond;
    expect(work.retried).toBeLessThanOrEqual(PENDING_LIMITS.retry.maxBytes + drained + PENDING_LIMITS.maxStructBytes);
    expect(pendingStructs(wire)).toBeNull();
    // What got in stays; the doc takes edits as before.
    expect(wire.getText('t').length).toBeGreaterThan(0);
  });

  it('waiting deletes are re-read on every update, even ones that build on nothing missing: refused within ~4 MB re-read', () => {
    const { wire, clock, reasons, work } = watchedWire();
    Y.applyUpdate(wire, spreadDeletes(77, 25_000));
    expect(pendingDs(wire)!.byteLength).toBeGreaterThan(50_000);
    expect(pendingDs(wire)!.byteLength).toBeLessThan(PENDING_LIMITS.maxDeleteBytes);
    const other = new Y.Doc();
    const tiny: Uint8Array[] = [];
    other.on('update', (u: Uint8Array) => tiny.push(u));
    for (let i = 0; i < 200; i++) other.getMap('m').set('k', i);
    let sent = 0;
    while (reasons.length === 0 && sent < tiny.length) {
      clock.t += 50;
      Y.applyUpdate(wire, tiny[sent++]);
    }
    expect(reasons).toEqual([expect.stringContaining('4.0 MB limit')]);
    // 4 MB at once, plus what drained in the seconds the flood took, plus the one re-read that went over.
    const drained = (clock.t / 1000) * PENDING_LIMITS.retry.drainBytesPerSecond;
    expect(work.retried).toBeLessThanOrEqual(PENDING_LIMITS.retry.maxBytes + drained + PENDING_LIMITS.maxDeleteBytes);
    expect(sent).toBeLessThan(100);
    expect(pendingDs(wire)).toBeNull();
    expect(wire.getMap('m').get('k')).toBe(sent - 1);
  });

  it('updates that neither let anything in nor add to what waits retry nothing, however many', () => {
    const { held } = heldBackChain(240, 4000, 'run');
    const { wire, clock, reasons, work } = watchedWire();
    Y.applyUpdate(wire, held);
    const other = new Y.Doc();
    other.on('update', (u: Uint8Array) => {
      clock.t += 10;
      Y.applyUpdate(wire, u);
    });
    for (let i = 0; i < 300; i++) other.getMap('m').set('k', i);
    expect(work.retried).toBe(0);
    expect(reasons).toEqual([]);
    expect(pendingStructs(wire)).not.toBeNull();
  });

  it('the budget frees 64 KB a second: retries spaced out that far are never refused', () => {
    const { held, keys } = heldBackChain(40, 4000, 'run');
    const { wire, clock, reasons, work } = watchedWire();
    Y.applyUpdate(wire, held);
    for (const key of keys) {
      // ~160 KB waits at first; 3 s frees 192 KB.
      clock.t += 3000;
      Y.applyUpdate(wire, key);
    }
    expect(work.retried).toBeGreaterThan(PENDING_LIMITS.retry.maxBytes / 2);
    expect(reasons).toEqual([]);
    expect(pendingStructs(wire)).toBeNull();
    expect(wire.getText('t').length).toBe(40 * 4001);
  });
});
