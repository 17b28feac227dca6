// @vitest-environment node
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { meterRetries } from '../../../../renderer/sync/pending-work';
import { PENDING_LIMITS, watchPending } from '../../../../renderer/sync/wire-pending';
import { burst, rng } from './honest-edits';

type Path = 'direct' | 'relay' | 'down';

/**
 * The partner's honest session reaches this laptop as Accord's links deliver it: each path in order
 * (direct 2–60 ms, relay through the host 80–1500 ms), switching at chosen updates; a relay→direct
 * switch may overlap both paths (duplicates); while down, updates are lost and the reconnect's sync
 * step 2 (everything so far) lands 0.1–4 s later, after the live updates that build on it.
 */
function deliver(seed: number, bursts: number, switches: [number, Path][], overlapMs: number, resyncMs: number, maxPaste: number) {
  const r = rng(seed);
  const partner = new Y.Doc();
  const sent: { at: number; update: Uint8Array }[] = [];
  let t = 0;
  partner.on('update', (update: Uint8Array) => sent.push({ at: t, update }));
  for (let i = 0; i < bursts; i++) {
    t += 300 + r() * 4700;
    for (const [delay, edit] of burst(r, partner, maxPaste)) {
      t += delay;
      partner.transact(edit);
    }
  }
  const pathAt = (i: number) => switches.filter(([at]) => at <= i).at(-1)?.[1] ?? 'direct';
  const arrivals: { at: number; update: Uint8Array }[] = [];
  const last = { direct: 0, relay: 0 };
  const send = (at: number, update: Uint8Array, via: 'direct' | 'relay') => {
    const lat = via === 'direct' ? 2 + r() * 58 : 80 + r() * 1420;
    last[via] = Math.max(at + lat, last[via] + 0.01);
    arrivals.push({ at: last[via], update });
  };
  let overlapUntil = -1;
  sent.forEach(({ at, update }, i) => {
    const path = pathAt(i);
    const was = i > 0 ? pathAt(i - 1) : 'direct';
    if (was === 'relay' && path === 'direct') overlapUntil = at + overlapMs;
    if (was === 'down' && path !== 'down') arrivals.push({ at: at + resyncMs, update: Y.mergeUpdates(sent.slice(0, i).map((s) => s.update)) });
    if (path === 'down') return;
    send(at, update, path);
    if (at < overlapUntil) send(at, update, path === 'direct' ? 'relay' : 'direct');
  });
  // Back online at the end: whatever was lost comes with the last resync.
  arrivals.push({ at: t + 10_000 + resyncMs, update: Y.mergeUpdates(sent.map((s) => s.update)) });
  arrivals.sort((a, b) => a.at - b.at);
  return { partner, arrivals };
}

describe('honest out-of-order delivery never trips the pending-work budget', () => {
  it('for any session and any switching of direct, relay and down links', () => {
    // The most bytes any one session retried in all (no draining): pending state was seen, and how far from the budget.
    let retriedMost = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 5, max: 40 }),
        fc.array(fc.tuple(fc.nat({ max: 400 }), fc.constantFrom<Path>('direct', 'relay', 'down')), { maxLength: 8 }).map((s) => s.sort((a, b) => a[0] - b[0])),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 100, max: 4000 }),
        (seed, bursts, switches, overlapMs, resyncMs) => {
          const { partner, arrivals } = deliver(seed, bursts, switches, overlapMs, resyncMs, 50_000);
          const wire = new Y.Doc();
          const clock = { t: 0 };
          const reasons: string[] = [];
          watchPending(wire, (reason) => reasons.push(reason), PENDING_LIMITS, () => clock.t);
          meterRetries(wire, { maxBytes: Infinity, drainBytesPerSecond: 0 }, ({ level }) => (retriedMost = Math.max(retriedMost, level)));
          for (const { at, update } of arrivals) {
            clock.t = at;
            Y.applyUpdate(wire, update);
          }
          expect(reasons).toEqual([]);
          expect(wire.getText('notes').toString()).toBe(partner.getText('notes').toString());
          expect(wire.getArray('items').length).toBe(partner.getArray('items').length);
        },
      ),
      { numRuns: 60, seed: 20261129 },
    );
    expect(retriedMost).toBeGreaterThan(0);
    // A wide margin: no session retried a hundredth of the budget in all (3.4 KB once structs counted by weight; 0.8 KB by Yjs's v2 bytes).
    expect(retriedMost).toBeLessThan(PENDING_LIMITS.retry.maxBytes / 100);
  });
});
