// @vitest-environment node
// A partner's page sends what y-webrtc applies before our guard sees anything: a delete set that
// repeats one range thousands of times over our tombstones (it changes nothing, so no update event
// and no guard fires, yet each copy walks every item), or awareness messages Accord never reads.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { deleteSetProblem, screenPeerMessage } from '../../../../renderer/sync/wire-screen';
import { chunk, frame, laptop, PARTNER, relaySuite } from './relay-fakes';

/** A doc whose map held and then lost `n` keys: one writer's clocks 0..n-1, all tombstones. */
function tombstoned(n: number): Y.Doc {
  const doc = new Y.Doc();
  const m = doc.getMap('m');
  doc.transact(() => {
    for (let i = 0; i < n; i++) m.set(`k${i}`, i);
  });
  doc.transact(() => {
    for (let i = 0; i < n; i++) m.delete(`k${i}`);
  });
  return doc;
}

/** An update with no items and one delete set listing `range` `copies` times for `client`. */
function repeatedDeletes(client: number, len: number, copies: number): Uint8Array {
  const enc = new Y.UpdateEncoderV1();
  encoding.writeVarUint(enc.restEncoder, 0); // no items
  encoding.writeVarUint(enc.restEncoder, 1); // one writer in the delete set
  enc.resetDsCurVal();
  encoding.writeVarUint(enc.restEncoder, client);
  encoding.writeVarUint(enc.restEncoder, copies);
  for (let i = 0; i < copies; i++) {
    enc.writeDsClock(0);
    enc.writeDsLen(len);
  }
  return enc.toUint8Array();
}

/** y-protocols' framing as y-webrtc sends it: message type, sync type, then the update. */
function syncMessage(kind: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 0);
  encoding.writeVarUint(enc, kind);
  encoding.writeVarUint8Array(enc, payload);
  return encoding.toUint8Array(enc);
}

describe('a delete set repeating one range over tombstones', () => {
  it('is valid Yjs that changes nothing and fires no update (no guard would see it), and is refused before it is applied', () => {
    const doc = tombstoned(500);
    const attack = repeatedDeletes(doc.clientID, 500, 1000);
    const target = new Y.Doc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(doc));
    let updates = 0;
    target.on('update', () => updates++);
    Y.applyUpdate(target, attack);
    expect(updates).toBe(0);
    expect(deleteSetProblem(attack)).toMatch(/sent deletions that repeat or overlap one another \(writer \d+\)/);
    expect(screenPeerMessage(syncMessage(2, attack))).toEqual({ pass: false, refuse: expect.stringMatching(/repeat or overlap/) });
    expect(screenPeerMessage(syncMessage(1, attack))).toMatchObject({ pass: false, refuse: expect.any(String) });
  });

  it('overlapping ranges are refused; adjacent ones (as Yjs may leave them) pass', () => {
    const enc = (ranges: [number, number][]) => {
      const e = new Y.UpdateEncoderV1();
      encoding.writeVarUint(e.restEncoder, 0);
      encoding.writeVarUint(e.restEncoder, 1);
      e.resetDsCurVal();
      encoding.writeVarUint(e.restEncoder, 7);
      encoding.writeVarUint(e.restEncoder, ranges.length);
      for (const [c, l] of ranges) {
        e.writeDsClock(c);
        e.writeDsLen(l);
      }
      return e.toUint8Array();
    };
    expect(deleteSetProblem(enc([[0, 5], [3, 5]]))).toBeDefined();
    expect(deleteSetProblem(enc([[10, 5], [0, 5]]))).toBeDefined();
    expect(deleteSetProblem(enc([[0, 5], [5, 5], [20, 1]]))).toBeUndefined();
  });
});

describe('what honest peers send passes', () => {
  it('a first sync of a doc with deletions, and each edit and delete as it happens', () => {
    const doc = tombstoned(300);
    doc.getMap('m').set('kept', 1);
    expect(screenPeerMessage(syncMessage(1, Y.encodeStateAsUpdate(doc)))).toEqual({ pass: true });
    const updates: Uint8Array[] = [];
    const live = new Y.Doc();
    live.on('update', (u: Uint8Array) => updates.push(u));
    const t = live.getText('t');
    t.insert(0, 'hello world');
    t.delete(2, 3);
    t.delete(0, 1);
    live.getMap('m').set('a', 1);
    live.getMap('m').delete('a');
    for (const u of updates) expect(screenPeerMessage(syncMessage(2, u))).toEqual({ pass: true });
    expect(screenPeerMessage(syncMessage(2, Y.mergeUpdates(updates)))).toEqual({ pass: true });
    expect(screenPeerMessage(syncMessage(0, Y.encodeStateVector(live)))).toEqual({ pass: true });
  });

  it('awareness messages (type 1) and awareness queries (type 3), which Accord never reads, are dropped without a refusal', () => {
    const awareness = encoding.createEncoder();
    encoding.writeVarUint(awareness, 1);
    encoding.writeVarUint8Array(awareness, new Uint8Array(5000));
    expect(screenPeerMessage(encoding.toUint8Array(awareness))).toEqual({ pass: false });
    expect(screenPeerMessage(new Uint8Array([3]))).toEqual({ pass: false });
  });
});

describe('through the relay', () => {
  const suite = relaySuite();

  it('a repeated delete set is refused (malformed) with the reason and not applied; an honest update still lands', async () => {
    const refused: string[] = [];
    const me = laptop(Promise.resolve(suite.key), { onRefuse: (why, kind) => refused.push(`${kind}: ${why}`) });
    const doc = tombstoned(50);
    Y.applyUpdate(me.wire, Y.encodeStateAsUpdate(doc));
    let updates = 0;
    me.wire.on('update', () => updates++);
    await me.hear(await frame(chunk(PARTNER, repeatedDeletes(doc.clientID, 50, 200)), suite.key));
    expect(refused).toEqual([expect.stringMatching(/^malformed: .*deletions that repeat or overlap/)]);
    const honest = new Y.Doc();
    honest.getMap('m').set('fine', true);
    await me.hear(await frame(chunk(PARTNER, Y.encodeStateAsUpdate(honest), { seq: 1 }), suite.key));
    expect(me.wire.getMap('m').get('fine')).toBe(true);
    expect(updates).toBe(1);
    expect(refused).toHaveLength(1);
  });
});
