// @vitest-environment node
// persistDoc's saved()/allSaved(): what the comparison's reveal waits for (the partner's commitment
// on this laptop's disk before our answers leave; see ComparisonController.storePartner).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { persistDoc, type DocStore } from '../../../../renderer/sync/doc-persistence';

/** Rows in a map; `hold` keeps saves from landing, `fail` makes them fail, until changed. */
function store() {
  const rows: Record<string, Uint8Array> = {};
  let saves = 0;
  let fail = false;
  let release: (() => void) | undefined;
  let gate: Promise<void> | undefined;
  const docs: DocStore = {
    async load(id) {
      return rows[id];
    },
    async save(id, update) {
      saves++;
      if (gate) await gate;
      if (fail) throw new Error('the disk is full');
      rows[id] = update;
    },
  };
  return {
    docs,
    saves: () => saves,
    stored: (id: string) => {
      const d = new Y.Doc();
      if (rows[id]) Y.applyUpdate(d, rows[id]);
      return d.getMap('m').toJSON();
    },
    hold() {
      gate = new Promise((r) => (release = r));
    },
    release() {
      gate = undefined;
      release?.();
    },
    failing(on: boolean) {
      fail = on;
    },
  };
}

const settled = (p: Promise<void>) => p.then(() => 'saved', () => 'failed');

describe('persistDoc: saved() and allSaved()', () => {
  it('say when every change so far is on disk: not before the save holding it lands', async () => {
    const s = store();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'c', s.docs, 150);
    expect(stop.allSaved()).toBe(true);
    s.hold();
    doc.getMap('m').set('theirs', 'commitment');
    expect(stop.allSaved()).toBe(false);
    let done = false;
    const saved = stop.saved().then(() => (done = true));
    // The delay is not waited out: the save starts now, and is in flight.
    await new Promise((r) => setTimeout(r, 0));
    expect(s.saves()).toBe(1);
    expect(done).toBe(false);
    expect(stop.allSaved()).toBe(false);
    // A second ask while that save runs waits for it: no second save.
    const again = stop.saved();
    s.release();
    await Promise.all([saved, again]);
    expect(s.stored('c')).toEqual({ theirs: 'commitment' });
    expect(stop.allSaved()).toBe(true);
    expect(s.saves()).toBe(1);
    await stop();
  });

  it('a failed save rejects; asking again saves again, and resolves once that lands', async () => {
    const s = store();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'c', s.docs, 150);
    s.failing(true);
    doc.getMap('m').set('theirs', 'commitment');
    expect(await settled(stop.saved())).toBe('failed');
    expect(stop.allSaved()).toBe(false);
    s.failing(false);
    expect(await settled(stop.saved())).toBe('saved');
    expect(s.stored('c')).toEqual({ theirs: 'commitment' });
    expect(stop.allSaved()).toBe(true);
    await stop();
  });

  it('a change made after the ask is not promised: allSaved is false again until it is saved', async () => {
    const s = store();
    const doc = new Y.Doc();
    const stop = await persistDoc(doc, 'c', s.docs, 150);
    doc.getMap('m').set('a', 1);
    await stop.saved();
    doc.getMap('m').set('b', 2);
    expect(stop.allSaved()).toBe(false);
    await stop.saved();
    expect(s.stored('c')).toEqual({ a: 1, b: 2 });
    await stop();
  });
});
