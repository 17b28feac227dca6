import * as Y from 'yjs';

/**
 * Kept versions of the workspace: the whole Yjs state at moments worth going back to
 * (connecting to and disconnecting from the partner, before any restore, before an
 * offsite-file import replaces a value, when the workspace is opened, and every few
 * minutes while someone edits). Stored locally
 * (IndexedDB), bounded in count and bytes; identical consecutive states are kept once.
 * Restoring one is an edit on the live doc (workspace-restore), never a replacement.
 */

export { REASON_TEXT, newestFirst, MemoryVersionStore, type VersionReason, type VersionRecord, type VersionMeta, type VersionStore } from './version-records';
import type { VersionReason, VersionRecord, VersionMeta, VersionStore } from './version-records';

let seq = 0;

export const VERSION_LIMITS = { maxCount: 30, maxBytes: 24_000_000, editingEveryMs: 5 * 60_000 };

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export interface VersionKeeper {
  /** Keeps the doc's state now; resolves false when it equals the newest version. */
  snapshot(reason: VersionReason): Promise<boolean>;
  list(): Promise<VersionMeta[]>;
  get(id: string): Promise<VersionRecord | undefined>;
  destroy(): void;
}

export function keepVersions(
  doc: Y.Doc,
  store: VersionStore,
  docId: string,
  opts: { now?: () => Date; limits?: Partial<typeof VERSION_LIMITS> } = {},
): VersionKeeper {
  const now = opts.now ?? (() => new Date());
  const limits = { ...VERSION_LIMITS, ...opts.limits };
  let lastAt = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const write = (reason: VersionReason, update: Uint8Array, stateVector: Uint8Array): Promise<boolean> => {
    const at = now();
    lastAt = at.getTime();
    const task = queue.then(async () => {
      const latest = await store.latest(docId);
      // Same clocks can still differ by deletions: then the full states decide.
      if (latest && sameBytes(latest.stateVector, stateVector) && sameBytes(latest.update, update)) return false;
      // The random tail only tells apart two runs' ids of the same millisecond; its length does not matter.
      // Stryker disable next-line MethodExpression
      const id = `${docId}:${at.toISOString()}:${String(++seq).padStart(6, '0')}${Math.random().toString(36).slice(2, 6)}`;
      await store.add({ id, docId, at: at.toISOString(), reason, update, stateVector, bytes: update.byteLength });
      await prune();
      return true;
    });
    queue = task.catch(() => undefined);
    return task;
  };

  // Oldest go first; the newest is always kept, even when it alone is over the byte budget.
  const prune = async () => {
    const all = await store.list(docId);
    // Stryker disable next-line ArrayDeclaration: an id no version has: removing it removes nothing
    const drop: string[] = [];
    let bytes = 0;
    all.forEach((v, i) => {
      bytes += v.bytes;
      if (i > 0 && (i >= limits.maxCount || bytes > limits.maxBytes)) drop.push(v.id);
    });
    await store.remove(drop);
  };

  // Every few minutes of editing: the state just BEFORE the first edit after a quiet spell.
  const onBefore = () => {
    if (now().getTime() - lastAt < limits.editingEveryMs) return;
    void write('editing', Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc)).catch(() => undefined);
  };
  doc.on('beforeTransaction', onBefore);

  return {
    snapshot: (reason) => write(reason, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc)),
    list: () => store.list(docId),
    get: (id) => store.get(id),
    destroy: () => doc.off('beforeTransaction', onBefore),
  };
}
