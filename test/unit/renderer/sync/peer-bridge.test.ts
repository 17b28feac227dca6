// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkPeerUpdate, PEER_ORIGIN, type PeerLimits } from '../../../../renderer/sync/peer-guard';
import { bridgeDocs, type Refusal } from '../../../../renderer/sync/peer-bridge';
import { COMPARISON_ROOTS, comparisonRules, publishAck, publishCommitment, setPresence } from '../../../../renderer/sync/comparison-doc';

const AT = '2026-10-01T00:00:00.000Z';
const C = (ch: string) => ch.repeat(64);

/** This laptop is the CEO; its doc has only its own presence so far. */
function ceoLaptop() {
  const doc = new Y.Doc();
  setPresence(doc, { id: 'me', name: 'Alex', role: 'ceo', state: 'answering', at: AT });
  return doc;
}
const limits = (doc: Y.Doc, patch: Partial<PeerLimits> = {}): PeerLimits => ({
  maxUpdateBytes: 64_000,
  maxDocBytes: 200_000,
  roots: COMPARISON_ROOTS,
  entries: comparisonRules(doc, 'ceo'),
  ...patch,
});
/** A peer that has synced with us, so its updates are diffs against our state. */
function peerOf(doc: Y.Doc) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  return { peer, diff: () => Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)) };
}

describe('comparison rules: a peer may only write its own role, once', () => {
  it('refuses a commitment, ack or reveal under my role even before I have written one (pre-emption)', () => {
    for (const root of ['commitments', 'acks', 'reveals']) {
      const doc = ceoLaptop();
      const { peer, diff } = peerOf(doc);
      peer.getMap(root).set('ceo', { commitment: C('f'), sealedAt: AT, name: 'Mallory' });
      const r = checkPeerUpdate(doc, diff(), limits(doc));
      expect(r, root).toMatchObject({ ok: false, kind: 'protocol', reason: expect.stringContaining(`this laptop's ${root} entry`) });
    }
  });

  it('refuses a malformed placeholder under my role and presence written over mine', () => {
    const doc = ceoLaptop();
    const { peer, diff } = peerOf(doc);
    peer.getMap('commitments').set('ceo', { commitment: 'x' });
    expect(checkPeerUpdate(doc, diff(), limits(doc)).ok).toBe(false);
    const doc2 = ceoLaptop();
    const p2 = peerOf(doc2);
    setPresence(p2.peer, { id: 'evil', name: 'Mallory', role: 'ceo', state: 'sealed', at: AT });
    expect(checkPeerUpdate(doc2, p2.diff(), limits(doc2))).toMatchObject({ ok: false, reason: expect.stringContaining("this laptop's participants entry") });
  });

  it('accepts the partner writing its own presence (again and again), commitment and ack once', () => {
    const doc = ceoLaptop();
    const { peer, diff } = peerOf(doc);
    setPresence(peer, { id: 'p', name: 'Dana', role: 'cto', state: 'answering', at: AT });
    setPresence(peer, { id: 'p', name: 'Dana', role: 'cto', state: 'sealed', at: AT });
    publishCommitment(peer, 'cto', { commitment: C('c'), sealedAt: AT, name: 'Dana' });
    publishAck(peer, 'cto', { ceo: C('a'), cto: C('c'), at: AT });
    expect(checkPeerUpdate(doc, diff(), limits(doc))).toEqual({ ok: true });
    Y.applyUpdate(doc, diff());
    setPresence(peer, { id: 'p', name: 'Dana R.', role: 'cto', state: 'sealed', at: AT });
    expect(checkPeerUpdate(doc, diff(), limits(doc))).toEqual({ ok: true });
    // …but not a second commitment, nor deleting the first.
    peer.getMap('commitments').set('cto', { commitment: C('d'), sealedAt: AT, name: 'Dana' });
    expect(checkPeerUpdate(doc, diff(), limits(doc))).toMatchObject({ ok: false, reason: expect.stringContaining('published commitment') });
  });

  it('refuses two writes to one write-once entry inside a single update', () => {
    const doc = ceoLaptop();
    const { peer, diff } = peerOf(doc);
    peer.transact(() => {
      peer.getMap('commitments').set('cto', { commitment: C('c'), sealedAt: AT, name: 'Dana' });
      peer.getMap('commitments').set('cto', { commitment: C('d'), sealedAt: AT, name: 'Dana' });
    });
    // Yjs may squash the transaction; if both items travel, the second is refused.
    const r = checkPeerUpdate(doc, diff(), limits(doc));
    const items = Y.decodeUpdate(diff()).structs.length;
    if (items > 1) expect(r.ok).toBe(false);
  });

  it('refuses a delete-only update that removes my presence or a published commitment', () => {
    const doc = ceoLaptop();
    publishCommitment(doc, 'ceo', { commitment: C('a'), sealedAt: AT, name: 'Alex' });
    const { peer, diff } = peerOf(doc);
    peer.getMap('participants').delete('ceo');
    const r = checkPeerUpdate(doc, diff(), limits(doc));
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining("delete this laptop's participants entry") });
    const p2 = peerOf(doc);
    p2.peer.getMap('commitments').delete('ceo');
    expect(checkPeerUpdate(doc, p2.diff(), limits(doc)).ok).toBe(false);
  });

  it('refuses unknown roles, nested types, text and oversized values', () => {
    const cases: [string, (peer: Y.Doc) => void, RegExp][] = [
      ['unknown key', (p) => p.getMap('participants').set('cfo', { name: 'x' }), /unknown role/],
      ['nested map', (p) => p.getMap('commitments').set('cto', new Y.Map()), /plain values/],
      ['text', (p) => p.getMap('reveals').set('cto', new Y.Text('hi')), /plain values/],
      ['unknown root', (p) => p.getMap('answers').set('cto', 1), /unexpected top-level entry "answers"/],
      ['huge value', (p) => p.getMap('reveals').set('cto', { payload: 'x'.repeat(170_000), salt: 'a' }), /over the/],
    ];
    for (const [name, build, why] of cases) {
      const doc = ceoLaptop();
      const { peer, diff } = peerOf(doc);
      build(peer);
      const r = checkPeerUpdate(doc, diff(), limits(doc, { maxUpdateBytes: 400_000, maxDocBytes: 1_000_000 }));
      expect(r.ok, name).toBe(false);
      expect(!r.ok && r.reason, name).toMatch(why);
    }
  });
});

const SYNC = { schedule: (fn: () => void) => fn() };

describe('the bridge: batches, exact size cap, rate limit, and a clear stop', () => {
  it("applies the partner's updates with PEER_ORIGIN and sends ours out", () => {
    const doc = ceoLaptop();
    const wire = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    bridgeDocs(wire, doc, limits(doc), () => {}, SYNC);
    expect(wire.getMap('participants').get('ceo')).toMatchObject({ name: 'Alex' });
    const { peer } = peerOf(doc);
    setPresence(peer, { id: 'p', name: 'Dana', role: 'cto', state: 'answering', at: AT });
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer));
    expect(doc.getMap('participants').get('cto')).toMatchObject({ name: 'Dana' });
    expect(origins).toEqual([PEER_ORIGIN]);
  });

  it('the size cap cannot be overshot by many small updates (no re-measure window)', () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    const cap = 20_000;
    bridgeDocs(wire, doc, { maxUpdateBytes: 5_000, maxDocBytes: cap, roots: ['participants'] }, (r) => refusals.push(r), SYNC);
    const peer = new Y.Doc();
    for (let i = 0; i < 200 && !refusals.length; i++) {
      peer.getMap('participants').set(`k${i}`, 'x'.repeat(400));
      Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
    }
    expect(refusals[0]).toMatchObject({ kind: 'size', reason: expect.stringMatching(/over the 20000-byte limit/) });
    expect(Y.encodeStateAsUpdate(doc).byteLength).toBeLessThanOrEqual(cap);
  });

  it('a flood beyond the rate limit drops the peer with a reason; nothing after it lands', () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    let t = 0;
    const bridge = bridgeDocs(
      wire,
      doc,
      { maxUpdateBytes: 5_000, maxDocBytes: 10_000_000, roots: ['participants'], rate: { windowMs: 10_000, maxUpdates: 50, maxBytes: 1_000_000 } },
      (r) => refusals.push(r),
      { ...SYNC, now: () => t },
    );
    const peer = new Y.Doc();
    for (let i = 0; i < 80; i++) {
      t += 5;
      peer.getMap('participants').set('cto', i);
      Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
    }
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ kind: 'rate', reason: expect.stringMatching(/more than 50 changes in 10 seconds/) });
    expect(bridge.stopped).toEqual(refusals[0]);
    expect(doc.getMap('participants').get('cto')).toBeLessThan(50);
    // Spread out over time, the same number of updates is fine.
    const doc2 = new Y.Doc();
    const wire2 = new Y.Doc();
    const refusals2: Refusal[] = [];
    let t2 = 0;
    bridgeDocs(wire2, doc2, { maxUpdateBytes: 5_000, maxDocBytes: 10_000_000, roots: ['participants'], rate: { windowMs: 10_000, maxUpdates: 50, maxBytes: 1_000_000 } }, (r) => refusals2.push(r), { ...SYNC, now: () => t2 });
    const peer2 = new Y.Doc();
    for (let i = 0; i < 80; i++) {
      t2 += 500;
      peer2.getMap('participants').set('cto', i);
      Y.applyUpdate(wire2, Y.encodeStateAsUpdate(peer2, Y.encodeStateVector(wire2)));
    }
    expect(refusals2).toEqual([]);
    expect(doc2.getMap('participants').get('cto')).toBe(79);
  });

  it('a byte flood beyond the rate limit drops the peer, naming megabytes and seconds', () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    bridgeDocs(
      wire,
      doc,
      { maxUpdateBytes: 5_000_000, maxDocBytes: 50_000_000, roots: ['participants'], rate: { windowMs: 10_000, maxUpdates: 1_000, maxBytes: 2_000_000 } },
      (r) => refusals.push(r),
      { ...SYNC, now: () => 0 },
    );
    const peer = new Y.Doc();
    for (let i = 0; i < 3; i++) {
      peer.getMap('participants').set('cto', 'x'.repeat(900_000) + i);
      Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
    }
    expect(refusals).toEqual([{ kind: 'rate', reason: "your partner's laptop sent more than 2 MB in 10 seconds" }]);
    expect(doc.getMap('participants').get('cto')).toBe('x'.repeat(900_000) + 1);
  });

  it('the rate limit allows exactly its maximum per window, and the window restarts only after it has passed', () => {
    const run = (times: number[]) => {
      let t = 1_000;
      const refusals: Refusal[] = [];
      const doc = new Y.Doc();
      const wire = new Y.Doc();
      bridgeDocs(wire, doc, { maxUpdateBytes: 5_000, maxDocBytes: 10_000_000, roots: ['participants'], rate: { windowMs: 1_000, maxUpdates: 3, maxBytes: 1_000_000 } }, (r) => refusals.push(r), { ...SYNC, now: () => t });
      const peer = new Y.Doc();
      times.forEach((at, i) => {
        t = at;
        peer.getMap('participants').set('cto', i);
        Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
      });
      return { refusals, last: doc.getMap('participants').get('cto') };
    };
    expect(run([1_000, 1_000, 1_000])).toEqual({ refusals: [], last: 2 });
    expect(run([1_000, 1_000, 1_000, 2_000]).refusals).toHaveLength(1); // 1,000 ms later is still the same window
    expect(run([1_000, 1_000, 1_000, 2_001])).toEqual({ refusals: [], last: 3 });
  });

  it('queued updates are checked together: one check per flush, however many arrived', () => {
    const doc = ceoLaptop();
    const wire = new Y.Doc();
    const queued: (() => void)[] = [];
    const refusals: Refusal[] = [];
    const bridge = bridgeDocs(wire, doc, limits(doc), (r) => refusals.push(r), { schedule: (fn) => queued.push(fn) });
    const { peer } = peerOf(doc);
    for (let i = 0; i < 100; i++) {
      setPresence(peer, { id: 'p', name: `Dana ${i}`, role: 'cto', state: 'answering', at: AT });
      Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
    }
    expect(queued).toHaveLength(1);
    expect(doc.getMap('participants').get('cto')).toBeUndefined();
    bridge.flush();
    expect(refusals).toEqual([]);
    expect(doc.getMap('participants').get('cto')).toMatchObject({ name: 'Dana 99' });
  });

  it('pacing: a short burst of messages is checked at once, a flood at most once per gap, and idle time refills', () => {
    const doc = ceoLaptop();
    const wire = new Y.Doc();
    let t = 0;
    const delays: number[] = [];
    const bridge = bridgeDocs(wire, doc, limits(doc), () => {}, {
      now: () => t,
      minGapMs: 16,
      burst: 3,
      schedule: (fn, ms) => {
        delays.push(ms);
        t += ms;
        fn();
      },
    });
    const { peer } = peerOf(doc);
    const send = (i: number) => {
      setPresence(peer, { id: 'p', name: `Dana ${i}`, role: 'cto', state: 'answering', at: AT });
      Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
      t += 1;
    };
    for (let i = 0; i < 8; i++) send(i);
    // The reveal's few messages (commit+ack, ack+reveal, reveal) never wait…
    expect(delays.slice(0, 3)).toEqual([0, 0, 0]);
    // …a flood does: once the burst is spent, one check per 16 ms (less the 1 ms each message took;
    // the first waits less: the burst refilled a little meanwhile).
    expect(delays.slice(3)).toEqual([13, 15, 15, 15, 15]);
    expect(doc.getMap('participants').get('cto')).toMatchObject({ name: 'Dana 7' });
    t += 1_000;
    delays.length = 0;
    send(8);
    send(9);
    expect(delays).toEqual([0, 0]);
    expect(bridge.stopped).toBeUndefined();
  });

  it('after a refusal the bridge stops, says why, and later honest updates do not stall silently', () => {
    const doc = ceoLaptop();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    const bridge = bridgeDocs(wire, doc, limits(doc), (r) => refusals.push(r), SYNC);
    const { peer } = peerOf(doc);
    peer.getMap('commitments').set('ceo', { commitment: C('f'), sealedAt: AT, name: 'Mallory' });
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
    expect(refusals).toHaveLength(1);
    expect(bridge.stopped?.reason).toMatch(/this laptop's commitments entry/);
    expect(doc.getMap('commitments').has('ceo')).toBe(false);
  });
});

describe('batching never turns honest messages into a refusal', () => {
  it('two separate updates under the per-message limit pass even when they arrive in one batch', () => {
    const doc = new Y.Doc();
    const wire = new Y.Doc();
    const refusals: Refusal[] = [];
    const queued: (() => void)[] = [];
    const bridge = bridgeDocs(wire, doc, { maxUpdateBytes: 3_000, maxDocBytes: 100_000, roots: ['participants'] }, (r) => refusals.push(r), { schedule: (fn) => queued.push(fn) });
    const peer = new Y.Doc();
    for (const key of ['a', 'b']) {
      peer.getMap('participants').set(key, 'x'.repeat(2_000));
      Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
    }
    bridge.flush();
    expect(refusals).toEqual([]);
    expect(doc.getMap('participants').size).toBe(2);
    // One message over the limit is still refused on its own.
    peer.getMap('participants').set('c', 'x'.repeat(4_000));
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(wire)));
    expect(refusals[0]).toMatchObject({ kind: 'size', reason: expect.stringMatching(/over the 3000-byte limit/) });
  });
});
