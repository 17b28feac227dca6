// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkPeerUpdate, type PeerLimits } from '../../../../renderer/sync/peer-guard';
import { COMPARISON_ROOTS, comparisonRules } from '../../../../renderer/sync/comparison-doc';

// Each refusal of the guard, exactly as the screen gets it (kind, reason, pending).

const limits = (doc: Y.Doc): PeerLimits => ({ maxUpdateBytes: 64_000, maxDocBytes: 200_000, roots: COMPARISON_ROOTS, entries: comparisonRules(doc, 'ceo') });

describe('peer guard refusals', () => {
  it('something that is not binary is malformed', () => {
    const doc = new Y.Doc();
    expect(checkPeerUpdate(doc, 'hello' as unknown as Uint8Array, limits(doc))).toEqual({ ok: false, kind: 'malformed', reason: 'update is not binary' });
  });

  it('undecodable bytes are malformed and not pending', () => {
    const doc = new Y.Doc();
    const r = checkPeerUpdate(doc, new Uint8Array([200, 1, 2, 3]), limits(doc));
    expect(r).toMatchObject({ ok: false, kind: 'malformed' });
    expect('pending' in r).toBe(false);
  });

  it('an update building on what has not arrived is pending, flagged so', () => {
    const peer = new Y.Doc();
    const updates: Uint8Array[] = [];
    peer.on('update', (u: Uint8Array) => updates.push(u));
    peer.getMap('participants').set('cto', { name: 'Dana' });
    peer.getMap('participants').set('cto', { name: 'Dana B' });
    const doc = new Y.Doc();
    expect(checkPeerUpdate(doc, updates[1], limits(doc))).toEqual({ ok: false, kind: 'pending', reason: 'update depends on changes not received yet', pending: true });
  });

  it('list content at the top level is refused as not part of this document', () => {
    const peer = new Y.Doc();
    peer.getArray('reveals').push([1]);
    const doc = new Y.Doc();
    expect(checkPeerUpdate(doc, Y.encodeStateAsUpdate(peer), limits(doc))).toEqual({ ok: false, kind: 'shape', reason: 'nested or list content is not part of this document' });
  });

  it('a delete-only update that removes the partner’s own published commitment is refused, naming it', () => {
    const peer = new Y.Doc();
    peer.getMap('commitments').set('cto', { commitment: 'b'.repeat(64) });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    const before = Y.encodeStateVector(peer);
    peer.getMap('commitments').delete('cto');
    const r = checkPeerUpdate(doc, Y.encodeStateAsUpdate(peer, before), limits(doc));
    expect(r).toEqual({ ok: false, kind: 'protocol', reason: 'a peer tried to delete a published commitment' });
  });

  it('a second device writing the partner’s published commitment concurrently (no delete in its update) is refused', () => {
    const partner = new Y.Doc();
    partner.getMap('commitments').set('cto', { commitment: 'b'.repeat(64) });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(partner));
    const other = new Y.Doc(); // never saw the commitment: its write has no origin and deletes nothing
    other.getMap('commitments').set('cto', { commitment: 'f'.repeat(64) });
    expect(checkPeerUpdate(doc, Y.encodeStateAsUpdate(other), limits(doc))).toEqual({ ok: false, kind: 'protocol', reason: 'a peer tried to change a published commitment' });
  });

  it('an unknown role is named in at most 20 characters', () => {
    const peer = new Y.Doc();
    peer.getMap('reveals').set('r'.repeat(50), 1);
    const doc = new Y.Doc();
    expect(checkPeerUpdate(doc, Y.encodeStateAsUpdate(peer), limits(doc))).toEqual({ ok: false, kind: 'protocol', reason: `reveals: unknown role "${'r'.repeat(20)}"` });
  });
});
