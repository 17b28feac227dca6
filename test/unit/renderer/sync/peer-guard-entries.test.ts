// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { bridgeDocs, type Refusal } from '../../../../renderer/sync/peer-bridge';
import { checkPeerUpdate, PEER_ORIGIN, type PeerCheck, type PeerLimits } from '../../../../renderer/sync/peer-guard';
import { countEntries, heldEntries } from '../../../../renderer/sync/entry-tally';
import { readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { addLogEntries } from '../../../../renderer/sync/workspace-mutations';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { createLogEntry } from '../../../../shared/workspace/log';

// The partner is the adversary: it may not add more than 150,000 rows, so it puts its flood
// *inside* rows (a row's keys, a list cell's items), in many small updates, each well within
// the byte limits. Every read of such a row — and of the workspace — walks all of it.

/** The victim's seeded workspace with one log row, and a partner holding the same state. */
function pair(): { victim: Y.Doc; partner: Y.Doc } {
  const victim = new Y.Doc();
  seedIfEmpty(victim, new Date(2026, 10, 1));
  addLogEntries(victim, [createLogEntry({ kind: 'decision', what: 'Hire a second SRE', options: ['now', 'Q3'] }, { now: new Date(2026, 10, 1), id: 'row' })]);
  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
  return { victim, partner };
}

/** The partner's change as one update, checked as peer-bridge does and applied only when accepted. */
function send(victim: Y.Doc, partner: Y.Doc, change: () => void, limits: PeerLimits = WORKSPACE_LIMITS): { verdict: PeerCheck; bytes: number } {
  const before = Y.encodeStateVector(victim);
  partner.transact(change);
  const update = Y.encodeStateAsUpdate(partner, before);
  const verdict = checkPeerUpdate(victim, update, limits);
  if (verdict.ok) Y.applyUpdate(victim, update, PEER_ORIGIN);
  return { verdict, bytes: update.byteLength };
}

const rowOf = (doc: Y.Doc, id = 'row') => doc.getMap('log').get(id) as Y.Map<unknown>;

describe('a flood of keys inside one row', () => {
  it('is refused when the row would pass 10,000 entries, across small updates, through the bridge; the doc keeps what it had', () => {
    const { victim, partner } = pair();
    const wire = new Y.Doc();
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(victim));
    const refusals: Refusal[] = [];
    const bridge = bridgeDocs(wire, victim, WORKSPACE_LIMITS, (r) => refusals.push(r), { schedule: (fn) => fn() });
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(wire));
    const fields = rowOf(victim).size;
    // 1,000 new keys an update (about 16 KB each): the first nine are taken.
    let sent = 0;
    const flood = () => {
      const sv = Y.encodeStateVector(wire);
      partner.transact(() => {
        for (let i = 0; i < 1000; i++) rowOf(partner).set(`k${sent++}`, 0);
      });
      const update = Y.encodeStateAsUpdate(partner, sv);
      expect(update.byteLength).toBeLessThan(20_000);
      Y.applyUpdate(wire, update);
    };
    for (let n = 0; n < 9; n++) flood();
    expect(refusals).toEqual([]);
    expect(rowOf(victim).size).toBe(fields + 9000);
    const before = Y.encodeStateAsUpdate(victim);
    const held = heldEntries(victim);
    flood();
    expect(refusals).toEqual([
      { kind: 'size', reason: `log.row: 1000 new entries would make ${fields + 10_000} in one nested map or list, over the 10000-entry limit` },
    ]);
    // Nothing of the refused update reached the doc.
    expect(Y.encodeStateAsUpdate(victim)).toEqual(before);
    expect(rowOf(victim).size).toBe(fields + 9000);
    expect(heldEntries(victim)).toBe(held);
    bridge.close();
  });

  it('counts an overwrite of a key the row already holds as nothing, in one update and across many', () => {
    const { victim, partner } = pair();
    const held = heldEntries(victim);
    // 30 updates, each overwriting the same 600 keys 2 times: 36,000 writes, 600 keys.
    for (let n = 0; n < 30; n++) {
      const { verdict } = send(victim, partner, () => {
        for (let twice = 0; twice < 2; twice++) for (let i = 0; i < 600; i++) rowOf(partner).set(`k${i}`, n);
      });
      expect(verdict).toEqual({ ok: true });
    }
    expect(heldEntries(victim)).toBe(held + 600);
    expect(heldEntries(victim)).toBe(countEntries(victim));
    // The row's own fields, overwritten, add nothing either.
    expect(send(victim, partner, () => rowOf(partner).set('status', 'closed'), { ...WORKSPACE_LIMITS, maxEntries: heldEntries(victim) })).toMatchObject({ verdict: { ok: true } });
  });

  it('refuses a list cell grown past 10,000 items, one push at a time, naming the cell', () => {
    const { victim, partner } = pair();
    const options = () => rowOf(partner).get('options') as Y.Array<string>;
    for (let n = 0; n < 4; n++) {
      expect(send(victim, partner, () => options().push(Array.from({ length: 2499 }, (_, i) => `o${n}-${i}`))).verdict).toEqual({ ok: true });
    }
    // 2 options + 4 × 2,499 = 9,998: two more are taken, three are not.
    expect(send(victim, partner, () => options().push(['a', 'b'])).verdict).toEqual({ ok: true });
    const refused = send(victim, partner, () => options().push(['x']));
    expect(refused.verdict).toEqual({ ok: false, kind: 'size', reason: 'log.row.options: 1 new entry would make 10001 in one nested map or list, over the 10000-entry limit' });
    expect((rowOf(victim).get('options') as Y.Array<string>).length).toBe(10_000);
  });

  it('refuses keys inside a nested type the same update creates', () => {
    const { victim, partner } = pair();
    const { verdict } = send(victim, partner, () => {
      const values = new Y.Map<number>();
      rowOf(partner).set('values', values);
      for (let i = 0; i < 10_001; i++) values.set(`m${i}`, i);
    });
    expect(verdict).toEqual({ ok: false, kind: 'size', reason: 'log.row.values: 10001 new entries would make 10001 in one nested map or list, over the 10000-entry limit' });
    expect(rowOf(victim).has('values')).toBe(false);
  });
});

describe('a flood of keys spread over many rows', () => {
  // The whole-document cap at 1,500,000 is the same check; a small cap keeps the test light.
  const limits: PeerLimits = { ...WORKSPACE_LIMITS, maxEntries: 20_000 };

  it('is refused once the whole document would hold more entries than the cap, naming where most land', () => {
    const { victim, partner } = pair();
    const start = heldEntries(victim);
    let row = 0;
    const floodRows = () =>
      send(
        victim,
        partner,
        () => {
          for (let r = 0; r < 3; r++) {
            const m = new Y.Map<unknown>();
            partner.getMap('log').set(`flood${row++}`, m);
            for (let i = 0; i < 1000; i++) m.set(`k${i}`, 0);
          }
        },
        limits,
      );
    // Each update: 3 rows of 1,000 keys (3,003 entries), far inside the per-row cap.
    const taken = Math.floor((20_000 - start) / 3003);
    for (let n = 0; n < taken; n++) expect(floodRows().verdict).toEqual({ ok: true });
    const before = Y.encodeStateAsUpdate(victim);
    const refused = floodRows().verdict;
    expect(refused).toMatchObject({ ok: false, kind: 'size' });
    expect(refused.ok || refused.reason).toBe(
      `3003 new entries (map keys and list items, at any depth) would make ${start + (taken + 1) * 3003}, over the 20000-entry limit; most of them (1000) in log.flood${taken * 3}`,
    );
    expect(Y.encodeStateAsUpdate(victim)).toEqual(before);
  });

  it('counts what the laptop itself added since the count started, and what its deletes freed', () => {
    const { victim } = pair();
    const held = heldEntries(victim);
    const cap = { ...WORKSPACE_LIMITS, maxEntries: held + 1000 };
    // The victim's own 600 entries leave the partner room for fewer than 1,000.
    victim.transact(() => {
      const mine = new Y.Map<unknown>();
      victim.getMap('log').set('mine', mine);
      for (let i = 0; i < 599; i++) mine.set(`k${i}`, 0);
    });
    // The partner's 500 new keys in the row, made from what the victim holds now.
    const add500 = () => {
      const partner = new Y.Doc();
      Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
      return send(victim, partner, () => {
        for (let i = 0; i < 500; i++) rowOf(partner).set(`p${i}`, 0);
      }, cap);
    };
    expect(add500().verdict).toMatchObject({ ok: false, reason: /would make \d+, over the \d+-entry limit; most of them \(500\) in log\.row$/ });
    // Deleting its row (its 599 keys go with it; the key 'mine' stays in the log map) makes room.
    victim.getMap('log').delete('mine');
    expect(add500().verdict).toEqual({ ok: true });
  });
});

describe('honest workspaces', () => {
  it('a 50,000-entry decision log with its options and the seeded artifacts syncs whole, and takes later edits', () => {
    const author = new Y.Doc();
    seedIfEmpty(author, new Date(2026, 10, 1));
    const now = new Date(2026, 10, 1);
    for (let start = 0; start < 50_000; start += 10_000) {
      addLogEntries(
        author,
        Array.from({ length: 10_000 }, (_, k) =>
          createLogEntry({ kind: 'decision', what: `Sample decision ${start + k}`, decidedBy: 'CEO', forum: 'Weekly 1:1', options: ['build', 'buy'] }, { now, id: `log-sample-${start + k}` }),
        ),
      );
    }
    // About 600,000 entries: well under the 1,500,000 cap.
    expect(countEntries(author)).toBeGreaterThan(550_000);
    expect(countEntries(author)).toBeLessThan(WORKSPACE_LIMITS.maxEntries! / 2);
    const victim = new Y.Doc();
    seedIfEmpty(victim, now);
    const whole = Y.encodeStateAsUpdate(author, Y.encodeStateVector(victim));
    expect(checkPeerUpdate(victim, whole, WORKSPACE_LIMITS)).toEqual({ ok: true });
    Y.applyUpdate(victim, whole, PEER_ORIGIN);
    expect(heldEntries(victim)).toBe(countEntries(victim));
    // A later edit: a new row, an option added, a status changed.
    const sv = Y.encodeStateVector(victim);
    author.transact(() => {
      addLogEntries(author, [createLogEntry({ kind: 'risk', what: 'One more' }, { now, id: 'later' })]);
      ((author.getMap('log').get('log-sample-7') as Y.Map<unknown>).get('options') as Y.Array<string>).push(['wait']);
      (author.getMap('log').get('log-sample-8') as Y.Map<unknown>).set('status', 'decided');
    });
    expect(checkPeerUpdate(victim, Y.encodeStateAsUpdate(author, sv), WORKSPACE_LIMITS)).toEqual({ ok: true });
    expect(readWorkspace(victim).log.length).toBeGreaterThanOrEqual(50_000);
  }, 120_000);
});
