/**
 * What a y-webrtc room's topic may bring in over the signaling socket, checked before y-webrtc
 * or our own listeners (wrong-code detector) read it. Anyone who knows the room name can publish
 * on it through the host's signaling server, the partner included, and none of it passes the
 * partner's message budget: y-webrtc decrypts every frame and keeps each new peer id it is told
 * of, and the wrong-code detector trial-decrypts every frame. Honest traffic on the topic is a
 * few small messages per connection (announce, an SDP offer or answer, ICE candidates, the
 * host's nudge), so a frame longer than any of those is dropped, and past a burst the topic gets
 * a steady rate: a flood costs a bounded, small share of this laptop's main thread and memory.
 * Dropped frames are not told to anyone: a stranger must not be able to set off alerts at will.
 */

/** Honest room-topic frames are ~0.3–3 K characters (an encrypted SDP is the largest): 10× that. */
export const MAX_ROOM_FRAME_CHARS = 32 * 1024;
/** Frames let through back to back (a connection and a few reconnects), then the rate below. */
export const ROOM_FRAMES_BURST = 100;
export const ROOM_FRAMES_PER_SECOND = 20;

/** A lib0 websocket client: every listener hears a message through `emit('message', [msg, conn])`. */
export interface EmittingSocket {
  emit(name: string, args: unknown[]): unknown;
}

interface Bucket {
  tokens: number;
  at: number;
}

interface Screen {
  topics: Map<string, Bucket>;
  now: () => number;
}

const screens = new WeakMap<EmittingSocket, Screen>();

function admit(screen: Screen, raw: unknown): boolean {
  const m = raw as { type?: unknown; topic?: unknown; data?: unknown } | null;
  if (m?.type !== 'publish' || typeof m.topic !== 'string') return true;
  const bucket = screen.topics.get(m.topic);
  if (!bucket) return true;
  // Our rooms always have a secret: their frames are base64 strings (y-webrtc's encryptJson).
  if (typeof m.data !== 'string' || m.data.length > MAX_ROOM_FRAME_CHARS) return false;
  const now = screen.now();
  bucket.tokens = Math.min(ROOM_FRAMES_BURST, bucket.tokens + ((now - bucket.at) / 1000) * ROOM_FRAMES_PER_SECOND);
  bucket.at = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/**
 * Screens `topic` on this socket (once per socket, however many rooms share it: y-webrtc keeps
 * one socket per signaling URL for the whole page). Returns how to stop screening the topic.
 */
export function screenRoomTopic(socket: EmittingSocket, topic: string, now: () => number = () => performance.now()): () => void {
  let screen = screens.get(socket);
  if (!screen) {
    const installed: Screen = { topics: new Map(), now };
    screen = installed;
    screens.set(socket, installed);
    const emit = socket.emit;
    // Wrapped on the instance: y-webrtc's own listener was added first and must not see a dropped frame.
    socket.emit = function (this: EmittingSocket, name: string, args: unknown[]) {
      if (name === 'message' && !admit(installed, args[0])) return undefined;
      return emit.call(this, name, args);
    };
  }
  const bucket: Bucket = { tokens: ROOM_FRAMES_BURST, at: screen.now() };
  const topics = screen.topics;
  topics.set(topic, bucket);
  return () => {
    // A later session of the same room may have taken the topic over: leave its screen alone.
    if (topics.get(topic) === bucket) topics.delete(topic);
  };
}
