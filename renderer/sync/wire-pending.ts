import * as Y from 'yjs';
import { meterRetries } from './pending-work';
import { pendingWeight } from './pending-weight';

/**
 * Yjs keeps what it cannot apply yet (structs whose origins it never got, deletes of clocks it
 * does not hold) in the doc's store, merges each new such update into it and retries all of it
 * on every later update, ours included. A partner sending deletes or changes that build on ones
 * it never sends would make every edit slower and memory grow without bound. The wire doc
 * (y-webrtc applies the partner's messages to it directly) is watched: past these bounds its
 * pending state is dropped and the partner is refused. Changes count by their weight (pending-weight.ts:
 * as sent), not by the compact encoding Yjs keeps them in. Under those bounds the work is bounded too:
 * a partner can keep ~1 MB waiting and send tiny messages that each make Yjs retry all of it
 * (pending-work.ts), so the bytes retried are metered and past a budget the partner is refused.
 */
export const PENDING_LIMITS = {
  /** Encoded pending delete set (an honest partner's deletes wait for a few updates at most). */
  maxDeleteBytes: 64 * 1024,
  /**
   * Pending structs by their weight (pending-weight.ts: their size in update format v1, about the bytes
   * of the updates that fed them), not the compact v2 bytes Yjs keeps them in (~100 bytes for 1 MB of
   * one-character deletes).
   */
  maxStructBytes: 1024 * 1024,
  /** Writers the pending state names (a pair writes with a handful of client ids). */
  maxClients: 256,
  /**
   * Bytes of pending state Yjs may retry (structs by their weight): 4 MB at once, then 64 KB a second.
   * Retrying ~1 MB of small changes took 50–180 ms on this 2-core machine, and weighing it up to 60 ms
   * more (test/bench/pending-hostile.ts), so a partner gets under a second of work before it is refused,
   * or ~1% of a core if it paces itself. Honest out-of-order delivery (test/bench/pending-honest.ts:
   * 40 simulated 10-minute sessions over links switching between direct, relay and down) retried at most
   * 5.9 KB per wait, 11.2 KB per session.
   */
  retry: { maxBytes: 4 * 1024 * 1024, drainBytesPerSecond: 64 * 1024 },
};

export type PendingLimits = typeof PENDING_LIMITS;

type Store = { pendingDs: Uint8Array | null; pendingStructs: { missing: Map<number, number>; update: Uint8Array } | null };

const kb = (n: number) => `${Math.round(n / 1024)} KB`;
const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Why the doc's pending state is over the bounds, or undefined. Cost: at most one decode of a bounded delete set, and
 * the weighing of pending structs Yjs has just replaced (once per update, pending-weight.ts).
 */
export function pendingOverflow(doc: Y.Doc, limits: PendingLimits = PENDING_LIMITS): string | undefined {
  const store = doc.store as unknown as Store;
  const ds = store.pendingDs;
  const structs = store.pendingStructs;
  // Stryker disable next-line ConditionalExpression: a shortcut; with neither, every check below finds nothing over (no bytes, no weight, no writers)
  if (!ds && !structs) return undefined;
  const what = "changes that build on ones it never sent";
  if (ds && ds.byteLength > limits.maxDeleteBytes) {
    return `your partner's laptop sent deletions of ${what} (${kb(ds.byteLength)} waiting, over the ${kb(limits.maxDeleteBytes)} limit)`;
  }
  const weight = structs ? pendingWeight(structs.update) : 0;
  if (weight > limits.maxStructBytes) {
    return `your partner's laptop sent ${what} (${kb(weight)} waiting, over the ${kb(limits.maxStructBytes)} limit)`;
  }
  let clients = structs?.missing.size ?? 0;
  if (ds) {
    try {
      clients += Y.decodeUpdateV2(ds).ds.clients.size;
    } catch {
      clients = Number.POSITIVE_INFINITY;
    }
  }
  if (clients > limits.maxClients) {
    return `your partner's laptop sent ${what}, naming ${Number.isFinite(clients) ? clients : 'too many'} writers (over the ${limits.maxClients} limit)`;
  }
  return undefined;
}

/** Forget what the doc holds back; what it applied stays. */
export function clearPending(doc: Y.Doc): void {
  const store = doc.store as unknown as Store;
  store.pendingDs = null;
  store.pendingStructs = null;
}

/**
 * After every transaction on `wire` (an update that only adds pending state fires no 'update'
 * event, but runs a transaction): past the bounds, clear the pending state and say why.
 * The retries are metered first (the meter reads what waited before this check may clear it); past
 * the retry budget the same happens. Returns the detach.
 */
export function watchPending(wire: Y.Doc, onOver: (reason: string) => void, limits: PendingLimits = PENDING_LIMITS, now?: () => number): () => void {
  const { maxBytes, drainBytesPerSecond } = limits.retry;
  const unmeter = meterRetries(
    wire,
    limits.retry,
    ({ level, waiting }) => {
      if (level <= maxBytes) return;
      clearPending(wire);
      onOver(
        `your partner's laptop kept changes waiting that build on ones it never sent (${kb(waiting)}), and each of its messages ` +
          `made this laptop retry them: ${mb(level)} retried, over the ${mb(maxBytes)} limit (which frees ${kb(drainBytesPerSecond)} a second)`,
      );
    },
    now,
  );
  const check = () => {
    const why = pendingOverflow(wire, limits);
    if (!why) return;
    clearPending(wire);
    onOver(why);
  };
  wire.on('afterTransaction', check);
  return () => {
    unmeter();
    wire.off('afterTransaction', check);
  };
}
