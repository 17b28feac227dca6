import * as Y from 'yjs';
import { deleteSetProblem } from './wire-screen';
import { HalfSentParts } from './relay-parts';
import * as decoding from 'lib0/decoding';
import { fromBase64 } from 'lib0/buffer';
import { encryptForRoom } from './wrong-code-detector';
import { RELAY_HELLOS, tokenGate, type Budget } from './inbound-limits';
import type { RefusalKind } from './peer-guard';

/**
 * The way through when WebRTC cannot open a data channel (no default route, multicast
 * filtered, devices isolated): carry the same Yjs updates as `publish` messages on a derived
 * topic over the signaling socket the provider already has to the host laptop. No new server.
 *
 * Every message is encrypted exactly like y-webrtc's own signaling — AES-GCM with the room key
 * (`provider.key`, PBKDF2 of the invite secret), lib0 `writeAny` inside, base64 on the wire — so
 * the host's server relays ciphertext only. Received updates go into the session's `wire` doc,
 * so they pass the same peer guard as WebRTC ones. Without a key the relay never sends.
 *
 * Protocol (Yjs sync): `hello` carries a state vector; the answer is the missing update.
 * Updates are cut into chunks well under the server's 256 KB frame limit.
 */

/** Origin of updates the relay applies to the wire doc (never echoed back out). */
export const RELAY_ORIGIN = Symbol('accord-relay');

export const DEFAULT_CHUNK_BYTES = 64 * 1024;
/** The largest update the relay reassembles (the workspace's own cap is 32 MB). */
export const DEFAULT_MAX_UPDATE_BYTES = 32_000_000;
/**
 * Bytes held across half-finished updates (parts waiting for the rest), as a multiple of the
 * largest update: that update whole, plus one more left half-sent (a partner that reloaded
 * mid-answer, or a second answer overlapping the first). Past it the partner is refused ('size').
 */
export const PENDING_BYTES_PER_UPDATE = 2;
/**
 * A half-finished update not completed this long after its first part is dropped: the largest
 * update (32 MB, ~43 MB as base64) at 1 MB/s takes ~43 s. An honest partner's next hello answer
 * brings what was lost.
 */
export const PENDING_MAX_AGE_MS = 60_000;
/**
 * A whole-doc answer to a hello waits while more than this is still in a signaling socket's send
 * buffer (the previous answer has not drained) or while the previous answer is still being sent.
 */
export const ANSWER_BUFFERED_BYTES = 1024 * 1024;
/** How often a waiting answer looks at the send buffer again (browsers give no drain event). */
export const ANSWER_RETRY_MS = 250;
/**
 * An envelope's first 21 bytes, "AES-GCM" and its random 96-bit IV, are its first 28 base64
 * characters: enough to know our own publish when the server echoes it, without decrypting it.
 */
const ENVELOPE_HEAD_CHARS = 28;
/**
 * The longest frame read (base64 characters). An honest one is at most a part of DEFAULT_CHUNK_BYTES
 * plus its header, sealed (~88 K characters), or a hello whose state vector lists every writer the
 * doc ever had (a few KB after years of launches). A longer one is not decoded at all: a frame
 * that does not decrypt is never counted (it may come from a stranger with a wrong code, who
 * must not spend the partner's budget), so its decode is all that bounds what it costs.
 */
export const MAX_FRAME_CHARS = 256 * 1024;
/** Own publishes remembered until their echo (a socket that never echoes cannot grow this). */
const MAX_OWN_SENT = 4096;
/** A partner silent this long may be replaced (they reloaded: a new relay id). */
export const PARTNER_STALE_MS = 13_000;

export function relayTopic(room: string): string {
  return `${room}#relay`;
}

/** The part of y-webrtc's SignalingConn (a lib0 WebsocketClient) the relay uses. */
export interface RelaySocket {
  connected: boolean;
  /** lib0's WebsocketClient holds its WebSocket here (null while reconnecting): its send buffer. */
  ws?: { readonly bufferedAmount: number } | null;
  send(message: unknown): void;
  on(event: string, cb: (...args: any[]) => void): void;
  off(event: string, cb: (...args: any[]) => void): void;
}

export interface RelayOptions {
  room: string;
  /** The network-facing doc (behind the peer guard). */
  wire: Y.Doc;
  key: PromiseLike<CryptoKey | null>;
  /** Read on every use: y-webrtc recreates its sockets after a reconnect. */
  sockets: () => Iterable<RelaySocket>;
  /** Something the status depends on changed (peer heard, data carried). */
  onChange: () => void;
  chunkBytes?: number;
  /** The largest update reassembled; PENDING_BYTES_PER_UPDATE times it may be held half-finished. */
  maxUpdateBytes?: number;
  /** Every message from the partner, before it is read; false drops it (the session's rate budget). */
  onInbound?: (bytes: number) => boolean;
  /** The partner is refused: a whole update before it is applied (wire-screen.ts, 'malformed'), or half-finished ones past PENDING_BYTES_PER_UPDATE × maxUpdateBytes ('size'). */
  onRefuse?: (reason: string, kind: RefusalKind) => void;
  /** How many of the partner's hellos are answered (each answer encodes what they miss, up to the whole doc). */
  hellos?: Budget;
  now?: () => number;
}

type Hello = { v: 1; kind: 'hello'; from: string; to?: string; sv: Uint8Array; reply?: boolean };
type Chunk = { v: 1; kind: 'update'; from: string; to?: string; seq: number; part: number; parts: number; size: number; data: Uint8Array };
type RelayMessage = Hello | Chunk;

/** The plaintext of a message sealed with the room key; null for anything else. */
async function openFromRoom(base64: string, key: CryptoKey): Promise<Uint8Array | null> {
  try {
    const bytes = fromBase64(base64);
    const envelope = decoding.createDecoder(bytes);
    if (decoding.readVarString(envelope) !== 'AES-GCM') return null;
    const iv = decoding.readVarUint8Array(envelope);
    const cipher = decoding.readVarUint8Array(envelope);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, cipher));
    // Stryker disable next-line BlockStatement: an empty catch returns undefined, which the one caller reads as null (`!plain`)
  } catch {
    return null;
  }
}

function isRelayMessage(m: unknown): m is RelayMessage {
  const x = m as { [k: string]: unknown } | null;
  if (!x || x.v !== 1 || typeof x.from !== 'string') return false;
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: receive() drops any \`to\` but our id anyway; this keeps the type guard true
  if (x.to !== undefined && typeof x.to !== 'string') return false;
  if (x.kind === 'hello') return x.sv instanceof Uint8Array;
  return (
    x.kind === 'update' &&
    x.data instanceof Uint8Array &&
    [x.seq, x.part, x.parts, x.size].every((n) => Number.isSafeInteger(n) && (n as number) >= 0) &&
    (x.part as number) < (x.parts as number)
  );
}

export class SignalingRelay {
  readonly id = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  readonly topic: string;
  /** Sending (the session found no direct link). Incoming relay data is applied either way. */
  active = false;
  /** The partner's relay was heard (a message that decrypted with the room key). */
  peerSeen = false;
  /** The partner's messages arrived while active: the relay carries data. */
  carrying = false;
  /** Bytes of relay payload sent and received (for the bench and diagnostics). */
  readonly traffic = { sentBytes: 0, receivedBytes: 0 };
  private readonly chunkBytes: number;
  private readonly maxUpdateBytes: number;
  private readonly maxPendingBytes: number;
  private readonly now: () => number;
  private readonly attached = new Map<RelaySocket, { message: (m: unknown) => void; connect: () => void }>();
  private readonly halfSent: HalfSentParts;
  /** Envelope heads of our own publishes → echoes still expected (one per socket it went to). */
  private readonly ownSent = new Map<string, number>();
  /** A whole-doc answer is being encrypted and sent. */
  private answering = false;
  /** The latest hello whose answer waits for the send buffer to drain (its state vector knows the most). */
  private deferred?: { to: string; sv: Uint8Array };
  private retry?: ReturnType<typeof setTimeout>;
  private seq = 0;
  private lastHeard = 0;
  /** The one partner this relay talks to: a two-person room (others are counted, not heard). */
  private partnerId?: string;
  refusedSenders = 0;
  private destroyed = false;
  /** Whether the partner's next hello is answered (a burst, then one per RELAY_HELLOS.everyMs). */
  private readonly helloGate: () => boolean;
  /** Called when a partner's hello arrives while the relay is idle (the session decides). */
  onPeerHello: () => void = () => {};

  constructor(private readonly opts: RelayOptions) {
    this.topic = relayTopic(opts.room);
    this.chunkBytes = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    this.maxUpdateBytes = opts.maxUpdateBytes ?? DEFAULT_MAX_UPDATE_BYTES;
    this.maxPendingBytes = PENDING_BYTES_PER_UPDATE * this.maxUpdateBytes;
    this.now = opts.now ?? (() => performance.now());
    this.halfSent = new HalfSentParts(this.maxPendingBytes, PENDING_MAX_AGE_MS, this.now);
    this.helloGate = tokenGate(opts.hellos ?? RELAY_HELLOS, opts.now);
    opts.wire.on('update', this.onWireUpdate);
    this.attach();
  }

  /** Listen on every current signaling socket (idempotent; call again after a reconnect). */
  attach(): void {
    if (this.destroyed) return;
    const current = new Set(this.opts.sockets());
    for (const [socket, handlers] of this.attached) {
      if (current.has(socket)) continue;
      socket.off('message', handlers.message);
      socket.off('connect', handlers.connect);
      this.attached.delete(socket);
    }
    for (const socket of current) {
      if (this.attached.has(socket)) continue;
      const handlers = {
        message: (m: unknown) => void this.receive(m),
        connect: () => {
          this.subscribe(socket);
          // Stryker disable next-line ConditionalExpression: a fast path; publish() drops anything sent while idle
          if (this.active) void this.sendHello();
        },
      };
      socket.on('message', handlers.message);
      socket.on('connect', handlers.connect);
      this.attached.set(socket, handlers);
      if (socket.connected) this.subscribe(socket);
    }
  }

  start(): void {
    if (this.active || this.destroyed) return;
    this.active = true;
    void this.sendHello();
    this.opts.onChange();
  }

  /** A direct link opened (or the user went offline): stop sending. */
  stop(): void {
    this.deferred = undefined;
    clearTimeout(this.retry);
    this.retry = undefined;
    if (!this.active) return;
    this.active = false;
    this.carrying = false;
    this.opts.onChange();
  }

  /** While active, re-announce so both sides keep hearing each other (and catch up after a drop). */
  heartbeat(): void {
    // Stryker disable next-line ConditionalExpression: a fast path; publish() drops anything sent while idle
    if (this.active) void this.sendHello();
  }

  /** Forget a partner not heard from for `staleMs`: they left, or the host went away. */
  expire(staleMs: number, now = Date.now()): void {
    this.halfSent.dropStale();
    if (!this.peerSeen || now - this.lastHeard <= staleMs) return;
    this.peerSeen = false;
    this.carrying = false;
    this.opts.onChange();
  }

  destroy(): void {
    this.stop();
    this.destroyed = true;
    // Stryker disable next-line StringLiteral: not observable: a destroyed relay is stopped, so onWireUpdate sends nothing (this frees it)
    this.opts.wire.off('update', this.onWireUpdate);
    for (const [socket, handlers] of this.attached) {
      if (socket.connected) socket.send({ type: 'unsubscribe', topics: [this.topic] });
      // Stryker disable next-line StringLiteral: not observable: receive() ignores everything once destroyed (this frees the relay)
      socket.off('message', handlers.message);
      socket.off('connect', handlers.connect);
    }
    this.attached.clear();
    this.halfSent.clear();
    this.ownSent.clear();
  }

  /** Bytes held in parts of half-finished updates from the partner (diagnostics, tests). */
  get pendingBytes(): number {
    return this.halfSent.bytes;
  }

  private subscribe(socket: RelaySocket) {
    socket.send({ type: 'subscribe', topics: [this.topic] });
  }

  private readonly onWireUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === RELAY_ORIGIN || !this.peerSeen) return;
    // Stryker disable next-line ConditionalExpression: a fast path; publish() drops anything sent while idle
    if (!this.active) return;
    void this.sendUpdate(update);
  };

  private sendHello(to?: string, reply = false) {
    const hello: Hello = { v: 1, kind: 'hello', from: this.id, sv: Y.encodeStateVector(this.opts.wire), ...(to ? { to } : {}), ...(reply ? { reply } : {}) };
    return this.publish(hello);
  }

  private async sendUpdate(update: Uint8Array, to?: string) {
    const seq = this.seq++;
    const parts = Math.max(1, Math.ceil(update.length / this.chunkBytes));
    for (let part = 0; part < parts; part++) {
      const data = update.subarray(part * this.chunkBytes, (part + 1) * this.chunkBytes);
      await this.publish({ v: 1, kind: 'update', from: this.id, ...(to ? { to } : {}), seq, part, parts, size: update.length, data });
    }
  }

  private async publish(message: RelayMessage) {
    const key = await this.opts.key;
    // Never in the clear: a room without a key gets no relay.
    // Stryker disable next-line ConditionalExpression: `destroyed` saves an encryption only (destroy() stops first, so the check below holds too)
    if (!key || this.destroyed) return;
    const data = await encryptForRoom(message, key);
    // Stopped while this was being encrypted (a direct link opened): stay silent.
    // Stryker disable next-line ConditionalExpression: destroy() stops first, so `destroyed` implies `!active`
    if (!this.active || this.destroyed) return;
    let sent = 0;
    for (const socket of this.attached.keys()) {
      if (!socket.connected) continue;
      socket.send({ type: 'publish', topic: this.topic, data });
      this.traffic.sentBytes += data.length;
      sent++;
    }
    if (!sent) return;
    // The server echoes every publish to its sender too: known by its head, it costs no decrypt
    // and is not counted against the partner.
    this.ownSent.set(data.slice(0, ENVELOPE_HEAD_CHARS), sent);
    if (this.ownSent.size > MAX_OWN_SENT) this.ownSent.delete(this.ownSent.keys().next().value!);
  }

  /** Our own publish coming back from the server (checked on its plaintext head only). */
  private isOwnEcho(data: string): boolean {
    const head = data.slice(0, ENVELOPE_HEAD_CHARS);
    const left = this.ownSent.get(head);
    if (left === undefined) return false;
    if (left > 1) this.ownSent.set(head, left - 1);
    else this.ownSent.delete(head);
    return true;
  }

  /** The most any connected signaling socket still has to send. */
  private buffered(): number {
    let most = 0;
    for (const socket of this.attached.keys()) if (socket.connected) most = Math.max(most, socket.ws?.bufferedAmount ?? 0);
    return most;
  }

  /**
   * Answers a hello with what the partner lacks (up to the whole doc). Not while the previous
   * answer is still being sent or sits in the socket's buffer: each hello could otherwise queue
   * another whole doc behind it without bound. The latest such hello waits and is answered once
   * the buffer drains (an honest reconnect still gets its answer).
   */
  private async answer(to: string, sv: Uint8Array) {
    if (this.answering || this.buffered() > ANSWER_BUFFERED_BYTES) {
      this.deferred = { to, sv };
      this.retry ??= setTimeout(() => {
        this.retry = undefined;
        const next = this.deferred;
        this.deferred = undefined;
        if (next && this.active && !this.destroyed) void this.answer(next.to, next.sv);
      }, ANSWER_RETRY_MS);
      return;
    }
    // A hello waiting from before knows less than this one: its answer would only repeat this one.
    this.deferred = undefined;
    this.answering = true;
    try {
      const missing = Y.encodeStateAsUpdate(this.opts.wire, sv);
      // An empty update is 2 bytes; skip it.
      if (missing.length > 2) await this.sendUpdate(missing, to);
    } finally {
      this.answering = false;
    }
  }

  private async receive(raw: unknown) {
    const m = raw as { type?: unknown; topic?: unknown; data?: unknown };
    if (m?.type !== 'publish' || m.topic !== this.topic || typeof m.data !== 'string' || m.data.length > MAX_FRAME_CHARS) return;
    if (this.isOwnEcho(m.data)) return;
    const key = await this.opts.key;
    if (!key || this.destroyed) return;
    const plain = await openFromRoom(m.data, key);
    if (!plain) return; // someone without the room key: nothing to read, nothing to answer
    // Counted once it decrypted (only the partner holds the key): a stranger who knows the room
    // name cannot spend the partner's budget. Counted before anything else is read or dropped:
    // a flood addressed to someone else, from another sender id, or replaying our own messages
    // costs a decrypt each, so it is refused like any other flood instead of dropped for free.
    // Counted as the bytes it carries, not its base64 text (a third more): the session's byte budget
    // is sized for a first sync of the workspace's largest doc, which the relay must fit too.
    if (this.opts.onInbound && !this.opts.onInbound(base64Bytes(m.data))) return;
    let message: unknown;
    try {
      message = decoding.readAny(decoding.createDecoder(plain));
    } catch {
      return;
    }
    if (!isRelayMessage(message) || message.from === this.id || (message.to !== undefined && message.to !== this.id)) return;
    if (this.partnerId && message.from !== this.partnerId && Date.now() - this.lastHeard <= PARTNER_STALE_MS) {
      this.refusedSenders++;
      return;
    }
    this.partnerId = message.from;
    this.traffic.receivedBytes += m.data.length;
    this.lastHeard = Date.now();
    const firstContact = !this.peerSeen || (this.active && !this.carrying);
    this.peerSeen = true;
    if (this.active) this.carrying = true;
    if (message.kind === 'hello') {
      // A burst of hellos asks for the whole doc again and again: past the budget, not answered.
      if (!this.helloGate()) {
        // Stryker disable next-line ConditionalExpression: a first contact is always within the burst
        if (firstContact) this.opts.onChange();
        return;
      }
      if (!this.active) {
        this.onPeerHello();
      } else {
        await this.answer(message.from, message.sv);
        if (!message.reply) await this.sendHello(message.from, true);
      }
    } else {
      this.receiveChunk(message);
    }
    if (firstContact) this.opts.onChange();
  }

  private receiveChunk(c: Chunk) {
    if (c.size > this.maxUpdateBytes || c.parts > Math.max(1, c.size) || c.data.length > c.size) return;
    const update = this.halfSent.add({ id: `${c.from}:${c.seq}`, part: c.part, parts: c.parts, size: c.size, data: c.data });
    if (update === 'over') {
      this.opts.onRefuse?.(`your partner's laptop left more than ${formatBytes(this.maxPendingBytes)} of messages half-sent through the host laptop`, 'size');
      return;
    }
    if (!update) return;
    const problem = deleteSetProblem(update);
    if (problem) {
      this.opts.onRefuse?.(problem, 'malformed');
      return;
    }
    try {
      Y.applyUpdate(this.opts.wire, update, RELAY_ORIGIN);
    } catch {
      /* malformed update from the partner: the wire doc is unchanged */
    }
  }
}

/** Bytes in plain words ("64 MB", "2 KB"), as refusal reasons give them. */
function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 1_000_000)} MB` : `${Math.round(bytes / 1000)} KB`;
}

/** How many bytes a base64 text decodes to (padding aside), without decoding it. */
export function base64Bytes(text: string): number {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor((text.length * 3) / 4) - pad;
}
