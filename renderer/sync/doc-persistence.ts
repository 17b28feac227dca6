import * as Y from 'yjs';
import type { VersionStore } from './version-records';

/** Where a Y.Doc's merged state is kept between runs (Dexie in the app, memory in tests). */
export interface DocStore {
  load(id: string): Promise<Uint8Array | undefined>;
  save(id: string, update: Uint8Array, meta?: string): Promise<void>;
  /** Where kept versions of a doc live (the workspace keeps them); absent = none kept. */
  versions?: VersionStore;
}

/**
 * Keep a doc persisted: load what was stored, then save the whole merged state
 * shortly after each change (one compact row per doc, no update log to replay).
 */
export async function persistDoc(doc: Y.Doc, id: string, store: DocStore, delayMs = 150): Promise<() => Promise<void>> {
  const stored = await store.load(id);
  // Stryker disable next-line ConditionalExpression: without a row, applyUpdate(undefined) throws into the catch below: the same nothing
  if (stored) {
    try {
      Y.applyUpdate(doc, stored, 'persistence');
    } catch {
      // A damaged stored doc is ignored (peers will re-sync it); the row is left for inspection.
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = undefined;
    pending = pending.then(() => store.save(id, Y.encodeStateAsUpdate(doc)));
    return pending;
  };
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin === 'persistence') return;
    if (timer === undefined) timer = setTimeout(flush, delayMs);
  };
  doc.on('update', onUpdate);
  return async () => {
    doc.off('update', onUpdate);
    if (timer !== undefined) {
      clearTimeout(timer);
      await flush();
    }
    await pending;
  };
}
