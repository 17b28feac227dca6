// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../../shared/offsite/agenda';
import type { StoredAgenda } from '../../../../shared/offsite/agenda-store';
import { AGENDA, readAgenda, setAgendaMinutes, writeAgenda } from '../../../../renderer/sync/workspace-agenda';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { checkPeerUpdate } from '../../../../renderer/sync/peer-guard';
import { mergeKeepingLocal } from '../../../../renderer/data/merge-doc';

const agenda: StoredAgenda = {
  blocks: buildAgenda({ gaps: [{ statementId: 'db-2', title: 'Who owns dates' }], warnings: [] }),
  sourceComparison: 'gap-pins:a|b',
  startedOn: '2026-12-03',
  startTime: '09:00',
};

function synced(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('the offsite agenda in the shared workspace doc', () => {
  it('what one laptop writes, the other reads; a minutes change touches only that block', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    writeAgenda(a, agenda);
    synced(a, b);
    expect(readAgenda(b)).toEqual({ ok: true, value: agenda });
    setAgendaMinutes(b, agenda, 'gap-db-2', 35);
    synced(b, a);
    const read = readAgenda(a);
    expect(read?.ok && read.value.blocks.map((x) => x.minutes)).toEqual([10, 35, 20, 10, 5]);
  });

  it('a minutes change on one laptop and a start-time change on the other both survive (only changed entries are written)', () => {
    for (const [idA, idB] of [[1, 2], [2, 1]]) {
      const a = new Y.Doc();
      a.clientID = idA;
      const b = new Y.Doc();
      b.clientID = idB;
      writeAgenda(a, agenda);
      synced(a, b);
      setAgendaMinutes(a, agenda, 'gap-db-2', 35);
      writeAgenda(b, { ...agenda, startTime: '13:00' });
      synced(a, b);
      synced(b, a);
      for (const d of [a, b]) {
        const r = readAgenda(d);
        expect(r?.ok && [r.value.startTime, r.value.blocks[1].minutes]).toEqual(['13:00', 35]);
      }
    }
  });

  it('nothing stored reads as undefined; a partner’s malformed agenda reads as errors, not as an agenda', () => {
    const doc = new Y.Doc();
    expect(readAgenda(doc)).toBeUndefined();
    doc.getMap(AGENDA).set('blocks', '[{"id":"x","kind":"gap","title":"T","minutes":9999}]');
    const r = readAgenda(doc);
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.errors[0]).toBe('agenda.blocks[0].minutes: expected whole minutes from 1 to 240, got 9999');
  });

  it('the peer guard admits the agenda root from the partner (and still refuses unknown roots)', () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    writeAgenda(there, agenda);
    expect(checkPeerUpdate(here, Y.encodeStateAsUpdate(there), WORKSPACE_LIMITS)).toEqual({ ok: true });
    const odd = new Y.Doc();
    odd.getMap('agendaX').set('blocks', '[]');
    expect(checkPeerUpdate(here, Y.encodeStateAsUpdate(odd), WORKSPACE_LIMITS).ok).toBe(false);
  });

  it('a backup restored in merge mode brings an agenda in when this laptop has none, and keeps the local one when it has', () => {
    const backup = new Y.Doc();
    writeAgenda(backup, { ...agenda, startTime: '13:00' });
    const empty = new Y.Doc();
    empty.getMap('meta').set('v', 1);
    const merged = new Y.Doc();
    Y.applyUpdate(merged, mergeKeepingLocal(Y.encodeStateAsUpdate(empty), Y.encodeStateAsUpdate(backup)).update);
    const r1 = readAgenda(merged);
    expect(r1?.ok && r1.value.startTime).toBe('13:00');

    const local = new Y.Doc();
    writeAgenda(local, { ...agenda, startTime: '08:15' });
    const kept = new Y.Doc();
    Y.applyUpdate(kept, mergeKeepingLocal(Y.encodeStateAsUpdate(local), Y.encodeStateAsUpdate(backup)).update);
    const r2 = readAgenda(kept);
    expect(r2?.ok && r2.value.startTime).toBe('08:15');
  });

  it('a partner nesting 20,000 maps under the agenda cannot break reading it (no recursion into shared types)', () => {
    const here = new Y.Doc();
    const partner = new Y.Doc();
    partner.transact(() => {
      let m = new Y.Map<unknown>();
      partner.getMap(AGENDA).set('blocks', m);
      for (let i = 0; i < 20_000; i++) {
        const inner = new Y.Map<unknown>();
        m.set('x', inner);
        m = inner;
      }
    });
    const update = Y.encodeStateAsUpdate(partner);
    // A quarter of a megabyte, inside the workspace's size limits; the guard refuses it for its depth.
    expect(checkPeerUpdate(here, update, WORKSPACE_LIMITS)).toMatchObject({ ok: false, reason: 'shared types nested more than 4 deep' });
    // A doc saved before that limit may hold it: reading still does not recurse.
    Y.applyUpdate(here, update);
    const read = readAgenda(here);
    expect(read?.ok).toBe(false);
    expect(!read?.ok && read?.errors[0]).toMatch(/^agenda\.blocks: expected the blocks as JSON text/);
  });
});
