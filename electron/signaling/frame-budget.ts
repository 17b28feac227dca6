/**
 * What one signaling connection may send the server: frames and bytes, each a token bucket (a
 * burst, then a steady rate). A frame past either is dropped unread — before it is parsed or fanned
 * out — and the connection is kept, so an honest burst is only slowed. Why: the server runs in the
 * host laptop's main process, and every frame a client sends costs a parse and a copy per receiver
 * there; anyone who reaches the port (the partner, or a stranger on the LAN) could otherwise keep
 * that process busy at the network's speed. Honest use is far below: a connection's set-up is a few
 * dozen small frames, and the relay's largest catch-up (a 50k-entry decision log, ~16 MB) is ~70
 * full-size frames sent as the socket drains.
 */
export interface FrameBudgetLimits {
  framesBurst: number;
  framesPerSecond: number;
  bytesBurst: number;
  bytesPerSecond: number;
}

export const DEFAULT_FRAME_BUDGET: FrameBudgetLimits = {
  framesBurst: 1000,
  framesPerSecond: 200,
  bytesBurst: 64 * 1024 * 1024,
  bytesPerSecond: 4 * 1024 * 1024,
};

/** Returns whether a frame of `bytes` fits now (and spends it if so). */
export type FrameBudget = (bytes: number) => boolean;

export function frameBudget(limits: FrameBudgetLimits = DEFAULT_FRAME_BUDGET, now: () => number = () => performance.now()): FrameBudget {
  let frames = limits.framesBurst;
  let bytes = limits.bytesBurst;
  let at = now();
  return (size) => {
    const t = now();
    const seconds = Math.max(0, t - at) / 1000;
    at = t;
    frames = Math.min(limits.framesBurst, frames + seconds * limits.framesPerSecond);
    bytes = Math.min(limits.bytesBurst, bytes + seconds * limits.bytesPerSecond);
    if (frames < 1 || bytes < size) return false;
    frames -= 1;
    bytes -= size;
    return true;
  };
}
