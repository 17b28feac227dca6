import * as decoding from 'lib0/decoding';

/**
 * What the partner's laptop may make this one do before anything it sends is decoded: how many
 * raw messages (data-channel frames, relay publishes) it may send, how often it may ask for our
 * whole state (a y-protocols sync step 1, a relay hello), so a modified page cannot keep this
 * laptop decoding or encoding the whole document in a loop.
 */

/**
 * Raw inbound messages per peer. An honest partner typing fast sends tens a second, and a
 * workspace's first sync at the 32 MB cap is ~490 frames of 64 KiB; a second sync after going
 * offline and back doubles that. Beyond these, the partner is stopped ('rate').
 */
export const MESSAGE_RATE = { windowMs: 10_000, maxMessages: 3_000, maxBytes: 80_000_000 };

/** Sync requests (step 1) answered per peer: y-webrtc sends one per connection. */
export const SYNC_REQUESTS = { burst: 2, everyMs: 10_000 };

/** Relay hellos answered: an honest relay sends one per 4 s heartbeat plus one reply to ours. */
export const RELAY_HELLOS = { burst: 4, everyMs: 1_500 };

export interface Budget {
  burst: number;
  everyMs: number;
}

/** A token bucket: `burst` at once, then one per `everyMs`. True when this one may go through. */
export function tokenGate(budget: Budget, now: () => number = () => performance.now()): () => boolean {
  let tokens = budget.burst;
  let at = now();
  return () => {
    const t = now();
    tokens = Math.min(budget.burst, tokens + (t - at) / budget.everyMs);
    at = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/** y-webrtc's message types (y-webrtc.js) and y-protocols' sync step 1 (sync.js). */
const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;

/** Whether a y-webrtc message asks for our state (sync step 1); a message that does not decode is not one. */
export function isSyncRequest(message: Uint8Array): boolean {
  try {
    const d = decoding.createDecoder(message);
    return decoding.readVarUint(d) === MESSAGE_SYNC && decoding.readVarUint(d) === SYNC_STEP_1;
  } catch {
    return false;
  }
}
