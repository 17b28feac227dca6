/**
 * When a session tells its listeners that the doc changed. The partner's changes reach them
 * at a sustained rate of at most one per `everyMs`, however many arrive (a flood cannot freeze
 * the page), with a small burst allowance: the protocol's few messages (commitment and
 * acknowledgement, then the reveal 10-30 ms later) are each told on a microtask, so the step
 * each enables runs in the very task that delivered it, before a render can take the main
 * thread, instead of waiting out the rest of a frame. This laptop's own changes never wait and
 * never use up the partner's budget: a reveal that arrives just after our own acknowledgement
 * is handled at once.
 */
export interface PacerOptions {
  everyMs: number;
  /** How many partner emits may go out back to back before the rate applies (default 3). */
  burst?: number;
  now?: () => number;
  microtask?: (fn: () => void) => void;
  timer?: (fn: () => void, ms: number) => void;
}

export type Pace = (fromPeer: boolean) => void;

export function emitPacer(emit: () => void, options: PacerOptions): Pace {
  const now = options.now ?? (() => performance.now());
  const microtask = options.microtask ?? queueMicrotask;
  const timer = options.timer ?? ((fn, ms) => void setTimeout(fn, ms));
  const burst = Math.max(1, options.burst ?? 3);
  let scheduled = false;
  let peerPending = false;
  // A token bucket: one token per everyMs, at most `burst` saved up; a partner emit spends one.
  let tokens = burst;
  let filledAt = Number.NEGATIVE_INFINITY;
  const refill = () => {
    const t = now();
    if (filledAt === Number.NEGATIVE_INFINITY) filledAt = t;
    tokens = Math.min(burst, tokens + (t - filledAt) / options.everyMs);
    filledAt = t;
  };
  const fire = () => {
    scheduled = false;
    if (peerPending) {
      peerPending = false;
      refill();
      tokens = Math.max(0, tokens - 1);
    }
    emit();
  };
  return (fromPeer) => {
    if (fromPeer) peerPending = true;
    if (scheduled) return;
    scheduled = true;
    let wait = 0;
    if (peerPending) {
      refill();
      if (tokens < 1) wait = Math.ceil((1 - tokens) * options.everyMs);
    }
    if (wait > 0) timer(fire, wait);
    else microtask(fire);
  };
}
