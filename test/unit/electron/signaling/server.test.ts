// @vitest-environment node
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { client, closeClients } from './ws-client';
import * as Y from 'yjs';
import { fromBase64 } from 'lib0/buffer';
import { parseSignalingMessage, startSignalingServer, type SignalingServer } from '../../../../electron/signaling/server';

const servers: SignalingServer[] = [];

afterEach(async () => {
  closeClients();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(opts: Partial<Parameters<typeof startSignalingServer>[0]> = {}) {
  const server = await startSignalingServer({ host: '127.0.0.1', port: 0, ...opts });
  servers.push(server);
  return server;
}

describe('signaling server (real ws clients)', () => {
  it('answers a plain HTTP request with a short text, sniffing off', async () => {
    const server = await start();
    const res = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('okay');
  });

  it('fans a publish out to every subscriber of the topic with a clients count', async () => {
    const server = await start();
    const url = server.urls[0];
    const a = await client(url);
    const b = await client(url);
    const c = await client(url);
    a.send({ type: 'subscribe', topics: ['room'] });
    b.send({ type: 'subscribe', topics: ['room'] });
    c.send({ type: 'subscribe', topics: ['other'] });
    await Promise.all([a.flush(), b.flush(), c.flush()]);

    a.send({ type: 'publish', topic: 'room', data: 'hello' });
    expect(await a.next()).toEqual({ type: 'publish', topic: 'room', data: 'hello', clients: 2 });
    expect(await b.next()).toEqual({ type: 'publish', topic: 'room', data: 'hello', clients: 2 });
    expect(await c.flush()).toEqual([]);
  });

  it('answers ping with pong', async () => {
    const server = await start();
    const a = await client(server.urls[0]);
    a.send({ type: 'ping' });
    expect(await a.next()).toEqual({ type: 'pong' });
  });

  it('stops delivering after unsubscribe and after a subscriber disconnects', async () => {
    const server = await start();
    const a = await client(server.urls[0]);
    const b = await client(server.urls[0]);
    const c = await client(server.urls[0]);
    for (const x of [a, b, c]) x.send({ type: 'subscribe', topics: ['t'] });
    await Promise.all([a.flush(), b.flush(), c.flush()]);
    b.send({ type: 'unsubscribe', topics: ['t'] });
    await b.flush();
    c.ws.close();
    await new Promise((r) => c.ws.once('close', r));
    await new Promise((r) => setTimeout(r, 50));
    a.send({ type: 'publish', topic: 't', data: 1 });
    expect(await a.next()).toMatchObject({ data: 1, clients: 1 });
    expect(await b.flush()).toEqual([]);
  });

  it('ignores garbage without crashing and keeps the connection usable', async () => {
    const server = await start();
    const a = await client(server.urls[0]);
    const b = await client(server.urls[0]);
    b.send({ type: 'subscribe', topics: ['room'] });
    await b.flush();
    for (const junk of [
      'not json',
      '[]',
      'null',
      '42',
      '{"type":5}',
      '{"type":"subscribe","topics":"room"}',
      '{"type":"subscribe","topics":[1,null,{}]}',
      '{"type":"publish","topic":{"x":1}}',
      '{"type":"nope"}',
      '{"__proto__":{"type":"ping"}}',
    ]) {
      a.send(junk);
    }
    a.ws.send(Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    expect(await a.flush()).toEqual([]);
    expect(await b.flush()).toEqual([]);
    expect(server.clientCount()).toBe(2);
  });

  it('drops messages over the size limit (connection kept) and closes far larger frames', async () => {
    const server = await start({ maxMessageBytes: 1024 });
    const a = await client(server.urls[0]);
    const b = await client(server.urls[0]);
    b.send({ type: 'subscribe', topics: ['room'] });
    await b.flush();
    a.send({ type: 'publish', topic: 'room', data: 'x'.repeat(2000) });
    expect(await a.flush()).toEqual([]);
    expect(await b.flush()).toEqual([]);

    const closed = new Promise<number>((resolve) => a.ws.once('close', (code) => resolve(code)));
    a.send({ type: 'publish', topic: 'room', data: 'x'.repeat(10_000) });
    expect(await closed).toBe(1009);
    expect(await b.flush()).toEqual([]); // the server is still serving others
  });

  it('uses 256 KB as the default limit', async () => {
    const server = await start();
    const a = await client(server.urls[0]);
    a.send({ type: 'subscribe', topics: ['room'] });
    await a.flush();
    a.send({ type: 'publish', topic: 'room', data: 'x'.repeat(200 * 1024) });
    expect((await a.next()).clients).toBe(1);
    a.send({ type: 'publish', topic: 'room', data: 'x'.repeat(300 * 1024) });
    expect(await a.flush()).toEqual([]);
  });

  it('caps the number of topics per client', async () => {
    const server = await start({ maxTopicsPerClient: 2 });
    const a = await client(server.urls[0]);
    const b = await client(server.urls[0]);
    a.send({ type: 'subscribe', topics: ['t1', 't2', 't3'] });
    await a.flush();
    b.send({ type: 'publish', topic: 't3', data: 'x' });
    b.send({ type: 'publish', topic: 't2', data: 'y' });
    expect(await a.next()).toMatchObject({ topic: 't2', data: 'y' });
  });

  it('accepts the paths / and /signal, refuses others', async () => {
    const server = await start();
    const base = `ws://127.0.0.1:${server.port}`;
    const root = await client(`${base}/`);
    const signal = await client(`${base}/signal`);
    root.send({ type: 'ping' });
    signal.send({ type: 'ping' });
    expect(await root.next()).toEqual({ type: 'pong' });
    expect(await signal.next()).toEqual({ type: 'pong' });
    await expect(client(`${base}/elsewhere`)).rejects.toThrow(/404/);
  });

  it('sends keepalive pings', async () => {
    const server = await start({ pingIntervalMs: 30 });
    const a = await client(server.urls[0]);
    await new Promise<void>((resolve) => a.ws.once('ping', () => resolve()));
  });

  it('close() disconnects clients and frees the port', async () => {
    const server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    const a = await client(server.urls[0]);
    const closed = new Promise((r) => a.ws.once('close', r));
    await server.close();
    await closed;
    await server.close(); // idempotent
    await expect(client(server.urls[0])).rejects.toThrow();
  });

  it('advertises ws://host:port, or every LAN IPv4 for 0.0.0.0', async () => {
    const local = await start();
    expect(local.urls).toEqual([`ws://127.0.0.1:${local.port}`]);
    expect(local.port).toBeGreaterThan(0);

    const lan = await start({
      host: '0.0.0.0',
      networkInterfaces: () => ({
        lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
        eth0: [
          { address: '192.168.1.20', family: 'IPv4', internal: false },
          { address: 'fe80::1', family: 'IPv6', internal: false },
        ],
      }),
    });
    expect(lan.urls).toEqual([`ws://192.168.1.20:${lan.port}`]);
  });

  it('attaches to an existing http.Server and leaves it running on close', async () => {
    const httpServer = http.createServer((_req, res) => res.end('static'));
    await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
    try {
      const port = (httpServer.address() as AddressInfo).port;
      const server = await startSignalingServer({ host: '127.0.0.1', port: 0, server: httpServer, urlPath: '/signal' });
      expect(server.port).toBe(port);
      expect(server.urls).toEqual([`ws://127.0.0.1:${port}/signal`]);
      const a = await client(server.urls[0]);
      a.send({ type: 'ping' });
      expect(await a.next()).toEqual({ type: 'pong' });
      await server.close();
      expect(httpServer.listening).toBe(true);
    } finally {
      await new Promise((r) => httpServer.close(r));
    }
  });

  it('parseSignalingMessage accepts objects with a string type only', () => {
    expect(parseSignalingMessage('{"type":"ping"}', 100)).toEqual({ type: 'ping' });
    expect(parseSignalingMessage(Buffer.from('{"type":"ping"}'), 100)).toEqual({ type: 'ping' });
    expect(parseSignalingMessage('{"type":"ping","pad":"xxxxxxxxxxxx"}', 10)).toBeNull();
    expect(parseSignalingMessage('{', 100)).toBeNull();
    expect(parseSignalingMessage('["ping"]', 100)).toBeNull();
  });
});

describe('y-webrtc protocol against the server', () => {
  type YCrypto = {
    deriveKey(secret: string, roomName: string): Promise<CryptoKey>;
    encryptJson(data: unknown, key: CryptoKey | null): Promise<Uint8Array>;
    decryptJson(data: Uint8Array, key: CryptoKey | null): Promise<Record<string, unknown>>;
  };
  const loadCrypto = async (): Promise<YCrypto> => {
    // y-webrtc's own signaling crypto (not in its package exports, so imported by file URL).
    const href = new URL('../../../../node_modules/y-webrtc/src/crypto.js', import.meta.url).href;
    return (await import(/* @vite-ignore */ href)) as YCrypto;
  };

  it('two ws clients exchange encrypted announce/signal messages like y-webrtc peers', async () => {
    const { deriveKey, encryptJson, decryptJson } = await loadCrypto();
    const server = await start();
    const room = 'accord-room-1';
    const key = await deriveKey('shared secret', room);
    const a = await client(server.urls[0]);
    const b = await client(server.urls[0]);
    a.send({ type: 'subscribe', topics: [room] });
    b.send({ type: 'subscribe', topics: [room] });
    await Promise.all([a.flush(), b.flush()]);

    const publish = async (from: typeof a, data: unknown) =>
      from.send({ type: 'publish', topic: room, data: Buffer.from(await encryptJson(data, key)).toString('base64') });

    await publish(a, { type: 'announce', from: 'peer-a' });
    const seenByB = await b.next();
    expect(seenByB).toMatchObject({ type: 'publish', topic: room, clients: 2 });
    expect(await decryptJson(fromBase64(seenByB.data as string), key)).toEqual({ type: 'announce', from: 'peer-a' });

    await publish(b, { type: 'signal', from: 'peer-b', to: 'peer-a', token: 1, signal: { type: 'offer', sdp: 'v=0' } });
    const msgs = [await a.next(), await a.next()]; // its own announce echo, then B's signal
    const decoded = await Promise.all(msgs.map((m) => decryptJson(fromBase64(m.data as string), key)));
    expect(decoded[1]).toMatchObject({ type: 'signal', from: 'peer-b', to: 'peer-a' });

    // A peer with another password cannot read the room's signaling.
    const wrongKey = await deriveKey('other secret', room);
    await expect(decryptJson(fromBase64(seenByB.data as string), wrongKey)).rejects.toBeTruthy();
  });

  it("stock y-webrtc WebrtcProvider announces itself through the server", async () => {
    const { deriveKey, decryptJson } = await loadCrypto();
    const g = globalThis as { WebSocket?: unknown };
    const hadWebSocket = 'WebSocket' in g;
    const previous = g.WebSocket;
    if (!hadWebSocket) g.WebSocket = WebSocket; // lib0/websocket needs a global WebSocket (Node < 22)
    const { WebrtcProvider } = await import('y-webrtc');
    const server = await start();
    const room = `accord-stock-${Date.now()}`;
    const observer = await client(server.urls[0]);
    observer.send({ type: 'subscribe', topics: [room] });
    await observer.flush();

    const doc = new Y.Doc();
    const provider = new WebrtcProvider(room, doc, {
      signaling: [server.urls[0]],
      password: 'pw',
      peerOpts: { config: { iceServers: [] } },
      filterBcConns: true,
    });
    try {
      const msg = await observer.next(5000);
      expect(msg).toMatchObject({ type: 'publish', topic: room, clients: 2 });
      const announce = await decryptJson(fromBase64(msg.data as string), await deriveKey('pw', room));
      expect(announce).toMatchObject({ type: 'announce', from: provider.room!.peerId });
    } finally {
      provider.disconnect(); // destroy() alone leaves the shared signaling connection reconnecting
      provider.destroy();
      doc.destroy();
      if (!hadWebSocket) delete g.WebSocket;
      else g.WebSocket = previous;
    }
  });
});
