import * as Y from 'yjs';

/**
 * Kept versions of the workspace: the whole Yjs state at moments worth going back to
 * (connecting to and disconnecting from the partner, before any restore, before an
 * offsite-file import replaces a value, when the workspace is opened, and every few
 * minutes while someone edits). Stored locally
 * (IndexedDB), bounded in count and bytes; identical consecutive states are kept once.
 * Restoring one is an edit on the live doc (workspace-restore), never a replacement.
 *
 * The versions that undo a partner are never pruned, by count or by bytes: the newest
 * kept on connect, the newest of each before-* reason, and the one this keeper took
 * when the workspace was opened. A partner can grow the workspace to
 * MAX_WORKSPACE_DOC_BYTES and disconnect: the budget must not let that one big newest
 * version push out the state from before the session.
 */

export { REASON_TEXT, newestFirst, MemoryVersionStore, type VersionReason, type VersionRecord, type VersionMeta, type VersionStore } from './version-records';
import type { VersionReason, VersionRecord, VersionMeta, VersionStore } from './version-records';
import { MAX_WORKSPACE_DOC_BYTES } from '../../shared/schema/limits';

let seq = 0;

/**
 * maxBytes: a live session accepts a workspace up to MAX_WORKSPACE_DOC_BYTES (32 MB), so
 * the budget holds two versions at that size (the newest and the one before it) plus room
 * for the small ones kept while editing: 72 MB. (At 24 MB, one 25 MB version a partner
 * padded the workspace to pushed out every older one.)
 * Worst case in IndexedDB: the protected versions (PROTECTED_REASONS: 3 + 3 + 1 + 1 + 1,
 * the session's open one, the newest, and every open/connect of the last PROTECTED_DAYS) are
 * kept even over the budget. Honest workspaces are kilobytes; a partner padding the workspace
 * to the limit in every session costs up to 32 MB per app start or session for 14 days.
 */
export const VERSION_LIMITS = { maxCount: 30, maxBytes: 2 * MAX_WORKSPACE_DOC_BYTES + 8_000_000, editingEveryMs: 5 * 60_000 };

/**
 * Every 'open' and 'connect' version of the last PROTECTED_DAYS is never pruned either: a partner who touches the
 * workspace in each session makes every start write a new one, so a count alone would let a
 * few restarts push out the state from before a wipe (review r13).
 */
export const PROTECTED_DAYS = 14;
const RECENT_STARTS: readonly VersionReason[] = ['open', 'connect'];

/**
 * The newest versions of these reasons are never pruned: they undo a partner or an import.
 * Three of 'connect' and 'open', not one: a state kept at one start (the workspace before a
 * session) must outlive the next starts too — on a restart the new 'open' and 'connect' equal
 * the wiped state and are not written, or are written as the wiped state itself.
 */
export const PROTECTED_REASONS: Readonly<Partial<Record<VersionReason, number>>> = {
  connect: 3,
  open: 3,
  'before-restore': 1,
  'before-backup-restore': 1,
  'before-import': 1,
};

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
  // The version this keeper took when the workspace was opened (or the newest one, when
  // the opened state equalled it): the session's baseline, never pruned.
  let openedId: string | undefined;

  const write = (reason: VersionReason, update: Uint8Array, stateVector: Uint8Array): Promise<boolean> => {
    const at = now();
    lastAt = at.getTime();
    const task = queue.then(async () => {
      const latest = await store.latest(docId);
      // Same clocks can still differ by deletions: then the full states decide.
      if (latest && sameBytes(latest.stateVector, stateVector) && sameBytes(latest.update, update)) {
        if (reason === 'open') openedId ??= latest.id;
        return false;
      }
      // The random tail only tells apart two runs' ids of the same millisecond; its length does not matter.
      // Stryker disable next-line MethodExpression
      const id = `${docId}:${at.toISOString()}:${String(++seq).padStart(6, '0')}${Math.random().toString(36).slice(2, 6)}`;
      await store.add({ id, docId, at: at.toISOString(), reason, update, stateVector, bytes: update.byteLength });
      if (reason === 'open') openedId ??= id;
      await prune();
      return true;
    });
    queue = task.catch(() => undefined);
    return task;
  };

  // Oldest go first. Always kept, even over the budgets: the newest, the newest of each
  // protected reason, and this session's opened version; they count against the budgets,
  // and the others fill what is left, newest first.
  const prune = async () => {
    const all = await store.list(docId);
    const keep = new Set<string>(all.slice(0, 1).map((v) => v.id));
    if (openedId) keep.add(openedId);
    for (const [reason, n] of Object.entries(PROTECTED_REASONS)) {
      for (const v of all.filter((x) => x.reason === reason).slice(0, n)) keep.add(v.id);
    }
    const since = now().getTime() - PROTECTED_DAYS * 86_400_000;
    for (const v of all) if (RECENT_STARTS.includes(v.reason as VersionReason) && Date.parse(v.at) >= since) keep.add(v.id);
    let bytes = all.filter((v) => keep.has(v.id)).reduce((sum, v) => sum + v.bytes, 0);
    let count = keep.size;
    let full = false;
    // Stryker disable next-line ArrayDeclaration: an id no version has: removing it removes nothing
    const drop: string[] = [];
    for (const v of all) {
      if (keep.has(v.id)) continue;
      full ||= count >= limits.maxCount || bytes + v.bytes > limits.maxBytes;
      if (full) {
        drop.push(v.id);
        continue;
      }
      count++;
      bytes += v.bytes;
    }
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
