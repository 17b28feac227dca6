// @vitest-environment node
/**
 * Peer faults against the real guard (bridgeDocs) and projection: a partner that drops
 * mid-sync, sends garbage, or replays old updates cannot corrupt or erase what this
 * laptop holds. (A partner holding the wrong secret is covered end to end by
 * test/e2e/compare-network-faults.spec.ts.)
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { PeerLimits } from '../../../renderer/sync/peer-guard';
import { bridgeDocs } from '../../../renderer/sync/peer-bridge';
import { ACKS, COMMITMENTS, PARTICIPANTS, REVEALS, comparisonRules, publishAck, publishCommitment, publishReveal, readRaw, setPresence } from '../../../renderer/sync/comparison-doc';
import { projectSession } from '../../../shared/session/projection';
import { buildSealedFile } from '../../../shared/reveal/sealed-file';
import type { Digest } from '../../../shared/reveal/types';
import { MAX_FILE_BYTES, MAX_PEER_MESSAGE_BYTES } from '../../../shared/schema/limits';
import { prng, validPayload } from '../../trust/hostile-inputs';
const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

const sha256: Digest = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const BASE: PeerLimits = { maxUpdateBytes: MAX_PEER_MESSAGE_BYTES, maxDocBytes: MAX_FILE_BYTES, roots: [PARTICIPANTS, COMMITMENTS, ACKS, REVEALS] };
/** The live session's rules for a CEO laptop. */
const limitsFor = (doc: Y.Doc): PeerLimits => ({ ...BASE, entries: comparisonRules(doc, 'ceo') });
const LIMITS = BASE;
/** Check queued remote updates at once (the app batches them per frame). */
const SYNC = { schedule: (fn: () => void) => fn() };
const AT = '2026-10-03T09:00:00.000Z';

/** This laptop (CEO, sealed) with its trusted doc bridged to a wire doc. */
async function localLaptop() {
  const doc = new Y.Doc();
  const file = await buildSealedFile(validPayload('ceo'), 'ab'.repeat(16), sha256);
  setPresence(doc, { id: 'me', name: 'Alex Kim', role: 'ceo', state: 'sealed', at: AT });
  publishCommitment(doc, 'ceo', { commitment: file.commitment, sealedAt: AT, name: 'Alex Kim' });
  const wire = new Y.Doc();
  const refused: string[] = [];
  const bridge = bridgeDocs(wire, doc, limitsFor(doc), (r) => refused.push(r.reason), SYNC);
  const mine = () => ({
    participant: doc.getMap(PARTICIPANTS).get('ceo'),
    commitment: doc.getMap(COMMITMENTS).get('ceo'),
  });
  const expected = mine();
  return { doc, wire, refused, bridge, file, mine, expected };
}

/** The partner (CTO): every transaction recorded as its own update, in order. */
async function partnerStream(l: Awaited<ReturnType<typeof localLaptop>>) {
  const local = l.doc;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(local)); // it has synced with us before
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const file = await buildSealedFile(validPayload('cto'), 'cd'.repeat(16), sha256);
  setPresence(doc, { id: 'peer', name: 'Dana Ortiz', role: 'cto', state: 'answering', at: AT });
  setPresence(doc, { id: 'peer', name: 'Dana Ortiz', role: 'cto', state: 'sealed', at: AT });
  publishCommitment(doc, 'cto', { commitment: file.commitment, sealedAt: AT, name: 'Dana Ortiz' });
  // Both acknowledge both commitments (ours reaches the partner), then theirs is revealed.
  const pair = { ceo: l.file.commitment, cto: file.commitment, at: AT };
  publishAck(local, 'ceo', pair);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(local));
  publishAck(doc, 'cto', pair);
  publishReveal(doc, 'cto', { payload: file.payload, salt: file.salt });
  return { doc, updates, file };
}

function expectMineIntact(l: Awaited<ReturnType<typeof localLaptop>>) {
  expect(l.mine()).toEqual(l.expected);
  expect([...l.doc.share.keys()].every((k) => LIMITS.roots.includes(k))).toBe(true);
  expect(l.doc.store.pendingStructs).toBeNull();
  expect(l.doc.store.pendingDs).toBeNull();
}

describe('peer faults cannot corrupt or erase local entries', () => {
  it('a partner that disconnects after half of its update stream: only whole updates land, ours stay', async () => {
    const l = await localLaptop();
    const p = await partnerStream(l);
    const half = p.updates.slice(0, Math.ceil(p.updates.length / 2));
    for (const u of half) Y.applyUpdate(l.wire, u);
    expectMineIntact(l);
    // What arrived is exactly what the partner wrote at that point, nothing half-built.
    const cto = l.doc.getMap(PARTICIPANTS).get('cto') as { state: string } | undefined;
    expect(cto).toMatchObject({ name: 'Dana Ortiz', role: 'cto' });
    expect(l.doc.getMap(REVEALS).size).toBe(0);
    const view = await projectSession(readRaw(l.doc), sha256Now);
    expect(view.sealed.ceo?.name).toBe('Alex Kim');
    expect(view.revealed).toEqual({});
    expect(view.problems).toEqual([]);

    // The last update cut in half (the connection died mid-message): refused or held, never stored.
    const last = p.updates[p.updates.length - 1];
    for (let cut = 1; cut < last.length; cut++) {
      const w = new Y.Doc();
      const d = new Y.Doc();
      Y.applyUpdate(d, Y.encodeStateAsUpdate(l.doc));
      const before = Y.encodeStateAsUpdate(d);
      bridgeDocs(w, d, limitsFor(d), () => {}, SYNC);
      try {
        Y.applyUpdate(w, last.slice(0, cut));
      } catch {
        /* the wire doc may itself reject it */
      }
      expect(d.getMap(PARTICIPANTS).get('ceo'), `cut ${cut}`).toEqual(l.expected.participant);
      expect(d.getMap(COMMITMENTS).get('ceo'), `cut ${cut}`).toEqual(l.expected.commitment);
      expect(d.getMap(REVEALS).get('cto'), `cut ${cut}`).toBeUndefined();
      expect(d.store.pendingStructs, `cut ${cut}`).toBeNull();
      if (!d.getMap(COMMITMENTS).get('cto')) expect(Buffer.from(Y.encodeStateAsUpdate(d)).equals(Buffer.from(before)), `cut ${cut}`).toBe(true);
    }

    // Reconnect: the full state syncs and the comparison completes, ours unchanged.
    Y.applyUpdate(l.wire, Y.encodeStateAsUpdate(p.doc));
    expectMineIntact(l);
    expect(l.doc.getMap(REVEALS).get('cto')).toEqual({ payload: p.file.payload, salt: p.file.salt });
  });

  it('updates delivered out of order or with gaps are held, not half-applied, and land when the gap fills', async () => {
    const l = await localLaptop();
    const p = await partnerStream(l);
    const [first, ...rest] = p.updates;
    for (const u of rest) Y.applyUpdate(l.wire, u); // the first one is lost for now
    expectMineIntact(l);
    expect(l.doc.getMap(PARTICIPANTS).get('cto')).toBeUndefined();
    Y.applyUpdate(l.wire, first);
    expectMineIntact(l);
    expect(l.doc.getMap(COMMITMENTS).get('cto')).toMatchObject({ name: 'Dana Ortiz' });
  });

  it('garbage from a partner (random bytes, mutated updates) is refused; our entries and projection stand', async () => {
    const l = await localLaptop();
    const p = await partnerStream(l);
    const rng = prng(7);
    const good = Y.encodeStateAsUpdate(p.doc);
    for (let i = 0; i < 400; i++) {
      let bad: Uint8Array;
      if (i % 4 === 0) bad = rng.bytes(1 + rng.int(300));
      else if (i % 4 === 1) {
        bad = good.slice();
        bad[rng.int(bad.length)] ^= 1 << rng.int(8);
      } else if (i % 4 === 2) bad = good.slice(0, rng.int(good.length));
      else bad = Uint8Array.from([...good.slice(0, 5), ...rng.bytes(50), ...good.slice(5)]);
      try {
        Y.applyUpdate(l.wire, bad);
      } catch {
        /* y-webrtc's wire doc may throw: fine, it is not the trusted doc */
      }
      expect(l.mine(), `message ${i}`).toEqual(l.expected);
      expect(l.doc.store.pendingStructs, `message ${i}`).toBeNull();
      expect([...l.doc.share.keys()].every((k) => LIMITS.roots.includes(k)), `message ${i}`).toBe(true);
    }
    const view = await projectSession(readRaw(l.doc), sha256Now);
    expect(view.sealed.ceo).toMatchObject({ name: 'Alex Kim', commitment: (l.expected.commitment as { commitment: string }).commitment });
    // Whatever partner data got through verifies, or is flagged — never shown unverified.
    if (view.revealed.cto) expect(view.revealed.cto).toEqual(p.file.payload);
    for (const problem of view.problems) expect(problem.length).toBeLessThanOrEqual(500);
    // The first refusal stops the bridge: nothing later from that peer lands until a resync.
    if (l.refused.length) expect(l.bridge.stopped?.reason).toBe(l.refused[0]);
    // Well-formed but off-protocol content passes the wire doc and is refused by the guard.
    const fresh = await localLaptop();
    const evil = new Y.Doc();
    evil.getMap('answers').set('db-1', { value: 5 });
    Y.applyUpdate(fresh.wire, Y.encodeStateAsUpdate(evil));
    expect(fresh.refused.at(-1)).toMatch(/unexpected top-level entry "answers"/);
    expect(fresh.doc.share.has('answers')).toBe(false);
    expect(fresh.mine()).toEqual(fresh.expected);
  });

  it('replayed old updates (theirs and ours, any order, many times) change nothing', async () => {
    const l = await localLaptop();
    const p = await partnerStream(l);
    for (const u of p.updates) Y.applyUpdate(l.wire, u);
    const settled = Buffer.from(Y.encodeStateAsUpdate(l.doc));
    const ours: Uint8Array[] = [];
    l.doc.on('update', (u: Uint8Array) => ours.push(u));
    const rng = prng(11);
    const old = [...p.updates, Y.encodeStateAsUpdate(l.doc), Y.encodeStateAsUpdate(p.doc)];
    for (let i = 0; i < 200; i++) Y.applyUpdate(l.wire, rng.pick(old));
    expect(Buffer.from(Y.encodeStateAsUpdate(l.doc)).equals(settled)).toBe(true);
    expect(ours).toEqual([]);
    expectMineIntact(l);
    // The partner's "answering" presence, replayed after "sealed", does not roll it back.
    expect(l.doc.getMap(PARTICIPANTS).get('cto')).toMatchObject({ state: 'sealed' });
    const view = await projectSession(readRaw(l.doc), sha256Now);
    expect(view.participants.cto?.state).toBe('sealed');
    expect(view.revealed.cto).toEqual(p.file.payload);
  });

  it('a partner replaying a snapshot from before we sealed cannot un-seal us', async () => {
    const doc = new Y.Doc();
    setPresence(doc, { id: 'me', name: 'Alex Kim', role: 'ceo', state: 'answering', at: AT });
    const beforeSeal = Y.encodeStateAsUpdate(doc);
    const wire = new Y.Doc();
    bridgeDocs(wire, doc, limitsFor(doc), () => {}, SYNC);
    setPresence(doc, { id: 'me', name: 'Alex Kim', role: 'ceo', state: 'sealed', at: AT });
    publishCommitment(doc, 'ceo', { commitment: 'e'.repeat(64), sealedAt: AT, name: 'Alex Kim' });
    for (let i = 0; i < 20; i++) Y.applyUpdate(wire, beforeSeal);
    expect(doc.getMap(PARTICIPANTS).get('ceo')).toMatchObject({ state: 'sealed' });
    expect(doc.getMap(COMMITMENTS).get('ceo')).toMatchObject({ commitment: 'e'.repeat(64) });
  });
});
