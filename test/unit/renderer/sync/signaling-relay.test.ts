// @vitest-environment node
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startSignalingServer, type SignalingServer } from '../../../../electron/signaling/server';
import { relayTopic, SignalingRelay, type RelaySocket } from '../../../../renderer/sync/signaling-relay';
// y-webrtc's own crypto: the relay must speak exactly its envelope with the same key.
// @ts-expect-error y-webrtc ships types for its dist build only
import { decryptJson, deriveKey } from '../../../../node_modules/y-webrtc/src/crypto.js';

const ROOM = 'k7m2q9xa4z';
const SECRET = 'h3k9-x8d2-m4p7-q2w6';

/** What the relay needs from y-webrtc's SignalingConn, over a real WebSocket to the real server. */
class Socket extends EventEmitter implements RelaySocket {
  connected = false;
  readonly frames: string[] = [];
  /** Public like lib0's WebsocketClient.ws: the relay reads its bufferedAmount. */
  readonly ws: WebSocket;
  constructor(url: string) {
    super();
    this.ws = new WebSocket(url);
    this.ws.on('open', () => {
      this.connected = true;
      this.emit('connect');
    });
    this.ws.on('message', (data) => {
      const text = data.toString();
      this.frames.push(text);
      this.emit('message', JSON.parse(text));
    });
  }
  send(message: unknown) {
    this.ws.send(JSON.stringify(message));
  }
  close() {
    this.ws.close();
  }
}

let server: SignalingServer | undefined;
const sockets: Socket[] = [];
const relays: SignalingRelay[] = [];

afterEach(async () => {
  for (const r of relays.splice(0)) r.destroy();
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
  server = undefined;
});

async function socket(): Promise<Socket> {
  server ??= await startSignalingServer({ host: '127.0.0.1', port: 0 });
  const s = new Socket(`ws://127.0.0.1:${server.port}`);
  sockets.push(s);
  await new Promise((resolve) => s.once('connect', resolve));
  return s;
}

async function laptop(secret = SECRET) {
  const wire = new Y.Doc();
  const s = await socket();
  let changes = 0;
  const relay = new SignalingRelay({ room: ROOM, wire, key: deriveKey(secret, ROOM), sockets: () => [s], onChange: () => changes++ });
  relays.push(relay);
  return { wire, relay, socket: s, changes: () => changes };
}

/** Resolves when `check` holds (polled; the network is real). */
async function until(check: () => boolean, what: string) {
  // Generous bound: PBKDF2 and AES on two loaded cores; this is a wait, not a timing assertion.
  for (let i = 0; i < 3000; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the relay carries Yjs sync through the host signaling server', { timeout: 60_000 }, () => {
  it('brings two docs in sync both ways, then carries later edits', async () => {
    const a = await laptop();
    const b = await laptop();
    a.wire.getMap('participants').set('ceo', { name: 'Alex Kim' });
    b.wire.getMap('participants').set('cto', { name: 'Blake Moreau' });
    a.relay.start();
    b.relay.start();
    await until(() => a.wire.getMap('participants').has('cto') && b.wire.getMap('participants').has('ceo'), 'initial sync');
    expect(a.relay.carrying && b.relay.carrying).toBe(true);

    b.wire.getMap('commitments').set('cto', { commitment: 'f'.repeat(64) });
    await until(() => a.wire.getMap('commitments').has('cto'), 'a later edit');
    expect(a.wire.getMap('commitments').toJSON()).toEqual(b.wire.getMap('commitments').toJSON());
  });

  it('an idle relay tells the session it was greeted and sends nothing until started', async () => {
    const a = await laptop();
    const b = await laptop();
    let asked = 0;
    b.relay.onPeerHello = () => asked++;
    b.wire.getMap('participants').set('cto', { name: 'Blake Moreau' });
    a.relay.start();
    await until(() => asked > 0, 'the hello to reach the idle relay');
    expect(b.relay.active).toBe(false);
    // b never published: no frame on the relay topic came from it.
    await new Promise((r) => setTimeout(r, 100));
    expect(a.wire.getMap('participants').has('cto')).toBe(false);
  });

  it('cuts an update larger than the server frame limit into chunks and reassembles it', async () => {
    const a = await laptop();
    const b = await laptop();
    a.relay.start();
    b.relay.start();
    await until(() => a.relay.carrying && b.relay.carrying, 'the relay to carry');
    // ~700 KB of text: one frame would be dropped by the server (256 KB limit).
    const big = 'x'.repeat(700_000);
    a.wire.getText('notes').insert(0, big);
    await until(() => b.wire.getText('notes').length === big.length, 'the large update');
    const relayed = b.socket.frames.filter((f) => f.includes(relayTopic(ROOM)));
    expect(Math.max(...relayed.map((f) => f.length))).toBeLessThan(256 * 1024);
  });

  it('the server sees only ciphertext that y-webrtc itself decrypts with the room key', async () => {
    const a = await laptop();
    const b = await laptop();
    const spy = await socket();
    spy.send({ type: 'subscribe', topics: [relayTopic(ROOM)] });
    const note = 'Private: I think dates are mine';
    a.wire.getMap('reveals').set('ceo', { payload: { answers: { 'db-2': { value: 5, note } } } });
    a.relay.start();
    b.relay.start();
    await until(() => b.wire.getMap('reveals').has('ceo'), 'the reveal');
    const seen = spy.frames.filter((f) => f.includes(relayTopic(ROOM)));
    expect(seen.length).toBeGreaterThan(2);
    for (const frame of seen) {
      expect(frame).not.toContain(note);
      expect(frame).not.toContain('answers');
    }
    // Same envelope as y-webrtc's signaling: its own decryptJson reads every frame.
    const key = await deriveKey(SECRET, ROOM);
    const decoded = await Promise.all(seen.map((f) => decryptJson(Buffer.from(JSON.parse(f).data, 'base64'), key)));
    expect(decoded.every((m: unknown) => (m as { v: number }).v === 1)).toBe(true);
  });

  it('a relay holding a different secret can neither read nor inject', async () => {
    const a = await laptop();
    const mallory = await laptop('wrong-code-0000');
    a.wire.getMap('participants').set('ceo', { name: 'Alex Kim' });
    mallory.wire.getMap('participants').set('ceo', { name: 'Mallory' });
    a.relay.start();
    mallory.relay.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(a.relay.peerSeen || mallory.relay.peerSeen).toBe(false);
    expect(a.wire.getMap('participants').get('ceo')).toEqual({ name: 'Alex Kim' });
    expect(mallory.wire.getMap('participants').get('ceo')).toEqual({ name: 'Mallory' });
  });

  it('talks to one partner: a third relay with the same key is refused while the partner is active', async () => {
    const a = await laptop();
    const b = await laptop();
    a.relay.start();
    b.relay.start();
    await until(() => a.relay.carrying && b.relay.carrying, 'the relay to carry');
    const third = await laptop();
    third.wire.getMap('participants').set('ceo', { name: 'Someone else' });
    third.relay.start();
    await until(() => a.relay.refusedSenders > 0 && b.relay.refusedSenders > 0, 'the third relay to be refused');
    await new Promise((r) => setTimeout(r, 200));
    expect(a.wire.getMap('participants').has('ceo')).toBe(false);
    expect(b.wire.getMap('participants').has('ceo')).toBe(false);
  });

  it('a stopped relay sends no further updates', async () => {
    const a = await laptop();
    const b = await laptop();
    a.relay.start();
    b.relay.start();
    await until(() => a.relay.carrying && b.relay.carrying, 'the relay to carry');
    a.relay.stop();
    const before = a.relay.traffic.sentBytes;
    a.wire.getMap('participants').set('ceo', { name: 'after stop' });
    await new Promise((r) => setTimeout(r, 200));
    expect(a.relay.traffic.sentBytes).toBe(before);
    expect(b.wire.getMap('participants').has('ceo')).toBe(false);
  });
});
