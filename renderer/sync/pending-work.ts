import type * as Y from 'yjs';
import { pendingWeight } from './pending-weight';

/**
 * The work a doc's pending state makes Yjs do, as bytes re-tried. Yjs re-reads the pending
 * deletes on every applied update, and re-decodes (and re-encodes) the pending structs whenever an
 * update lets one of them in or adds to them. So a partner that keeps ~1 MB waiting under the byte
 * bounds and then sends tiny messages, each unlocking one more piece, costs the whole megabyte per
 * message (~190 ms on a 2-core laptop) while the pending state never grows: a size bound cannot see
 * it. What each transaction re-tried is read from the store: Yjs replaces what it re-read, so a
 * pending state that is a different object (or array) after the transaction was re-tried in it.
 * Structs count by their weight (pending-weight.ts: their v1 size), not by the compact v2 bytes Yjs
 * keeps, which can be a ten-thousandth of what a retry goes through; deletes by their bytes (v2
 * writes every range of them out, as v1 does).
 */
export interface RetryBudget {
  /** Bytes of pending state re-tried at once (the bucket's size). */
  maxBytes: number;
  /** Bytes per second the bucket drains: what may be re-tried for as long as the partner likes. */
  drainBytesPerSecond: number;
}

type Pending = { update: Uint8Array } | null;
type Store = { pendingDs: Uint8Array | null; pendingStructs: Pending };

export interface RetryReading {
  /** The bucket's level after this transaction (bytes). */
  level: number;
  /** Bytes this transaction re-tried (structs by their weight). */
  retried: number;
  /** Bytes that wait now (structs by their weight, and deletes). */
  waiting: number;
}

/**
 * Counts, per transaction on `doc`, the bytes of pending state Yjs re-tried, into a bucket that
 * drains at `drainBytesPerSecond`; calls `onReading` after every transaction that re-tried any.
 * Returns the detach.
 */
export function meterRetries(doc: Y.Doc, budget: RetryBudget, onReading: (reading: RetryReading) => void, now: () => number = () => performance.now()): () => void {
  const store = doc.store as unknown as Store;
  let structs: Pending = null;
  let structsUpdate: Uint8Array | undefined;
  let ds: Uint8Array | null = null;
  const bucket = { level: 0, at: now() };
  const before = () => {
    structs = store.pendingStructs;
    structsUpdate = structs?.update;
    ds = store.pendingDs;
  };
  const after = () => {
    let retried = 0;
    // Merged into (same object, new update) or retried (a new object, or none once all got in).
    if (structs && (store.pendingStructs !== structs || store.pendingStructs.update !== structsUpdate)) retried += pendingWeight(structsUpdate!);
    if (ds && store.pendingDs !== ds) retried += ds.byteLength;
    if (!retried) return;
    const t = now();
    bucket.level = Math.max(0, bucket.level - ((t - bucket.at) / 1000) * budget.drainBytesPerSecond) + retried;
    bucket.at = t;
    const waiting = (store.pendingStructs ? pendingWeight(store.pendingStructs.update) : 0) + (store.pendingDs?.byteLength ?? 0);
    onReading({ level: bucket.level, retried, waiting });
  };
  doc.on('beforeTransaction', before);
  doc.on('afterTransaction', after);
  return () => {
    // Stryker disable next-line StringLiteral: not observable: with `after` detached nothing reads what `before` records (this frees it)
    doc.off('beforeTransaction', before);
    doc.off('afterTransaction', after);
  };
}
