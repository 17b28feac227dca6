import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';

// The partner is the adversary: plain yjs, its update through the peer guard as peer-bridge applies it.

describe('a workspace update of many empty rows (plain yjs, well under the size limits)', () => {
  it('is read: the rows with their problems, not a stack overflow that blanks the workspace and the plan', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(doc);
    // Each an empty map: a log entry with every field missing, so each brings a few validation problems.
    partner.transact(() => {
      const log = partner.getMap('log');
      for (let i = 0; i < 60_000; i++) log.set(`e${i.toString(36)}`, new Y.Map());
    });
    const update = Y.encodeStateAsUpdate(partner, sv);
    expect(update.byteLength).toBeLessThan(1_000_000);
    expect(checkPeerUpdate(doc, update, WORKSPACE_LIMITS)).toEqual({ ok: true });
    Y.applyUpdate(doc, update, PEER_ORIGIN);

    // Before: "RangeError: Maximum call stack size exceeded" (every problem spread into one call).
    const ws = readWorkspace(doc);
    expect(ws.log.length).toBeGreaterThanOrEqual(60_000);
    expect(ws.matrix.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('a flood of empty rows beyond what any workspace holds', () => {
  it('is refused by the guard, counted across updates, so no read of the workspace freezes on it', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2026, 10, 26));
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(doc));
    const send = (from: number, n: number) => {
      const sv = Y.encodeStateVector(doc);
      partner.transact(() => {
        const log = partner.getMap('log');
        for (let i = from; i < from + n; i++) log.set(`e${i.toString(36)}`, new Y.Map());
      });
      const update = Y.encodeStateAsUpdate(partner, sv);
      const verdict = checkPeerUpdate(doc, update, WORKSPACE_LIMITS);
      if (verdict.ok) Y.applyUpdate(doc, update, PEER_ORIGIN);
      return { verdict, bytes: update.byteLength };
    };
    // 100,000 rows: more than the bench's 50,000-entry log, still taken.
    expect(send(0, 100_000).verdict).toEqual({ ok: true });
    // Overwriting rows already held adds no entries: taken.
    expect(send(0, 10).verdict).toEqual({ ok: true });
    // 60,000 more, each update well under the byte limits: over the 150,000 entries in all.
    const more = send(100_000, 60_000);
    expect(more.bytes).toBeLessThan(1_000_000);
    expect(more.verdict).toMatchObject({ ok: false, kind: 'size', reason: expect.stringMatching(/^60000 new top-level entries would make \d+, over the 150000-entry limit$/) });
    expect(readWorkspace(doc).log.length).toBeLessThan(150_000);
  }, 120_000);
});
