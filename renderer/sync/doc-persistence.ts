import * as Y from 'yjs';
import { OTHER_TAB_ORIGIN } from './other-tab-origin';
import { ReplacedUnderThisCopy, replacedSince, type SeenRow } from './restore-epoch';
import type { VersionStore } from './version-records';

/** Where a Y.Doc's merged state is kept between runs (Dexie in the app, memory in tests). */
export interface DocStore {
  load(id: string): Promise<Uint8Array | undefined>;
  /**
   * The stored state with its restore epoch (restore-epoch.ts), read together: a doc open in
   * several tabs loads through it. Absent: `load`, and the row counts as of no epoch.
   */
  loadWithEpoch?(id: string): Promise<{ update: Uint8Array; epoch?: string } | undefined>;
  save(id: string, update: Uint8Array, meta?: string): Promise<void>;
  /**
   * Writes at once, in the calling task, and asks the store to commit without waiting for
   * anything (IndexedDB's transaction.commit()): what a page that is going away can still do.
   * False when it cannot (the store is not open yet); `save` is then the only way. `epoch`: the
   * restore epoch the row keeps (the one this copy was loaded under).
   */
  saveNow?(id: string, update: Uint8Array, epoch?: string): boolean;
  /**
   * Writes what `merge` makes of the stored state (undefined when none), read and written in one
   * transaction: no other tab's save can land in between. `merge` runs inside it, so what it
   * returns is the doc as it is when the write runs; it is handed the row's restore epoch too,
   * which the write keeps. When `merge` throws, nothing is written and the save rejects with its
   * error. Absent: `save` is used.
   */
  saveMerged?(id: string, merge: (stored: Uint8Array | undefined, epoch: string | undefined) => Uint8Array, meta?: string): Promise<void>;
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
  /**
   * The doc may be open in other tabs of this browser too (the workspace, in browser mode), each
   * with its own copy: a save that wrote this copy whole would wipe out what another tab saved.
   * So each save first takes in the stored state (its changes applied to this copy, with origin
   * OTHER_TAB_ORIGIN) and writes the merge, in one transaction (`saveMerged`), then tells the other
   * tabs on this BroadcastChannel, which take in the stored state at once. Absent for a doc only
   * one window opens (a comparison room, room-lock.ts): its saves stay plain writes.
   *
   * A merged save also checks the row's restore epoch (restore-epoch.ts): a row replaced since
   * this copy was loaded (a backup restored with Replace in another tab) is not written; this
   * copy stops persisting, as `abandon`, and `onReplaced` is called (the page reloads from it).
   * The same when a note from another tab leads to a row of another epoch.
   */
  acrossTabs?: { channel: string; onReplaced?: () => void };
}

/** What a tab tells the others after writing a doc. */
interface SavedNote {
  id: string;
  /**
   * False when the write was this tab's copy alone (`saveNow`, as a page goes away: no time to
   * read first); a tab that hears it saves its own copy again, merged, so nothing of it is lost.
   */
  merged: boolean;
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
  /**
   * Stops persisting without writing what is pending, now or as the page goes: the stored doc
   * is being replaced under this copy (a backup restored with Replace in another tab), and this
   * copy written or merged over it would bring the old doc back.
   */
  abandon(): void;
};

const sameBytes = (a: Uint8Array, b: Uint8Array) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

export async function persistDoc(doc: Y.Doc, id: string, store: DocStore, delayMs = 150, options: PersistOptions = {}): Promise<PersistedDoc> {
  // Across tabs, the state and its restore epoch come from one read: read apart, a Replace landing
  // between them would pair the old state with the new epoch, and this copy would merge over it.
  const loaded: { update: Uint8Array; epoch?: string } | undefined =
    options.acrossTabs && store.loadWithEpoch ? await store.loadWithEpoch(id) : await store.load(id).then((update) => update && { update });
  const stored = loaded?.update;
  /** The row as this copy last saw it (loaded, taken in, written): only a Replace changes its epoch. */
  const seen: SeenRow = { present: loaded !== undefined, epoch: loaded?.epoch };
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
  const channel = options.acrossTabs && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(options.acrossTabs.channel) : undefined;
  let channelOpen = channel !== undefined;
  const tell = (note: SavedNote) => {
    if (channelOpen) channel!.postMessage(note);
  };
  /**
   * The last state this copy wrote or took in: a row still holding exactly it has nothing new (no
   * other tab wrote since, always so in Electron's one window). Comparing costs ~1 ms on a
   * 10,000-entry decision log (720 kB), applying it again ~32 ms at every save.
   */
  let known = stored;
  /** Another tab's saved changes into this copy (a damaged row is left out, as on load). */
  const takeIn = (row: Uint8Array | undefined) => {
    if (!row || (known && sameBytes(row, known))) return;
    try {
      Y.applyUpdate(doc, row, OTHER_TAB_ORIGIN);
      known = row;
    } catch {
      // left for inspection; this copy is written over it as before
    }
  };
  const merging = options.acrossTabs && store.saveMerged ? store.saveMerged.bind(store) : undefined;
  /** Set when a row was found replaced under this copy: nothing of it is written or taken in again. */
  let replaced = false;
  const saveWhole = () => {
    let upTo = changes;
    const write = merging
      ? merging(id, (stored, epoch) => {
          // Inside the transaction: thrown, it aborts, and the restored row stays as it is.
          if (replaced || replacedSince(seen, { present: stored !== undefined, epoch })) {
            replaced = true;
            throw new ReplacedUnderThisCopy(id);
          }
          takeIn(stored);
          upTo = changes;
          seen.present = true;
          return (known = Y.encodeStateAsUpdate(doc));
        })
      : store.save(id, Y.encodeStateAsUpdate(doc));
    // Checked on the flag, not on the error: a wrapping store (the workspace's save indicator) may not pass it on.
    const done = write.finally(() => {
      if (replaced) stopReplaced();
    }).then(() => {
      if (replaced) throw new ReplacedUnderThisCopy(id);
      durable = Math.max(durable, upTo);
      if (merging) tell({ id, merged: true });
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
  const schedule = (wait: number) => {
    if (timer !== undefined && wait >= timerMs) return;
    if (timer !== undefined) clearTimeout(timer);
    timerMs = wait;
    timer = setTimeout(() => void flush().catch(() => undefined), wait);
  };
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin === 'persistence' || origin === OTHER_TAB_ORIGIN) return;
    changes++;
    schedule(options.savesAtOnce?.(origin) ? 0 : delayMs);
  };
  doc.on('update', onUpdate);
  let stopped = false;
  // Another tab saved: show its changes here now, not at this tab's next save. A write of that
  // tab's copy alone may have left out what only this one holds: save it again, merged.
  const onNote = (e: MessageEvent<SavedNote>) => {
    if (e.data?.id !== id) return;
    void (store.loadWithEpoch ? store.loadWithEpoch(id) : store.load(id).then((update) => update && { update })).then(
      (row: { update: Uint8Array; epoch?: string } | undefined) => {
        if (stopped) return;
        // The other tab's save was the restore's own, or a tab's since: this copy is of the old
        // doc, and taking the new one in would only hide that until this copy's next save.
        if (replacedSince(seen, { present: row !== undefined, epoch: row?.epoch })) {
          replaced = true;
          stopReplaced();
          return;
        }
        const stored = row?.update;
        if (stored) seen.present = true;
        takeIn(stored);
        if (e.data.merged) return;
        changes++;
        schedule(0);
      },
      () => undefined, // the next save reads it again
    );
  };
  channel?.addEventListener('message', onNote);
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
    const whole = Y.encodeStateAsUpdate(doc);
    if (store.saveNow?.(id, whole, seen.epoch)) {
      durable = Math.max(durable, upTo);
      if (merging) known = whole;
      if (merging) tell({ id, merged: false });
    } else queue(Promise.all([pending.catch(() => undefined), saveWhole()]).then(() => undefined));
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushNow();
  };
  const page = typeof window === 'undefined' ? undefined : window;
  page?.addEventListener('pagehide', flushNow);
  page?.document.addEventListener('visibilitychange', onVisibility);
  const detach = () => {
    stopped = true;
    doc.off('update', onUpdate);
    page?.removeEventListener('pagehide', flushNow);
    page?.document.removeEventListener('visibilitychange', onVisibility);
  };
  const stop = async () => {
    detach();
    try {
      if (timer !== undefined) {
        clearTimeout(timer);
        await flush();
      }
      await pending;
    } finally {
      // After the last save, which the other tabs still hear of.
      channelOpen = false;
      channel?.close();
    }
  };
  const saved = (): Promise<void> => {
    if (durable >= changes) return Promise.resolve();
    if (timer === undefined && running && running.upTo >= changes) return running.done;
    // Due later, or the last save failed: save now (a due save would only repeat this one).
    if (timer !== undefined) clearTimeout(timer);
    return flush();
  };
  const abandon = () => {
    detach();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    channelOpen = false;
    channel?.close();
  };
  // Once: a save and a note may both find the row replaced.
  let toldReplaced = false;
  function stopReplaced() {
    abandon();
    if (toldReplaced) return;
    toldReplaced = true;
    options.acrossTabs?.onReplaced?.();
  }
  return Object.assign(stop, { allSaved: () => durable >= changes, saved, abandon });
}
