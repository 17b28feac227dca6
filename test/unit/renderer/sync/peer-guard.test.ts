// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkPeerUpdate, type PeerLimits } from '../../../../renderer/sync/peer-guard';
import { bridgeDocs } from '../../../../renderer/sync/peer-bridge';
import { comparisonRules, publishCommitment, setPresence } from '../../../../renderer/sync/comparison-doc';

const LIMITS: PeerLimits = { maxUpdateBytes: 4096, maxDocBytes: 16_384, roots: ['participants', 'commitments', 'acks', 'reveals'] };
/** Check queued remote updates at once (the app batches them per frame). */
const SYNC = { schedule: (fn: () => void) => fn() };

function localDoc() {
  const doc = new Y.Doc();
  setPresence(doc, { id: 'me', name: 'Alex', role: 'ceo', state: 'answering', at: '2026-10-01T00:00:00.000Z' });
  return doc;
}

function updateFrom(build: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  build(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** Seeded PRNG so a failure is reproducible. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('peer updates pass a guard before they touch local data', () => {
  it('accepts a normal update from the partner', () => {
    const u = updateFrom((d) => setPresence(d, { id: 'p', name: 'Dana', role: 'cto', state: 'sealed', at: '2026-10-01T00:00:00.000Z' }));
    expect(checkPeerUpdate(localDoc(), u, LIMITS)).toEqual({ ok: true });
  });

  it('refuses an oversized update, saying how big it was', () => {
    const u = updateFrom((d) => d.getMap('participants').set('cto', { name: 'x'.repeat(10_000) }));
    const r = checkPeerUpdate(localDoc(), u, LIMITS);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/over the 4096-byte limit/);
  });

  it('refuses writes to top-level entries the protocol does not have', () => {
    const u = updateFrom((d) => d.getMap('answers').set('db-1', 5));
    const r = checkPeerUpdate(localDoc(), u, LIMITS);
    expect(!r.ok && r.reason).toMatch(/unexpected top-level entry "answers"/);
  });

  it('refuses 300 random byte strings and truncated updates: only whole, legitimate content ever lands', () => {
    const doc = localDoc();
    const rand = rng(42);
    const dana = { id: 'p', name: 'Dana', role: 'cto', state: 'sealed', at: '2026-10-01T00:00:00.000Z' } as const;
    const valid = updateFrom((d) => setPresence(d, dana));
    const wire = new Y.Doc();
    const bridge = bridgeDocs(wire, doc, LIMITS, () => {}, SYNC);
    const alex = { id: 'me', name: 'Alex', role: 'ceo', state: 'answering', at: '2026-10-01T00:00:00.000Z' };
    for (let i = 0; i < 300; i++) {
      const garbage =
        i % 3 === 0
          ? valid.slice(0, Math.floor(rand() * valid.length))
          : Uint8Array.from({ length: 1 + Math.floor(rand() * 200) }, () => Math.floor(rand() * 256));
      // Random bytes are refused by the guard itself, whatever y-webrtc's side does.
      if (i % 3 !== 0) expect(checkPeerUpdate(doc, garbage, LIMITS).ok, `message ${i}`).toBe(false);
      try {
        // y-webrtc's side may itself throw on garbage; either way our doc must stay sound.
        Y.applyUpdate(wire, garbage);
      } catch {
        /* wire rejected it outright */
      }
      // After every message: nothing but the original entry, plus — once the pieces of the
      // valid update have all arrived — exactly that update's entry.
      const participants = doc.getMap('participants').toJSON();
      expect([...doc.share.keys()]).toEqual(['participants']);
      expect(participants.ceo).toEqual(alex);
      if (participants.cto !== undefined) expect(participants.cto).toEqual(dana);
      expect(Object.keys(participants).every((k) => k === 'ceo' || k === 'cto')).toBe(true);
      expect(doc.store.pendingStructs).toBeNull();
    }
    bridge.close();
  }, 30_000);

  it('bridges good updates both ways and keeps refused ones out', () => {
    const doc = localDoc();
    const wire = new Y.Doc();
    const refused: string[] = [];
    bridgeDocs(wire, doc, LIMITS, (r) => refused.push(r.reason), SYNC);
    // Local → wire
    expect(wire.getMap('participants').get('ceo')).toMatchObject({ name: 'Alex' });
    // Remote good → doc
    const remote = new Y.Doc();
    setPresence(remote, { id: 'p', name: 'Dana', role: 'cto', state: 'answering', at: '2026-10-01T00:00:00.000Z' });
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(remote));
    expect(doc.getMap('participants').get('cto')).toMatchObject({ name: 'Dana' });
    // Remote bad → refused, doc unchanged
    const evil = new Y.Doc();
    evil.getMap('secrets').set('x', 1);
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(evil));
    expect(refused.at(-1)).toMatch(/secrets/);
    expect([...doc.share.keys()].sort()).toEqual(['participants']);
  });
});

describe('a connected peer with the right secret still cannot rewrite the protocol', () => {
  const commitment = { commitment: 'a'.repeat(64), sealedAt: '2026-10-01T00:00:00.000Z', name: 'Alex' };
  const limits = (doc: Y.Doc): PeerLimits => ({ ...LIMITS, entries: comparisonRules(doc, 'ceo') });

  function synced() {
    const mine = localDoc();
    publishCommitment(mine, 'ceo', commitment);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(mine));
    return { mine, peer };
  }
  const diff = (peer: Y.Doc, mine: Y.Doc) => Y.encodeStateAsUpdate(peer, Y.encodeStateVector(mine));

  it("refuses a peer overwriting or deleting this laptop's commitment or presence", () => {
    let { mine, peer } = synced();
    peer.getMap('commitments').set('ceo', { ...commitment, commitment: 'b'.repeat(64) });
    expect(checkPeerUpdate(mine, diff(peer, mine), limits(mine))).toMatchObject({ ok: false, reason: expect.stringMatching(/commitments entry/) });
    ({ mine, peer } = synced());
    peer.getMap('participants').delete('ceo');
    expect(checkPeerUpdate(mine, diff(peer, mine), limits(mine))).toMatchObject({ ok: false, reason: expect.stringMatching(/participants entry/) });
  });

  it("refuses a peer changing its own commitment once published, but accepts its presence updates", () => {
    const { mine, peer } = synced();
    publishCommitment(peer, 'cto', { ...commitment, name: 'Dana' });
    Y.applyUpdate(mine, diff(peer, mine));
    peer.getMap('commitments').set('cto', { ...commitment, name: 'Dana', commitment: 'c'.repeat(64) });
    expect(checkPeerUpdate(mine, diff(peer, mine), limits(mine))).toMatchObject({ ok: false, reason: expect.stringMatching(/published commitment/) });
    const fresh = synced();
    setPresence(fresh.peer, { id: 'p', name: 'Dana', role: 'cto', state: 'answering', at: '2026-10-01T00:00:00.000Z' });
    expect(checkPeerUpdate(fresh.mine, diff(fresh.peer, fresh.mine), limits(fresh.mine))).toEqual({ ok: true });
  });
});
