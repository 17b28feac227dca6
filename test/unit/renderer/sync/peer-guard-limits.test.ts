// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkPeerUpdate, type EntryRules, type PeerLimits } from '../../../../renderer/sync/peer-guard';

// Where the guard's limits sit exactly, and the names its refusals quote (cut short, since
// the partner chooses them).

const limits = (patch: Partial<PeerLimits> = {}): PeerLimits => ({ maxUpdateBytes: 10_000, maxDocBytes: 100_000, roots: ['participants'], ...patch });
/** Rules that allow every write and report every delete with the root and key they were given. */
const openRules = (maxValueBytes = 10_000): EntryRules => ({
  maxValueBytes,
  has: () => false,
  write: () => undefined,
  remove: (root, key) => `remove root=${JSON.stringify(root)} key=${String(key)}`,
});
function update(build: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  build(doc);
  return Y.encodeStateAsUpdate(doc);
}
const one = update((d) => d.getMap('participants').set('cto', 'x'.repeat(100)));

describe('peer guard limits, exactly', () => {
  it('an update of exactly the per-message limit passes; over it is refused naming both sizes', () => {
    const n = one.byteLength;
    expect(checkPeerUpdate(new Y.Doc(), one, limits({ maxUpdateBytes: n }))).toEqual({ ok: true });
    expect(checkPeerUpdate(new Y.Doc(), one, limits({ maxUpdateBytes: n - 1 }))).toEqual({
      ok: false,
      kind: 'size',
      reason: `update of ${n} bytes is over the ${n - 1}-byte limit`,
    });
  });

  it('a document that would reach exactly its cap passes; over it is refused naming the size it would reach', () => {
    const n = one.byteLength;
    expect(checkPeerUpdate(new Y.Doc(), one, limits({ maxDocBytes: 500 + n }), 500)).toEqual({ ok: true });
    expect(checkPeerUpdate(new Y.Doc(), one, limits({ maxDocBytes: 499 + n }), 500)).toEqual({
      ok: false,
      kind: 'size',
      reason: `document would grow to ${500 + n} bytes, over the ${499 + n}-byte limit`,
    });
  });

  it('a value of exactly the entry limit passes; over it is refused, quoting at most 20 characters of the key', () => {
    const key = `cto-${'k'.repeat(40)}`;
    const u = update((d) => d.getMap('participants').set(key, 'x'.repeat(100)));
    const bytes = JSON.stringify(['x'.repeat(100)]).length;
    expect(checkPeerUpdate(new Y.Doc(), u, limits({ entries: openRules(bytes) }))).toEqual({ ok: true });
    expect(checkPeerUpdate(new Y.Doc(), u, limits({ entries: openRules(bytes - 1) }))).toEqual({
      ok: false,
      kind: 'size',
      reason: `participants.${key.slice(0, 20)}: value of ${bytes} bytes is over the ${bytes - 1}-byte limit`,
    });
  });
});

describe('names the partner chooses are quoted cut short', () => {
  it('an unexpected root is quoted to 40 characters', () => {
    const root = 'r'.repeat(39) + 'STOP' + 'r'.repeat(60);
    const u = update((d) => d.getMap(root).set('cto', 1));
    expect(checkPeerUpdate(new Y.Doc(), u, limits())).toEqual({ ok: false, kind: 'shape', reason: `unexpected top-level entry "${'r'.repeat(39)}S"` });
  });

  it('text under a key is refused as not plain, quoting 20 characters of the key', () => {
    const key = 'a'.repeat(19) + 'BCDEF';
    const u = update((d) => d.getMap('participants').set(key, new Y.Text('hi')));
    expect(checkPeerUpdate(new Y.Doc(), u, limits({ entries: openRules() }))).toEqual({
      ok: false,
      kind: 'shape',
      reason: `participants.${'a'.repeat(19)}B: only plain values are allowed here`,
    });
  });

  it('a delete inside nested content reaches the rules with an empty root, not a made-up one', () => {
    const local = new Y.Doc();
    const nested = new Y.Map<number>();
    local.getMap('participants').set('cto', nested);
    nested.set('inner', 1);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(local));
    const before = Y.encodeStateVector(peer);
    (peer.getMap('participants').get('cto') as Y.Map<number>).delete('inner');
    const r = checkPeerUpdate(local, Y.encodeStateAsUpdate(peer, before), limits({ entries: openRules() }));
    expect(r).toEqual({ ok: false, kind: 'protocol', reason: 'remove root="" key=undefined' });
  });
});
