import * as Y from 'yjs';
import { checkPeerUpdate, PEER_ORIGIN, type PeerLimits, type RefusalKind } from './peer-guard';
import { MESSAGE_RATE } from './inbound-limits';
import { PENDING_LIMITS, watchPending, type PendingLimits } from './wire-pending';

/**
 * Connects the network-facing `wire` doc (owned by y-webrtc) to the trusted `doc`:
 * local changes flow out as they are; remote changes are queued, checked in batches
 * and applied only when the guard accepts them. Checks are paced by a token bucket: a
 * short burst (`burst` checks) goes through at once — the reveal's few messages arrive
 * back to back and must not wait — and after that at most one check per `minGapMs`, so
 * a flood of tiny updates costs a few checks per second, not one per message.
 *
 * A refusal stops the bridge for this peer and says why: later updates may build on
 * what was refused, so accepting them would stall silently. The session turns that
 * into "Stopped syncing with your partner" and a Resync that starts from a fresh wire.
 *
 * Some of what a partner sends never becomes a wire update: a message re-sending what we hold,
 * a request for our state, deletes of clocks we never got (Yjs keeps them pending on the wire).
 * So the session also counts every raw message here (`countMessage`, from the data channel and
 * the relay), and the wire's pending state is bounded (wire-pending.ts); both refuse like a
 * check does. `close()` detaches all of it.
 */
export interface Refusal {
  reason: string;
  kind: RefusalKind;
}

export interface Bridge {
  /** Process queued remote updates now (tests, and the session before it reads). */
  flush(): void;
  close(): void;
  readonly stopped: Refusal | undefined;
  /**
   * One raw message of `bytes` arrived from the partner (before it is decoded). False when it
   * must be dropped: the bridge is stopped or closed, or this one is over the message budget (the
   * bridge then stops with 'rate').
   */
  countMessage(bytes: number): boolean;
  /** Stop for a reason found outside the bridge (a message too large to put back together). */
  refuse(kind: RefusalKind, reason: string): void;
}

export interface BridgeOptions {
  schedule?: (fn: () => void, delayMs: number) => void;
  now?: () => number;
  /** Least time between two checks of queued remote updates, once the burst is spent. */
  minGapMs?: number;
  /** Checks that may run back to back before pacing starts (refilled one per `minGapMs`). */
  burst?: number;
  /** Raw messages the partner may send per window (see inbound-limits). */
  messageRate?: { windowMs: number; maxMessages: number; maxBytes: number };
  /** Bounds of the wire doc's pending state (see wire-pending). */
  pending?: PendingLimits;
}

const OUTWARD = Symbol('outward');
/** Out-of-order updates kept waiting for what they build on, before giving up on the peer. */
const MAX_HELD = 32;

export function bridgeDocs(wire: Y.Doc, doc: Y.Doc, limits: PeerLimits, onRefused: (refusal: Refusal) => void, options: BridgeOptions = {}): Bridge {
  // With a token to spend, check on a microtask: the partner's message is applied (and the
  // protocol step it enables taken) in the task that delivered it, not after whatever else
  // (a render) is queued by then.
  const schedule = options.schedule ?? ((fn, ms) => (ms > 0 ? void setTimeout(fn, ms) : queueMicrotask(fn)));
  const now = options.now ?? (() => performance.now());
  const minGap = options.minGapMs ?? 16;
  const burst = options.burst ?? 4;
  const bucket = { tokens: burst, at: now() };
  const refill = () => {
    const t = now();
    bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) / minGap);
    bucket.at = t;
  };
  const meter = sizeMeter(doc);
  const batchLimits: PeerLimits = { ...limits, maxUpdateBytes: Number.POSITIVE_INFINITY };
  let queue: Uint8Array[] = [];
  let held: Uint8Array[] = [];
  let scheduled = false;
  let stopped: Refusal | undefined;
  const window = { start: now(), updates: 0, bytes: 0 };
  const messageRate = options.messageRate ?? MESSAGE_RATE;
  const messages = { start: now(), count: 0, bytes: 0 };
  let closed = false;

  const stop = (kind: RefusalKind, reason: string) => {
    // Stryker disable next-line ConditionalExpression: inward and flush return once stopped, so nothing calls stop twice
    if (stopped) return;
    stopped = { kind, reason };
    // Stryker disable next-line ArrayDeclaration: once stopped nothing reads the queues again (frees memory)
    queue = [];
    // Stryker disable next-line ArrayDeclaration: as above
    held = [];
    onRefused(stopped);
  };

  const countRate = (bytes: number): boolean => {
    const rate = limits.rate;
    if (!rate) return true;
    const t = now();
    if (t - window.start > rate.windowMs) Object.assign(window, { start: t, updates: 0, bytes: 0 });
    window.updates++;
    window.bytes += bytes;
    if (window.updates > rate.maxUpdates) {
      stop('rate', `your partner's laptop sent more than ${rate.maxUpdates} changes in ${Math.round(rate.windowMs / 1000)} seconds`);
      // Stryker disable next-line BooleanLiteral: an update queued behind a stop is dropped by flush
      return false;
    }
    if (window.bytes > rate.maxBytes) {
      stop('rate', `your partner's laptop sent more than ${Math.round(rate.maxBytes / 1_000_000)} MB in ${Math.round(rate.windowMs / 1000)} seconds`);
      // Stryker disable next-line BooleanLiteral: as above
      return false;
    }
    return true;
  };

  const countMessage = (bytes: number): boolean => {
    if (stopped || closed) return false;
    const t = now();
    if (t - messages.start > messageRate.windowMs) Object.assign(messages, { start: t, count: 0, bytes: 0 });
    messages.count++;
    messages.bytes += bytes;
    const seconds = Math.round(messageRate.windowMs / 1000);
    if (messages.count > messageRate.maxMessages) {
      stop('rate', `your partner's laptop sent more than ${messageRate.maxMessages} messages in ${seconds} seconds`);
      return false;
    }
    if (messages.bytes > messageRate.maxBytes) {
      stop('rate', `your partner's laptop sent more than ${Math.round(messageRate.maxBytes / 1_000_000)} MB in ${seconds} seconds`);
      return false;
    }
    return true;
  };

  const flush = () => {
    scheduled = false;
    refill();
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: stop empties both queues; re-checking only held updates (or none) finds them still pending (or applies an empty update)
    if (stopped || !queue.length) return;
    const batch = [...held, ...queue];
    queue = [];
    let candidate: Uint8Array;
    try {
      // Stryker disable next-line ConditionalExpression: a fast path: Y.mergeUpdates returns a lone update as it is
      candidate = batch.length === 1 ? batch[0] : Y.mergeUpdates(batch);
    } catch {
      return stop('malformed', 'update could not be decoded');
    }
    // Each update's own size was checked as it arrived; a batch may be larger than one message.
    const check = checkPeerUpdate(doc, candidate, batchLimits, meter.bound(candidate.byteLength, limits.maxDocBytes));
    if (check.ok) {
      held = [];
      Y.applyUpdate(doc, candidate, PEER_ORIGIN);
    } else if (check.kind === 'pending' && batch.length <= MAX_HELD) {
      held = batch;
    } else {
      stop(check.kind, check.reason);
    }
  };

  const outward = (update: Uint8Array, origin: unknown) => {
    meter.add(update.byteLength);
    // Stryker disable next-line ConditionalExpression: `true` echoes the partner's change to the wire, which already holds it (no update, no event)
    if (origin !== PEER_ORIGIN) Y.applyUpdate(wire, update, OUTWARD);
  };
  const inward = (update: Uint8Array, origin: unknown) => {
    if (origin === OUTWARD) return;
    // Stryker disable next-line ConditionalExpression: only spares work: stop and flush ignore a stopped bridge
    if (stopped) return;
    if (update.byteLength > limits.maxUpdateBytes) {
      return stop('size', `update of ${update.byteLength} bytes is over the ${limits.maxUpdateBytes}-byte limit`);
    }
    if (!countRate(update.byteLength)) return;
    queue.push(update);
    if (!scheduled) {
      scheduled = true;
      refill();
      // Stryker disable next-line EqualityOperator: at exactly one token both branches give 0
      schedule(flush, bucket.tokens >= 1 ? 0 : Math.ceil((1 - bucket.tokens) * minGap));
    }
  };
  // Start in sync: what we already hold goes out first.
  Y.applyUpdate(wire, Y.encodeStateAsUpdate(doc), OUTWARD);
  doc.on('update', outward);
  wire.on('update', inward);
  const unwatchPending = watchPending(wire, (reason) => stop('pending', reason), options.pending ?? PENDING_LIMITS);
  return {
    flush,
    countMessage,
    refuse: (kind, reason) => {
      if (!closed) stop(kind, reason);
    },
    get stopped() {
      return stopped;
    },
    close() {
      closed = true;
      doc.off('update', outward);
      wire.off('update', inward);
      unwatchPending();
      queue = [];
      // Stryker disable next-line ArrayDeclaration: with inward detached the queue stays empty, so flush never reads held again
      held = [];
    },
  };
}

/**
 * An upper bound on the doc's encoded size that cannot be overshot: measured once, then
 * every applied update's bytes are added. Re-measured exactly (O(doc)) only when the bound
 * would cross the limit and something changed since the last measurement.
 */
function sizeMeter(doc: Y.Doc) {
  let bytes = Y.encodeStateAsUpdate(doc).byteLength;
  let measured = bytes;
  return {
    add(n: number) {
      bytes += n;
    },
    bound(incoming: number, max: number): number {
      // Re-measuring more often (always, at the exact limit, or when nothing changed) only makes the bound exact:
      // Stryker disable next-line ConditionalExpression,LogicalOperator: see above
      if (bytes + incoming > max && bytes !== measured) bytes = measured = Y.encodeStateAsUpdate(doc).byteLength;
      return bytes;
    },
  };
}
