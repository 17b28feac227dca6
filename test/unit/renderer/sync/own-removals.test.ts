// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { watchOwnRemovals } from '../../../../renderer/sync/own-removals';
import { applyOps, parkItem, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { itemsOf, readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { actionIdOf, captureToOps, logIdOf } from '../../../../shared/offsite/capture-ops';
import { confirm, readBets } from '../../../../renderer/sync/workspace-agreement';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import { receiveFromPartner } from './partner-update';
import { meta, seeded } from './offsite-fixtures';
import { DECISION, parkOwn, parked, writeOwn } from './own-items';

/*
 * The partner's laptop removing ONE capture or parked item this laptop wrote stayed under the
 * mass-delete threshold: it was simply gone, with nothing said. Now it is listed, with its content
 * as it stood, and restored in one step. Two real docs: the partner's change is made on a copy and
 * received through the peer guard (partner-update.ts).
 */
const NOW = () => new Date('2026-11-26T11:00:00.000Z');

beforeEach(() => localStorage.clear());

describe("the partner's laptop removes one item this laptop wrote", () => {
  it('a capture: listed with its words, and restore writes it back exactly as written, for the partner too', () => {
    const doc = seeded();
    const mine = writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));

    expect(readOffsite(doc).captures).toEqual([]);
    expect(watch.current()).toEqual([{ kind: 'capture', item: mine, changed: false, at: '2026-11-26T11:00:00.000Z' }]);

    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(partner);
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(readOffsite(doc).captures).toEqual([mine]);
    expect(watch.current()).toEqual([]);
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(doc, sv));
    expect(readOffsite(partner).captures).toEqual([mine]);
    watch.destroy();
  });

  it('a parked item: the same', () => {
    const doc = seeded();
    parkOwn(doc, parked('park-1', 'Office move'));
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('parking').delete('park-1'));
    expect(watch.current().map((r) => [r.kind, r.item.id])).toEqual([['parked', 'park-1']]);
    expect(watch.restore('parked:park-1')).toBe(true);
    expect(readOffsite(doc).parked).toEqual([parked('park-1', 'Office move')]);
    watch.destroy();
  });

  it('a decision whose log entry went with it: restore brings the entry back too', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(logIdOf('cap-1'));
    });
    expect(readWorkspace(doc).log.some((e) => e.id === logIdOf('cap-1'))).toBe(false);
    watch.restore('capture:cap-1');
    expect(readWorkspace(doc).log.find((e) => e.id === logIdOf('cap-1'))?.what).toBe('Ship the beta by March');
    watch.destroy();
  });

  it('an action whose action line went with it: restore brings the line back too', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-a', { kind: 'action', text: 'Draft the hiring plan', owner: 'CTO', due: '2026-12-10' });
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-a');
      p.getMap('actions').delete(actionIdOf('cap-a'));
    });
    watch.restore('capture:cap-a');
    expect(doc.getMap('actions').get(actionIdOf('cap-a'))).toMatchObject({ captureId: 'cap-a', text: 'Draft the hiring plan' });
    expect(readOffsite(doc)).toMatchObject({ actions: [{ id: actionIdOf('cap-a') }], dropped: [] });
    watch.destroy();
  });

  it('replaced by something no reader takes for a capture is a removal too', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('captures').set('cap-1', 0));
    expect(watch.current()).toHaveLength(1);
    watch.destroy();
  });

  it('one the partner changed first, then removed, is listed as changed and comes back as it was removed', () => {
    const doc = seeded();
    const mine = writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    const reworded = { ...mine, text: 'Ship the beta in June' };
    receiveFromPartner(doc, (p) => p.getMap('captures').set('cap-1', reworded));
    expect(watch.current()).toEqual([]); // a change, not a removal: the list says it changed
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    expect(watch.current().map((r) => r.changed)).toEqual([true]);
    watch.restore('capture:cap-1');
    expect(readOffsite(doc).captures).toEqual([reworded]);
    watch.destroy();
  });

  it('survives a reload: the list and what restore writes back are kept on this laptop', () => {
    const doc = seeded();
    const mine = writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    watch.destroy();

    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc), 'persistence');
    const again = watchOwnRemovals(reloaded, { origin: PEER_ORIGIN, now: NOW });
    expect(again.current().map((r) => r.item)).toEqual([mine]);
    again.restore('capture:cap-1');
    expect(readOffsite(reloaded).captures).toEqual([mine]);
    again.destroy();
    expect(watchOwnRemovals(reloaded, { origin: PEER_ORIGIN }).current()).toEqual([]);
  });

  it('back by another way (the partner put it back): no longer listed; kept removed: no longer listed', () => {
    const doc = seeded();
    const mine = writeOwn(doc, 'cap-1');
    parkOwn(doc, parked('park-1', 'Office move'));
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      p.getMap('parking').delete('park-1');
    });
    expect(watch.current()).toHaveLength(2);
    receiveFromPartner(doc, (p) => p.getMap('captures').set('cap-1', mine));
    expect(watch.current().map((r) => r.kind)).toEqual(['parked']);
    watch.dismiss('parked:park-1');
    expect(watch.current()).toEqual([]);
    expect(readOffsite(doc).parked).toEqual([]);
    watch.destroy();
  });
});

describe('nothing is listed', () => {
  it("when this laptop removes its own item (a local change), or the partner removes the partner's own", () => {
    const doc = seeded();
    writeOwn(doc, 'cap-1');
    parkOwn(doc, parked('park-1', 'Office move'));
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    doc.transact(() => {
      doc.getMap('captures').delete('cap-1');
      doc.getMap('parking').delete('park-1');
    });
    expect(watch.current()).toEqual([]);

    receiveFromPartner(doc, (p) => parkItem(p, parked('park-theirs', 'Travel budget')));
    receiveFromPartner(doc, (p) => p.getMap('parking').delete('park-theirs'));
    expect(watch.current()).toEqual([]);
    watch.destroy();
  });
});

describe('more removals than the list keeps', () => {
  /*
   * Review (dishonest partner): the list keeps the newest 20 with their content. Removing one of the
   * leader's items, then 20 more a few at a time (each change under the mass-delete threshold), pushed
   * the first out of the list; putting the 20 back cleared them: the first was gone, with nothing said.
   */
  it('one pushed out of the list is still counted, across a reload, until it is back', () => {
    const doc = seeded();
    parkOwn(doc, parked('park-target', 'Board seat for the CTO'));
    const others = Array.from({ length: 20 }, (_, i) => parked(`park-${i}`, `Item ${i}`));
    others.forEach((p) => parkOwn(doc, p));
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('parking').delete('park-target'));
    for (const o of others) receiveFromPartner(doc, (p) => p.getMap('parking').delete(o.id));
    expect(watch.current()).toHaveLength(20);
    expect(watch.current().some((r) => r.item.id === 'park-target')).toBe(false);
    expect(watch.unlisted()).toBe(1);

    for (const o of others) receiveFromPartner(doc, (p) => parkItem(p, o));
    expect(watch.current()).toEqual([]);
    expect(watch.unlisted()).toBe(1);
    watch.destroy();

    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc), 'persistence');
    const again = watchOwnRemovals(reloaded, { origin: PEER_ORIGIN, now: NOW });
    expect(again.unlisted()).toBe(1);
    receiveFromPartner(reloaded, (p) => parkItem(p, parked('park-target', 'Board seat for the CTO')));
    expect(again.unlisted()).toBe(0);
    again.destroy();
  });

  it('kept removed: no longer counted', () => {
    const doc = seeded();
    const all = Array.from({ length: 21 }, (_, i) => parked(`park-${i}`, `Item ${i}`));
    all.forEach((p) => parkOwn(doc, p));
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    for (const o of all) receiveFromPartner(doc, (p) => p.getMap('parking').delete(o.id));
    expect([watch.current().length, watch.unlisted()]).toEqual([20, 1]);
    watch.dismissUnlisted();
    expect([watch.current().length, watch.unlisted()]).toEqual([20, 0]);
    watch.destroy();
    expect(watchOwnRemovals(doc, { origin: PEER_ORIGIN }).unlisted()).toBe(0);
  });
});

describe("the partner's laptop removes a capture it wrote that this laptop's leader agreed to", () => {
  /** A capture the partner wrote (no own-write record here), on this laptop's doc. */
  function writtenByPartner(doc: Y.Doc, id: string) {
    const r = captureToOps(DECISION, { ...meta(id), author: 'cto', authorName: 'Blake Moreau' }, { workspace: readWorkspace(doc), bets: readBets(doc) });
    if (!r.ok) throw new Error(r.error);
    applyOps(doc, r.ops);
    return r.capture;
  }

  it('is listed as agreed here (an agreement gone with it), and restore writes it back as it was agreed', () => {
    const doc = seeded();
    const theirs = writtenByPartner(doc, 'cap-p');
    confirm(doc, captureKey('cap-p'), captureHash(theirs), [{ role: 'ceo', name: 'Alex Kim' }], 'live');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-p'));
    expect(watch.current()).toEqual([{ kind: 'capture', item: theirs, changed: false, at: '2026-11-26T11:00:00.000Z', confirmedHere: true }]);
    expect(watch.restore('capture:cap-p')).toBe(true);
    expect(readOffsite(doc).captures).toEqual([theirs]);
    watch.destroy();
  });

  it('one confirmed here in other words (changed since: no longer what was agreed) is not listed', () => {
    const doc = seeded();
    writtenByPartner(doc, 'cap-p');
    confirm(doc, captureKey('cap-p'), 'f'.repeat(32), [{ role: 'ceo', name: 'Alex Kim' }], 'live');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-p'));
    expect(watch.current()).toEqual([]);
    watch.destroy();
  });
});
