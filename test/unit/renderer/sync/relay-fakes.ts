// Test helpers for the signaling relay without a server: an in-memory signaling socket, and
// the partner's side written by hand with y-webrtc's own crypto (so a test can send exactly
// what a modified page holding the invite could send).
import { EventEmitter } from 'node:events';
import { afterEach, beforeAll, vi } from 'vitest';
import * as Y from 'yjs';
// @ts-expect-error y-webrtc ships types for its dist build only
import { decryptJson, deriveKey, encryptJson } from '../../../../node_modules/y-webrtc/src/crypto.js';
import { relayTopic, SignalingRelay, type RelayOptions, type RelaySocket } from '../../../../renderer/sync/signaling-relay';
import { settle } from './crypto-settle';

export { settle };

export const ROOM = 'k7m2q9xa4z';
export const TOPIC = relayTopic(ROOM);
export const SECRET = 'h3k9-x8d2-m4p7-q2w6';
export const roomKey = (secret = SECRET): Promise<CryptoKey> => deriveKey(secret, ROOM);

export type Wire = { type: string; topic?: string; topics?: string[]; data?: string };
export type Sent = { v: number; kind: string; from: string; to?: string; reply?: boolean; sv?: Uint8Array; seq?: number; part?: number; parts?: number; size?: number; data?: Uint8Array };

/** y-webrtc's SignalingConn as the relay sees it; records what the relay sends. */
export class MemSocket extends EventEmitter implements RelaySocket {
  readonly sent: Wire[] = [];
  /** As lib0's WebsocketClient.ws: what is still to send (a test sets it). */
  ws: { bufferedAmount: number } | null = { bufferedAmount: 0 };
  constructor(public connected = true) {
    super();
  }
  send(message: unknown) {
    this.sent.push(message as Wire);
  }
  /** Relay-topic publishes sent so far. */
  publishes(): Wire[] {
    return this.sent.filter((m) => m.type === 'publish' && m.topic === TOPIC);
  }
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A publish on the relay topic carrying `message`, encrypted as y-webrtc does. */
export async function frame(message: unknown, key: CryptoKey, topic = TOPIC): Promise<Wire> {
  return { type: 'publish', topic, data: toBase64(await encryptJson(message, key)) };
}

export async function open(w: Wire, key: CryptoKey): Promise<Sent> {
  return (await decryptJson(Buffer.from(w.data!, 'base64'), key)) as Sent;
}

export async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 2000; i++) {
    if (check()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`never happened: ${what}`);
}

export const live: SignalingRelay[] = [];

export function laptop(
  key: PromiseLike<CryptoKey | null>,
  opts: { chunkBytes?: number; maxUpdateBytes?: number; socket?: MemSocket } & Pick<RelayOptions, 'onInbound' | 'now' | 'hellos' | 'onRefuse'> = {},
) {
  const socket = opts.socket ?? new MemSocket();
  const wire = new Y.Doc();
  let changes = 0;
  let hellos = 0;
  const relay = new SignalingRelay({ room: ROOM, wire, key, sockets: () => [socket], onChange: () => changes++, chunkBytes: opts.chunkBytes, maxUpdateBytes: opts.maxUpdateBytes, onInbound: opts.onInbound, onRefuse: opts.onRefuse, now: opts.now, hellos: opts.hellos });
  relay.onPeerHello = () => hellos++;
  live.push(relay);
  return {
    relay,
    wire,
    socket,
    changes: () => changes,
    peerHellos: () => hellos,
    /** Delivers a frame to the relay and waits for its handling (and answers) to finish. */
    async hear(w: Wire) {
      socket.emit('message', w);
      await settle();
    },
  };
}

/** An update that sets one key (a real Yjs update, as a partner's edit would be). */
export function edit(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

export function chunk(from: string, update: Uint8Array, extra: Partial<Sent> = {}): Sent {
  return { v: 1, kind: 'update', from, seq: 0, part: 0, parts: 1, size: update.length, data: update, ...extra };
}

/** The partner's relay id in the hand-written messages. */
export const PARTNER = 'partner-0000001';

/** The partner's hello (an empty doc's state vector unless told otherwise). */
export const hello = (extra: Partial<Sent> = {}): Sent => ({ v: 1, kind: 'hello', from: PARTNER, sv: Y.encodeStateVector(new Y.Doc()), ...extra });

/** For one test file: the room key, derived once (read `.key` inside tests); every relay destroyed after each test. */
export function relaySuite(): { readonly key: CryptoKey } {
  const suite = {} as { key: CryptoKey };
  beforeAll(async () => {
    suite.key = await roomKey();
  });
  afterEach(() => {
    for (const r of live.splice(0)) r.destroy();
    vi.useRealTimers();
  });
  return suite;
}
