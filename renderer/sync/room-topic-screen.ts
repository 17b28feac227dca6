/**
 * What a y-webrtc room's topic may bring in over the signaling socket, checked before y-webrtc
 * reads it. Anyone who knows the room name can publish on it through the host's signaling server
 * (the partner, or someone reading the clear-text signaling on the LAN), and can read what is
 * published there; none of it passes the partner's message budget. y-webrtc decrypts every frame,
 * keeps each new peer id it is told of, and leaves each failed decrypt unhandled.
 *
 * So, per frame, in this order:
 * - longer than any honest signaling message, or not text: dropped unread;
 * - our own publish coming back from the server (known by its envelope head, recorded as it was
 *   sent): dropped — y-webrtc ignores its own messages anyway, and it must cost nothing;
 * - a head seen before: a replay (y-webrtc draws a fresh random IV per message), reported and
 *   dropped, so a frame captured off the topic cannot be sent again to spend the partner's budget;
 * - then tried with the room's key (`opens`, at most MAX_TRIALS_IN_FLIGHT at once: WebCrypto
 *   works off the main thread, and its queue must not grow with a flood). One that does not open
 *   is reported and never reaches y-webrtc; one that opens comes from someone holding the secret
 *   (the partner) and passes, in arrival order, at a steady rate after a burst.
 * Only a flood that keeps 64 trials in flight can crowd out the partner's own few frames.
 */

/** Honest room-topic frames are ~0.3–3 K characters (an encrypted SDP is the largest): 10× that. */
export const MAX_ROOM_FRAME_CHARS = 32 * 1024;
/** Frames that open with the key let through back to back (a connection and a few reconnects), then the rate below. */
export const ROOM_FRAMES_BURST = 100;
export const ROOM_FRAMES_PER_SECOND = 20;
/** Trial decrypts under way at once, per topic. */
export const MAX_TRIALS_IN_FLIGHT = 64;
/**
 * y-webrtc's envelope starts with lib0's varString "AES-GCM" (8 bytes) and the IV (1 + 12): these
 * 21 bytes are the first 28 base64 characters, fresh for every message y-webrtc encrypts.
 */
export const HEAD_CHARS = 28;
/** Heads remembered (seen, and our own sent) per topic: ~115 KB at most. */
export const HEADS_REMEMBERED = 4096;

/** A lib0 websocket client: listeners hear `emit('message', [msg, conn])`; `send` publishes. */
export interface EmittingSocket {
  emit(name: string, args: unknown[]): unknown;
  send(message: unknown): unknown;
}

export interface RoomTopicOptions {
  /** Whether a frame opens with the room's key (absent: every frame of an honest shape is let through). */
  opens?: (data: string) => Promise<boolean>;
  /** A frame that did not open, or is not y-webrtc's envelope: someone in the room holds another secret, or sent junk. */
  onUndecryptable?: () => void;
  /** A frame that opened: someone holding the secret is in the room. */
  onOpened?: () => void;
  /** A frame sent again (a head seen before). */
  onReplay?: () => void;
  now?: () => number;
}

/** A set that forgets its oldest entries past a size. */
class Heads {
  private readonly set = new Set<string>();
  has(h: string) {
    return this.set.has(h);
  }
  add(h: string) {
    this.set.add(h);
    if (this.set.size > HEADS_REMEMBERED) this.set.delete(this.set.values().next().value as string);
  }
  delete(h: string) {
    this.set.delete(h);
  }
}

interface Topic {
  opts: RoomTopicOptions;
  tokens: number;
  at: number;
  inFlight: number;
  /** Frames are handed on in the order they came (an offer before its candidates). */
  chain: Promise<void>;
  stopped: boolean;
  seen: Heads;
  own: Heads;
}

const screens = new WeakMap<EmittingSocket, Map<string, Topic>>();

const nowOf = (t: Topic) => (t.opts.now ?? (() => performance.now()))();

function takeToken(t: Topic): boolean {
  const now = nowOf(t);
  t.tokens = Math.min(ROOM_FRAMES_BURST, t.tokens + (Math.max(0, now - t.at) / 1000) * ROOM_FRAMES_PER_SECOND);
  t.at = now;
  if (t.tokens < 1) return false;
  t.tokens -= 1;
  return true;
}

/** Hands a frame on (to every listener: y-webrtc's first) once it is known to open, in order. */
function screen(socket: EmittingSocket, emit: EmittingSocket['emit'], t: Topic, data: string, args: unknown[]): void {
  const head = data.slice(0, HEAD_CHARS);
  if (t.own.has(head)) {
    t.own.delete(head);
    t.seen.add(head);
    return;
  }
  if (t.seen.has(head)) return t.opts.onReplay?.();
  t.seen.add(head);
  const opens = t.opts.opens;
  if (!opens) {
    if (takeToken(t)) emit.call(socket, 'message', args);
    return;
  }
  if (t.inFlight >= MAX_TRIALS_IN_FLIGHT) return;
  t.inFlight++;
  // Its slot is free once this trial ends, not when the frames before it have been handed on.
  const trial = opens(data)
    .catch(
      // Stryker disable next-line ArrowFunction: undefined reads as false below (`!ok`)
      () => false,
    )
    .finally(() => t.inFlight--);
  t.chain = t.chain
    .then(async () => {
      const ok = await trial;
      if (t.stopped) return;
      if (!ok) return t.opts.onUndecryptable?.();
      t.opts.onOpened?.();
      if (takeToken(t)) emit.call(socket, 'message', args);
    })
    // A listener that throws (y-webrtc on an answer for a connection it already dropped) must not
    // stop the frames after it, as a rejected chain would: thrown again on its own, as an error in
    // lib0's onmessage was before this screen.
    .catch(throwLater);
}

const throwLater = (e: unknown) => {
  setTimeout(() => {
    throw e;
  });
};

const publishOf = (m: unknown) => {
  const p = m as { type?: unknown; topic?: unknown; data?: unknown } | null;
  return p?.type === 'publish' &&
    // Stryker disable next-line ConditionalExpression: the topics' map is keyed by strings, so another topic finds nothing either way
    typeof p.topic === 'string'
    ? (p as { topic: string; data?: unknown })
    : undefined;
};

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
    const { emit, send } = socket;
    // Wrapped on the instance: y-webrtc's own listener was added first and must not hear a frame before it is screened.
    socket.emit = function (this: EmittingSocket, name: string, args: unknown[]) {
      const m = name === 'message' ? publishOf(args[0]) : undefined;
      const t = m && installed.get(m.topic);
      if (!t) return emit.call(this, name, args);
      // Our rooms always have a secret: their frames are base64 strings (y-webrtc's encryptJson).
      if (typeof m!.data !== 'string' || m!.data.length > MAX_ROOM_FRAME_CHARS) return undefined;
      screen(this, emit, t, m!.data, args);
      return undefined;
    };
    // What we publish on the topic comes back from the server: known by its head, it is dropped.
    socket.send = function (this: EmittingSocket, message: unknown) {
      const m = publishOf(message);
      const t = m && installed.get(m.topic);
      if (t && typeof m!.data === 'string') t.own.add(m!.data.slice(0, HEAD_CHARS));
      return send.call(this, message);
    };
  }
  const t: Topic = { opts, tokens: ROOM_FRAMES_BURST, at: 0, inFlight: 0, chain: Promise.resolve(), stopped: false, seen: new Heads(), own: new Heads() };
  t.at = nowOf(t);
  const current = topics;
  current.set(topic, t);
  return () => {
    t.stopped = true;
    // A later session of the same room may have taken the topic over: leave its screen alone.
    if (current.get(topic) === t) current.delete(topic);
  };
}
