// @vitest-environment node
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PeerLimits } from '../../../../renderer/sync/peer-guard';
import { bridgeDocs, type Refusal } from '../../../../renderer/sync/peer-bridge';
import { COMPARISON_ROOTS, comparisonRules, setPresence } from '../../../../renderer/sync/comparison-doc';

// The bridge's edges: where its limits sit exactly, what it does with its defaults (real timers
// faked, not mocked away), out-of-order updates, and what closing stops.

const AT = '2026-10-01T00:00:00.000Z';
const SYNC = { schedule: (fn: () => void) => fn() };
const plain = (patch: Partial<PeerLimits> = {}): PeerLimits => ({ maxUpdateBytes: 5_000, maxDocBytes: 1_000_000, roots: ['participants'], ...patch });

/** The bytes the wire hands the bridge for these updates (Yjs re-encodes what it applies). */
function wireBytes(...updates: Uint8Array[]): number {
  const probe = new Y.Doc();
  let n = 0;
  probe.on('update', (u: Uint8Array) => (n += u.byteLength));
  for (const u of updates) Y.applyUpdate(probe, u);
  return n;
}

/** A partner's updates, one per change, in the order it made them. */
function partnerUpdates(count: number): Uint8Array[] {
  const peer = new Y.Doc();
  const out: Uint8Array[] = [];
  peer.on('update', (u: Uint8Array) => out.push(u));
  for (let i = 0; i < count; i++) peer.getMap('participants').set(`k${i}`, i);
  return out;
}

/** The wire's update event as the bridge sees it, for bytes a Y.Doc would not emit itself (out of order, undecodable). */
function arrive(wire: Y.Doc, update: Uint8Array) {
  wire.emit('update', [update, 'network', wire, undefined as unknown as Y.Transaction]);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the bridge with its own defaults (timers faked)', () => {
  it("checks a partner's update on a microtask: not synchronously, but before any timer or other task", async () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    bridgeDocs(wire, doc, plain(), () => {});
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    Y.applyUpdate(wire, partnerUpdates(1)[0]);
    expect(doc.getMap('participants').get('k0')).toBeUndefined();
    await Promise.resolve();
    expect(doc.getMap('participants').get('k0')).toBe(0);
    expect(timerRan).toBe(false);
  });

  it('the rate window follows the clock: the same count spread over two windows is fine', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'performance'] });
    const run = (pauseMs: number) => {
      const doc = new Y.Doc();
      const wire = new Y.Doc();
      const refusals: Refusal[] = [];
      bridgeDocs(wire, doc, plain({ rate: { windowMs: 1_000, maxUpdates: 3, maxBytes: 1_000_000 } }), (r) => refusals.push(r));
      partnerUpdates(6).forEach((u, i) => {
        if (i === 3) vi.advanceTimersByTime(pauseMs);
        Y.applyUpdate(wire, u);
        vi.runAllTimers();
      });
      return { refusals: refusals.map((r) => r.kind), size: doc.getMap('participants').size };
    };
    expect(run(2_000)).toEqual({ refusals: [], size: 6 });
    expect(run(0)).toEqual({ refusals: ['rate'], size: 3 });
  });

  it('the default pacing: once the burst is spent, the next check waits 16 ms', () => {
    const delays: number[] = [];
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    bridgeDocs(wire, doc, plain(), () => {}, {
      now: () => 0,
      schedule: (fn, ms) => {
        delays.push(ms);
        fn();
      },
    });
    for (const u of partnerUpdates(6)) Y.applyUpdate(wire, u);
    expect(delays).toEqual([0, 0, 0, 0, 16, 16]);
    expect(doc.getMap('participants').size).toBe(6);
  });
});

describe('the bridge at its exact limits', () => {
  it('an update of exactly the per-message limit passes; one byte less of limit refuses it', () => {
    const [u] = partnerUpdates(1);
    const n = wireBytes(u);
    for (const [max, ok] of [[n, true], [n - 1, false]] as const) {
      const doc = new Y.Doc();
      const wire = new Y.Doc();
      const refusals: Refusal[] = [];
      bridgeDocs(wire, doc, plain({ maxUpdateBytes: max }), (r) => refusals.push(r), SYNC);
      Y.applyUpdate(wire, u);
      expect(refusals, `limit ${max}`).toEqual(ok ? [] : [{ kind: 'size', reason: `update of ${n} bytes is over the ${max}-byte limit` }]);
      expect(doc.getMap('participants').get('k0'), `limit ${max}`).toBe(ok ? 0 : undefined);
    }
  });

  it('the byte rate allows exactly its maximum per window', () => {
    const updates = partnerUpdates(3);
    const total = wireBytes(...updates);
    for (const [max, ok] of [[total, true], [total - 1, false]] as const) {
      const doc = new Y.Doc();
      const wire = new Y.Doc();
      const refusals: Refusal[] = [];
      bridgeDocs(wire, doc, plain({ rate: { windowMs: 10_000, maxUpdates: 100, maxBytes: max } }), (r) => refusals.push(r), { ...SYNC, now: () => 0 });
      for (const u of updates) Y.applyUpdate(wire, u);
      expect(refusals.map((r) => r.kind), `max ${max}`).toEqual(ok ? [] : ['rate']);
    }
  });

  it('overwriting one entry again and again never trips the document cap (the doc does not grow)', () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    // ~450 bytes held at any time; the sum of the overwrites is 40 KB, a bound without re-measuring ~1.3 KB after two.
    bridgeDocs(wire, doc, plain({ maxDocBytes: 1_000 }), (r) => refusals.push(r), SYNC);
    const peer = new Y.Doc();
    for (let i = 0; i < 100; i++) {
      peer.getMap('participants').set('cto', `${i}`.padEnd(400, 'x'));
      Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
    }
    expect(refusals).toEqual([]);
    expect(doc.getMap('participants').get('cto')).toBe('99'.padEnd(400, 'x'));
  });
});

describe('out-of-order updates wait for what they build on, up to 32', () => {
  const MAX_HELD = 32;
  function deliver(skipUntil: number) {
    const updates = partnerUpdates(MAX_HELD + 3);
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    const bridge = bridgeDocs(wire, doc, plain(), (r) => refusals.push(r), SYNC);
    Y.applyUpdate(wire, updates[0]); // accepted: what follows is checked after a success
    // updates[1] is late; the wire itself holds what builds on it as pending, so hand the
    // bridge each later message as the network delivered it.
    for (let i = 2; i < skipUntil; i++) arrive(wire, updates[i]);
    return { updates, doc, wire, refusals, bridge };
  }

  it('32 waiting updates are kept and land once the missing one arrives', () => {
    const { updates, doc, wire, refusals } = deliver(2 + MAX_HELD);
    expect(refusals).toEqual([]);
    expect(doc.getMap('participants').size).toBe(1);
    arrive(wire, updates[1]);
    expect(refusals).toEqual([]);
    expect(doc.getMap('participants').size).toBe(2 + MAX_HELD);
  });

  it('a 33rd waiting update gives up on the partner, saying why', () => {
    const { doc, refusals, bridge } = deliver(3 + MAX_HELD);
    expect(refusals).toEqual([{ kind: 'pending', reason: 'update depends on changes not received yet' }]);
    expect(bridge.stopped).toEqual(refusals[0]);
    expect(doc.getMap('participants').size).toBe(1);
  });

  it('bytes that do not decode, batched with others, stop the bridge as malformed', () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    const queued: (() => void)[] = [];
    const bridge = bridgeDocs(wire, doc, plain(), (r) => refusals.push(r), { schedule: (fn) => queued.push(fn) });
    arrive(wire, partnerUpdates(1)[0]);
    arrive(wire, new Uint8Array([200, 1, 2, 3]));
    bridge.flush();
    expect(refusals).toEqual([{ kind: 'malformed', reason: 'update could not be decoded' }]);
    expect(doc.getMap('participants').size).toBe(0);
  });
});

describe('our own changes after the bridge starts', () => {
  it('go out to the wire and are not taken for the partner writing our entries', () => {
    const doc = new Y.Doc();
    setPresence(doc, { id: 'me', name: 'Alex', role: 'ceo', state: 'answering', at: AT });
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    const limits: PeerLimits = { maxUpdateBytes: 64_000, maxDocBytes: 200_000, roots: COMPARISON_ROOTS, entries: comparisonRules(doc, 'ceo') };
    const bridge = bridgeDocs(wire, doc, limits, (r) => refusals.push(r), SYNC);
    setPresence(doc, { id: 'me', name: 'Alex', role: 'ceo', state: 'sealed', at: AT });
    bridge.flush();
    expect(wire.getMap('participants').get('ceo')).toMatchObject({ state: 'sealed' });
    expect(refusals).toEqual([]);
  });

  it("do not count against the partner's limits (size per message, rate)", () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    bridgeDocs(wire, doc, plain({ maxUpdateBytes: 1_000, rate: { windowMs: 10_000, maxUpdates: 2, maxBytes: 1_000_000 } }), (r) => refusals.push(r), { ...SYNC, now: () => 0 });
    for (let i = 0; i < 5; i++) doc.getMap('participants').set('me', `${i}`.padEnd(2_000, 'x'));
    expect(refusals).toEqual([]);
    expect(wire.getMap('participants').get('me')).toBe('4'.padEnd(2_000, 'x'));
  });

  it('after close nothing crosses either way, and a check already scheduled reports nothing', () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    const queued: (() => void)[] = [];
    const bridge = bridgeDocs(wire, doc, plain(), (r) => refusals.push(r), { schedule: (fn) => queued.push(fn) });
    Y.applyUpdate(wire, partnerUpdates(1)[0]);
    bridge.close();
    for (const fn of queued) fn();
    doc.getMap('participants').set('mine', 1);
    const late = new Y.Doc();
    late.getMap('participants').set('late', 1);
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(late));
    bridge.flush();
    expect(doc.getMap('participants').toJSON()).toEqual({ mine: 1 });
    expect(wire.getMap('participants').has('mine')).toBe(false);
    expect(refusals).toEqual([]);
    expect(bridge.stopped).toBeUndefined();
  });
});
