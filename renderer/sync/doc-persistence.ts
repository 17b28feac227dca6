import * as Y from 'yjs';
import type { VersionStore } from './version-records';

/** Where a Y.Doc's merged state is kept between runs (Dexie in the app, memory in tests). */
export interface DocStore {
  load(id: string): Promise<Uint8Array | undefined>;
  save(id: string, update: Uint8Array, meta?: string): Promise<void>;
  /**
   * Writes at once, in the calling task, and asks the store to commit without waiting for
   * anything (IndexedDB's transaction.commit()): what a page that is going away can still do.
   * False when it cannot (the store is not open yet); `save` is then the only way.
   */
  saveNow?(id: string, update: Uint8Array): boolean;
  /** Where kept versions of a doc live (the workspace keeps them); absent = none kept. */
  versions?: VersionStore;
}

/**
 * Keep a doc persisted: load what was stored, then save the whole merged state
 * shortly after each change (one compact row per doc, no update log to replay).
 */
export interface PersistOptions {
  /**
   * Changes of these origins are saved at once (a timer of 0), not after `delayMs`: the
   * partner's (already rate-limited by the guard), so a partner's confirmation shown as
   * "agreed by both" is on disk before a reload or a closed window can drop it.
   */
  savesAtOnce?: (origin: unknown) => boolean;
}

/**
 * Stops persisting (the last save awaited, its failure reported). Also tells when what the doc
 * holds is on disk: the comparison's reveal waits for the partner's commitment to be (see
 * ComparisonController).
 */
export type PersistedDoc = (() => Promise<void>) & {
  /** Every change made so far is in a save that has landed. */
  allSaved(): boolean;
  /** Resolves once a save holding every change made so far has landed (one starts now if none is due); rejects if it fails. */
  saved(): Promise<void>;
};

export async function persistDoc(doc: Y.Doc, id: string, store: DocStore, delayMs = 150, options: PersistOptions = {}): Promise<PersistedDoc> {
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
  let timerMs = 0;
  let pending: Promise<void> = Promise.resolve();
  /** Changes made, and how many of them the last finished save holds. */
  let changes = 0;
  let durable = 0;
  /** The latest save started, while it runs (`saved` waits for it rather than starting another). */
  let running: { upTo: number; done: Promise<void> } | undefined;
  const saveWhole = () => {
    const upTo = changes;
    const done = store.save(id, Y.encodeStateAsUpdate(doc)).then(() => {
      durable = Math.max(durable, upTo);
    });
    running = { upTo, done };
    const ended = () => {
      if (running?.done === done) running = undefined;
    };
    done.then(ended, ended);
    return done;
  };
  /**
   * Each save waits for the one before, whether it succeeded or failed: a failed save (a full
   * disk) must not fail every later save and every close. The latest save's failure stays in
   * `pending`, so close still reports it unless a later whole-state save has landed since.
   */
  const queue = (next: Promise<void>) => {
    pending = next;
    pending.catch(() => undefined); // observed here; reported by close
    return pending;
  };
  const flush = () => {
    timer = undefined;
    return queue(pending.catch(() => undefined).then(saveWhole));
  };
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin === 'persistence') return;
    changes++;
    const wait = options.savesAtOnce?.(origin) ? 0 : delayMs;
    if (timer !== undefined && wait >= timerMs) return;
    if (timer !== undefined) clearTimeout(timer);
    timerMs = wait;
    timer = setTimeout(() => void flush().catch(() => undefined), wait);
  };
  doc.on('update', onUpdate);
  // Closing or reloading the window before a change is stored would drop it here (a
  // partner's confirmation shown as "agreed", gone after a restart until the next sync):
  // when the page is hidden or goes away, the whole state is written at once — not after
  // a save still queued or in flight, whose end the page may not live to see. IndexedDB
  // runs writes in the order they were made, so the later, whole state is what stays.
  const flushNow = () => {
    if (changes === durable) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const upTo = changes;
    // A promise chain may not run to its IndexedDB request before the page is gone: write and
    // commit in this task where the store can.
    if (store.saveNow?.(id, Y.encodeStateAsUpdate(doc))) durable = Math.max(durable, upTo);
    else queue(Promise.all([pending.catch(() => undefined), saveWhole()]).then(() => undefined));
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  const page = typeof window === 'undefined' ? undefined : window;
  page?.addEventListener('pagehide', flushNow);
  page?.document.addEventListener('visibilitychange', onVisibility);
  const stop = async () => {
    doc.off('update', onUpdate);
    page?.removeEventListener('pagehide', flushNow);
    page?.document.removeEventListener('visibilitychange', onVisibility);
    if (timer !== undefined) {
      clearTimeout(timer);
      await flush();
    }
    await pending;
  };
  const saved = (): Promise<void> => {
    if (durable >= changes) return Promise.resolve();
    if (timer === undefined && running && running.upTo >= changes) return running.done;
    // Due later, or the last save failed: save now (a due save would only repeat this one).
    if (timer !== undefined) clearTimeout(timer);
    return flush();
  };
  return Object.assign(stop, { allSaved: () => durable >= changes, saved });
}
