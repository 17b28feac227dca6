// @vitest-environment node
// persistDoc over an in-memory DocStore whose one save fails (a full disk): that failure must
// not stick to every later save and to close (Leave then failed for good, see compare-store).
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { persistDoc, type DocStore } from '../../../../renderer/sync/doc-persistence';

function storeFailingOnce() {
  const rows: Record<string, Uint8Array> = {};
  let failNext = false;
  let attempts = 0;
  const store: DocStore = {
    async load(id) {
      return rows[id];
    },
    async save(id, update) {
      attempts++;
      if (failNext) {
        failNext = false;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      rows[id] = update;
    },
  };
  return { store, rows, attempts: () => attempts, failOnce: () => (failNext = true) };
}

const stored = (row: Uint8Array | undefined) => {
  const doc = new Y.Doc();
  if (row) Y.applyUpdate(doc, row);
  return doc.getMap('m').toJSON();
};

/** A persisted doc whose first save (of { a: 1 }) failed. */
async function afterAFailedSave() {
  const s = storeFailingOnce();
  const doc = new Y.Doc();
  const close = await persistDoc(doc, 'd', s.store, 0);
  s.failOnce();
  doc.getMap('m').set('a', 1);
  await vi.waitFor(() => expect(s.attempts()).toBe(1));
  return { s, doc, close };
}

describe('persistDoc after a failed save', () => {
  it('a later save lands and close succeeds', async () => {
    const { s, doc, close } = await afterAFailedSave();
    expect(s.rows.d).toBeUndefined(); // that save failed

    doc.getMap('m').set('b', 2);
    await vi.waitFor(() => expect(stored(s.rows.d)).toEqual({ a: 1, b: 2 }));
    doc.getMap('m').set('c', 3);
    await expect(close()).resolves.toBeUndefined();
    expect(stored(s.rows.d)).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('close still reports a failed save that no later save made good', async () => {
    const { close } = await afterAFailedSave();
    await expect(close()).rejects.toThrow('quota');
  });
});
