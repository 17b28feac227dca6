/**
 * When a session tells its listeners that the doc changed. The partner's changes reach them
 * at most once per `everyMs`, however many arrive (a flood cannot freeze the page); the
 * first after a quiet spell goes out on a microtask, so the protocol step it enables runs in
 * the very task that delivered the message, before a render can take the main thread. This
 * laptop's own changes never wait and never use up the partner's budget: a reveal that
 * arrives just after our own acknowledgement is handled at once.
 */
export interface PacerOptions {
  everyMs: number;
  now?: () => number;
  microtask?: (fn: () => void) => void;
  timer?: (fn: () => void, ms: number) => void;
}

export type Pace = (fromPeer: boolean) => void;

export function emitPacer(emit: () => void, options: PacerOptions): Pace {
  const now = options.now ?? (() => performance.now());
  const microtask = options.microtask ?? queueMicrotask;
  const timer = options.timer ?? ((fn, ms) => void setTimeout(fn, ms));
  let scheduled = false;
  let peerPending = false;
  let lastPeerEmit = Number.NEGATIVE_INFINITY;
  const fire = () => {
    scheduled = false;
    if (peerPending) {
      peerPending = false;
      lastPeerEmit = now();
    }
    emit();
  };
  return (fromPeer) => {
    if (fromPeer) peerPending = true;
    if (scheduled) return;
    scheduled = true;
    const wait = fromPeer ? Math.max(0, options.everyMs - (now() - lastPeerEmit)) : 0;
    if (wait > 0) timer(fire, wait);
    else microtask(fire);
  };
}
