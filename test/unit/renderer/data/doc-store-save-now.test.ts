// @vitest-environment node
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';

// The write a page going away can still make: its request and commit are issued in the calling
// task (no promise in between), so nothing is left for a task the page may not live to run.

describe('DexieDocStore.saveNow', () => {
  it('writes the whole doc in the calling task and commits; the row reads back', async () => {
    const db = new AccordDatabase(`accord-save-now-${Math.random()}`);
    await db.open();
    const store = new DexieDocStore(db);
    const doc = new Y.Doc();
    doc.getMap('agreement').set('matrix|cto', 'confirmed');
    expect(store.saveNow('workspace', Y.encodeStateAsUpdate(doc))).toBe(true);
    const row = await store.load('workspace');
    const back = new Y.Doc();
    Y.applyUpdate(back, row!);
    expect(back.getMap('agreement').get('matrix|cto')).toBe('confirmed');
    db.close();
  });

  it('a save asked for earlier whose write has not started does not land after it and undo it', async () => {
    const db = new AccordDatabase(`accord-save-now-order-${Math.random()}`);
    await db.open();
    const store = new DexieDocStore(db);
    const doc = new Y.Doc();
    doc.getMap('agreement').set('matrix|ceo', 'confirmed');
    const earlier = store.save('workspace', Y.encodeStateAsUpdate(doc)); // Dexie's write starts in a later task
    doc.getMap('agreement').set('matrix|cto', 'confirmed'); // the partner's confirmation arrives
    expect(store.saveNow('workspace', Y.encodeStateAsUpdate(doc))).toBe(true); // the page goes away
    await earlier;
    const back = new Y.Doc();
    Y.applyUpdate(back, (await store.load('workspace'))!);
    expect(back.getMap('agreement').toJSON()).toEqual({ 'matrix|ceo': 'confirmed', 'matrix|cto': 'confirmed' });
    db.close();
  });

  it('says it could not when the database is not open, so the caller saves the usual way', () => {
    const db = new AccordDatabase(`accord-save-now-closed-${Math.random()}`);
    expect(new DexieDocStore(db).saveNow('workspace', new Uint8Array([0, 0]))).toBe(false);
  });
});
