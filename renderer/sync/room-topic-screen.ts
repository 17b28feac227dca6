/**
 * What a y-webrtc room's topic may bring in over the signaling socket, checked before y-webrtc
 * reads it. Anyone who knows the room name can publish on it through the host's signaling server
 * (the partner, or someone reading the clear-text signaling on the LAN), and none of it passes the
 * partner's message budget: y-webrtc decrypts every frame, keeps each new peer id it is told of,
 * and leaves each failed decrypt unhandled.
 *
 * So each frame is first tried with the room's key here (`opens`). One that does not open (a
 * wrong invite code, or junk) never reaches y-webrtc: it is only reported. One that opens comes
 * from someone holding the secret — the partner — and passes at a steady rate after a burst. A
 * frame longer than any honest signaling message is dropped unread. Trial decrypts run at most
 * MAX_TRIALS_IN_FLIGHT at a time (WebCrypto works off the main thread; its queue must not grow
 * with a flood): past that, frames are dropped unread. Only a flood that keeps WebCrypto that
 * busy can crowd out the partner's own few frames; a rate limit on all frames would have let
 * 20 junk frames a second do it.
 */

/** Honest room-topic frames are ~0.3–3 K characters (an encrypted SDP is the largest): 10× that. */
export const MAX_ROOM_FRAME_CHARS = 32 * 1024;
/** Frames that open with the key let through back to back (a connection and a few reconnects), then the rate below. */
export const ROOM_FRAMES_BURST = 100;
export const ROOM_FRAMES_PER_SECOND = 20;
/** Trial decrypts under way at once, per topic. */
export const MAX_TRIALS_IN_FLIGHT = 64;

/** A lib0 websocket client: every listener hears a message through `emit('message', [msg, conn])`. */
export interface EmittingSocket {
  emit(name: string, args: unknown[]): unknown;
}

export interface RoomTopicOptions {
  /** Whether a frame opens with the room's key (absent: every frame of an honest length is let through). */
  opens?: (data: string) => Promise<boolean>;
  /** A frame that did not open: someone in the room holds another secret. */
  onUndecryptable?: () => void;
  now?: () => number;
}

interface Topic {
  opts: RoomTopicOptions;
  tokens: number;
  at: number;
  inFlight: number;
  /** Frames are handed on in the order they came (an offer before its candidates). */
  chain: Promise<void>;
  stopped: boolean;
}

const screens = new WeakMap<EmittingSocket, Map<string, Topic>>();

const nowOf = (t: Topic) => (t.opts.now ?? (() => performance.now()))();

function takeToken(t: Topic): boolean {
  const now = nowOf(t);
  t.tokens = Math.min(ROOM_FRAMES_BURST, t.tokens + ((now - t.at) / 1000) * ROOM_FRAMES_PER_SECOND);
  t.at = now;
  if (t.tokens < 1) return false;
  t.tokens -= 1;
  return true;
}

/** Hands a frame on (to every listener: y-webrtc's first) once it is known to open, in order. */
function screen(socket: EmittingSocket, emit: EmittingSocket['emit'], t: Topic, data: string, args: unknown[]): void {
  const opens = t.opts.opens;
  if (!opens) {
    if (takeToken(t)) emit.call(socket, 'message', args);
    return;
  }
  if (t.inFlight >= MAX_TRIALS_IN_FLIGHT) return;
  t.inFlight++;
  const trial = opens(data).catch(() => false);
  t.chain = t.chain.then(async () => {
    const ok = await trial;
    t.inFlight--;
    if (t.stopped) return;
    if (!ok) return t.opts.onUndecryptable?.();
    if (takeToken(t)) emit.call(socket, 'message', args);
  });
}

/**
 * Screens `topic` on this socket (once per socket, however many rooms share it: y-webrtc keeps
 * one socket per signaling URL for the whole page). Returns how to stop screening the topic.
 */
export function screenRoomTopic(socket: EmittingSocket, topic: string, opts: RoomTopicOptions = {}): () => void {
  let topics = screens.get(socket);
  if (!topics) {
    const installed = new Map<string, Topic>();
    topics = installed;
    screens.set(socket, installed);
    const emit = socket.emit;
    // Wrapped on the instance: y-webrtc's own listener was added first and must not hear a frame before it is screened.
    socket.emit = function (this: EmittingSocket, name: string, args: unknown[]) {
      const m = name === 'message' ? (args[0] as { type?: unknown; topic?: unknown; data?: unknown } | null) : undefined;
      const t = m?.type === 'publish' && typeof m.topic === 'string' ? installed.get(m.topic) : undefined;
      if (!t) return emit.call(this, name, args);
      // Our rooms always have a secret: their frames are base64 strings (y-webrtc's encryptJson).
      if (typeof m!.data !== 'string' || m!.data.length > MAX_ROOM_FRAME_CHARS) return undefined;
      screen(this, emit, t, m!.data, args);
      return undefined;
    };
  }
  const t: Topic = { opts, tokens: ROOM_FRAMES_BURST, at: 0, inFlight: 0, chain: Promise.resolve(), stopped: false };
  t.at = nowOf(t);
  const current = topics;
  current.set(topic, t);
  return () => {
    t.stopped = true;
    // A later session of the same room may have taken the topic over: leave its screen alone.
    if (current.get(topic) === t) current.delete(topic);
  };
}
