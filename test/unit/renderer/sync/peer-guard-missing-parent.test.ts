// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { bridgeDocs, type Refusal } from '../../../../renderer/sync/peer-bridge';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { addLogEntries } from '../../../../renderer/sync/workspace-mutations';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { createLogEntry } from '../../../../shared/workspace/log';

// Yjs keeps an item whose parent (a nested type, named by id) has not arrived aside, and
// integrates it when the parent comes — inside a later update whose check never saw it. The
// partner sends the content first (three writers' 9,999 items each, every one too small for the
// per-type cap on its own) and the empty list cell after.

function victimDoc(): Y.Doc {
  const victim = new Y.Doc();
  seedIfEmpty(victim, new Date(2026, 10, 1));
  addLogEntries(victim, [createLogEntry({ kind: 'decision', what: 'Hire', options: ['now'] }, { now: new Date(2026, 10, 1), id: 'row' })]);
  return victim;
}

const cellOf = (doc: Y.Doc) => (doc.getMap('log').get('row') as Y.Map<unknown>).get('flood') as Y.Array<unknown> | undefined;

/** `cell`: a new list cell in the row (writer A); `content`: 29,997 items in it (writers B1–B3). */
function craft(victim: Y.Doc): { content: Uint8Array; cell: Uint8Array } {
  const a = new Y.Doc();
  Y.applyUpdate(a, Y.encodeStateAsUpdate(victim));
  const sv0 = Y.encodeStateVector(a);
  a.transact(() => (a.getMap('log').get('row') as Y.Map<unknown>).set('flood', new Y.Array()));
  const cell = Y.encodeStateAsUpdate(a, sv0);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sv1 = Y.encodeStateVector(b);
  for (let i = 0; i < 3; i++) {
    const w = new Y.Doc();
    Y.applyUpdate(w, Y.encodeStateAsUpdate(b));
    w.transact(() => cellOf(w)!.push(new Array(9_999).fill(null)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(w));
  }
  return { content: Y.encodeStateAsUpdate(b, sv1), cell };
}

describe('content whose parent has not arrived', () => {
  it('is pending, not taken: it cannot land later inside another update, past the per-type cap', () => {
    const victim = victimDoc();
    const { content, cell } = craft(victim);
    const verdict = checkPeerUpdate(victim, content, WORKSPACE_LIMITS);
    expect(verdict).toMatchObject({ ok: false, kind: 'pending' });
    // Had it been applied, Yjs would have kept it aside and the cell's own update would bring it in.
    expect(checkPeerUpdate(victim, cell, WORKSPACE_LIMITS)).toEqual({ ok: true });
    Y.applyUpdate(victim, cell, PEER_ORIGIN);
    expect(cellOf(victim)?.length).toBe(0);
    // Held with the cell, the two are checked as one, and the cap holds.
    expect(checkPeerUpdate(victim, Y.mergeUpdates([content]), WORKSPACE_LIMITS)).toMatchObject({ ok: false, kind: 'size' });
  });

  it('through the bridge (the wire forwards only integrated content) it was refused already', () => {
    const victim = victimDoc();
    const wire = new Y.Doc();
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(victim));
    const refusals: Refusal[] = [];
    bridgeDocs(wire, victim, WORKSPACE_LIMITS, (r) => refusals.push(r), { schedule: (fn) => fn() });
    const { content, cell } = craft(victim);
    Y.applyUpdate(wire, content);
    Y.applyUpdate(wire, cell);
    expect(refusals.map((r) => r.kind)).toEqual(['size']);
    expect(cellOf(victim)).toBeUndefined();
  });
});
