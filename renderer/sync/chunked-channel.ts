/**
 * Large messages over a WebRTC data channel. Chromium refuses to send a message
 * over the channel's max-message-size (256 KiB): `send()` throws, y-webrtc swallows
 * the error, and the partner silently never gets the first sync of a workspace
 * with a long decision log, or a long pasted text. So messages above one chunk are
 * cut into frames and put back together on the other side, and frames wait for the
 * channel's buffer to drain instead of overflowing it.
 *
 * A frame starts with two bytes no y-webrtc message starts with (0xF5 begins a
 * multi-byte message type no y-webrtc version uses), so small messages still go
 * out unchanged and a stock y-webrtc peer reads them as before.
 *
 * Frame: F5 AC | message id (u32) | index (u32) | count (u32) | payload.
 * The partner is untrusted: a frame out of order, a count beyond the size bound or
 * an oversized payload drops the message being assembled; nothing throws.
 */

export const CHUNK_BYTES = 64 * 1024;
/**
 * Largest message put back together. A workspace's first sync is one message as big as the
 * doc, so this must hold the workspace's 32 MB doc cap (MAX_WORKSPACE_DOC_BYTES) and its
 * framing: with a smaller cap an honest large workspace never completed its first sync (the
 * frames were dropped silently). It is also the most one peer's reassembly holds in memory.
 */
export const MAX_REASSEMBLED_BYTES = 32 * 1024 * 1024;

/** The reassembly cap for a guard that accepts updates of `maxUpdateBytes`: the update plus its y-webrtc framing. */
export function reassemblyCap(maxUpdateBytes: number): number {
  return Math.min(maxUpdateBytes + CHUNK_BYTES, MAX_REASSEMBLED_BYTES);
}
const MAGIC0 = 0xf5;
const MAGIC1 = 0xac;
const HEADER = 14;

export function isFrame(data: Uint8Array): boolean {
  return data.length >= HEADER && data[0] === MAGIC0 && data[1] === MAGIC1;
}

/** The frames for one message (one frame per CHUNK_BYTES), or the message itself when it fits. */
export function frameMessage(message: Uint8Array, id: number, chunkBytes = CHUNK_BYTES): Uint8Array[] {
  if (message.length <= chunkBytes && !isFrame(message)) return [message];
  const count = Math.max(1, Math.ceil(message.length / chunkBytes));
  const frames: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const payload = message.subarray(index * chunkBytes, (index + 1) * chunkBytes);
    const frame = new Uint8Array(HEADER + payload.length);
    const view = new DataView(frame.buffer);
    frame[0] = MAGIC0;
    frame[1] = MAGIC1;
    view.setUint32(2, id >>> 0);
    view.setUint32(6, index);
    view.setUint32(10, count);
    frame.set(payload, HEADER);
    frames.push(frame);
  }
  return frames;
}

export interface Reassembler {
  /** A whole message, `undefined` while one is being assembled (or a frame was dropped). */
  push(data: Uint8Array): Uint8Array | undefined;
}

/**
 * Puts frames back together; a message may not exceed `maxBytes`. One that says it is larger,
 * or grows larger, is dropped and `onOversize` says so (the partner is refused: an honest one
 * never sends such a message, and dropping it silently would stall the sync unexplained).
 */
export function createReassembler(maxBytes: number, chunkBytes = CHUNK_BYTES, onOversize: (reason: string) => void = () => {}): Reassembler {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.round(maxBytes / 1024)} KB`;
  /** The last message said to be too large: its other frames are dropped without saying it again. */
  let refusedId: number | undefined;
  const oversize = (id: number) => {
    if (id !== refusedId) onOversize(`your partner's laptop sent a message over the ${limit} limit`);
    refusedId = id;
  };
  const maxCount = Math.ceil(maxBytes / chunkBytes);
  let current: { id: number; count: number; parts: Uint8Array[]; bytes: number } | undefined;
  return {
    push(data) {
      if (!isFrame(data)) {
        // A whole message between frames of another: the other cannot be completed in order.
        current = undefined;
        return data;
      }
      const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      const id = view.getUint32(2);
      const index = view.getUint32(6);
      const count = view.getUint32(10);
      const payload = data.subarray(HEADER);
      // index < count also refuses count 0 (index is unsigned).
      const valid = index < count && payload.length <= chunkBytes;
      if (!valid || count > maxCount) {
        current = undefined;
        if (valid) oversize(id);
        return undefined;
      }
      if (index === 0) current = { id, count, parts: [], bytes: 0 };
      else if (!current || current.id !== id || current.count !== count || current.parts.length !== index) {
        current = undefined;
        return undefined;
      }
      current.parts.push(payload.slice());
      current.bytes += payload.length;
      if (current.bytes > maxBytes) {
        current = undefined;
        oversize(id);
        return undefined;
      }
      if (current.parts.length < count) return undefined;
      const whole = new Uint8Array(current.bytes);
      let at = 0;
      for (const part of current.parts) {
        whole.set(part, at);
        at += part.length;
      }
      current = undefined;
      return whole;
    },
  };
}

/** What this module touches on a simple-peer instance. */
export interface PeerLike {
  send(data: Uint8Array): void;
  emit(event: string | symbol, ...args: unknown[]): boolean;
  destroyed?: boolean;
  _channel?: { bufferedAmount: number; readyState?: string } | null;
}

export interface ChunkingOptions {
  /** Largest message accepted from the partner once put back together. */
  maxMessageBytes: number;
  /** Frames wait while the channel holds more than this. */
  highWaterBytes?: number;
  /** How to wait for the buffer to drain (tests pass their own). */
  later?: (fn: () => void) => void;
  /** Every raw message as it arrives, before anything else reads it; false drops it (the rate budget). */
  onRaw?: (data: Uint8Array) => boolean;
  /** Every whole message before y-webrtc reads it; false drops it (a sync request over its budget). */
  onWhole?: (message: Uint8Array) => boolean;
  /** A message over `maxMessageBytes` was dropped. */
  onOversize?: (reason: string) => void;
}

/**
 * Wraps a simple-peer instance: `send` frames large messages and paces them by the
 * channel's buffer, `data` events reassemble them. Call before the peer connects.
 */
export function installChunking(peer: PeerLike, options: ChunkingOptions): void {
  const high = options.highWaterBytes ?? 1024 * 1024;
  const later = options.later ?? ((fn: () => void) => void setTimeout(fn, 20));
  const rawSend = peer.send.bind(peer);
  const rawEmit = peer.emit.bind(peer);
  const reassembler = createReassembler(options.maxMessageBytes, CHUNK_BYTES, options.onOversize);
  const queue: Uint8Array[] = [];
  let nextId = 1;
  let pumping = false;

  const pump = () => {
    pumping = false;
    while (queue.length) {
      if (peer.destroyed) {
        queue.length = 0;
        return;
      }
      const buffered = peer._channel?.bufferedAmount ?? 0;
      if (buffered > high) {
        pumping = true;
        later(pump);
        return;
      }
      try {
        rawSend(queue.shift()!);
      } catch {
        // The channel closed under us; y-webrtc reconnects and syncs again from scratch.
        queue.length = 0;
        return;
      }
    }
  };

  peer.send = (data: Uint8Array) => {
    // Stryker disable next-line UpdateOperator: ids only need to differ from the previous message's; counting down does too
    const frames = frameMessage(data, nextId++);
    if (frames.length === 1 && !queue.length) {
      rawSend(frames[0]);
      return;
    }
    // Frames keep their order with later small messages.
    queue.push(...frames);
    if (!pumping) pump();
  };

  peer.emit = (event: string | symbol, ...args: unknown[]) => {
    // Stryker disable next-line ConditionalExpression: data that is not bytes is never a frame, so the reassembler would hand it back unchanged
    if (event !== 'data' || !(args[0] instanceof Uint8Array)) return rawEmit(event, ...args);
    // Stryker disable next-line BooleanLiteral: simple-peer ignores emit's return value
    if (options.onRaw && !options.onRaw(args[0])) return true;
    const whole = reassembler.push(args[0]);
    if (!whole || (options.onWhole && !options.onWhole(whole))) return true;
    return rawEmit('data', whole);
  };
}
