// @vitest-environment node
/** The signaling server under hostile clients (issue 9, point 11): real sockets, real server. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { client, closeClients, closeServers, room, stalledSubscriber, startServer, upgradeStatus } from './ws-client';

afterEach(async () => {
  closeClients();
  vi.restoreAllMocks();
  await closeServers();
});

describe('a publish is validated before fan-out', () => {
  it('refuses a publish nested 120,000 levels deep; every receiver stays connected and served', async () => {
    const server = await startServer();
    const [a, b, c] = await room(server, 3);
    const deep = `{"type":"publish","topic":"room","data":${'['.repeat(120_000)}${']'.repeat(120_000)}}`;
    expect(Buffer.byteLength(deep)).toBeLessThan(256 * 1024); // under the size limit: depth is what refuses it
    a.send(deep);
    for (const x of [a, b, c]) expect(await x.flush()).toEqual([]);
    expect(server.clientCount()).toBe(3);
    a.send({ type: 'publish', topic: 'room', data: 'after' });
    for (const x of [a, b, c]) expect(await x.next()).toMatchObject({ data: 'after', clients: 3 });
  });

  it('forwards messages nested as deep as y-webrtc needs', async () => {
    const server = await startServer();
    const [a, b] = await room(server, 2);
    const data = { type: 'signal', signal: { type: 'offer', sdp: { lines: [['v=0']] } } };
    a.send({ type: 'publish', topic: 'room', data });
    expect(await b.next()).toEqual({ type: 'publish', topic: 'room', data, clients: 2 });
  });

  // Serialising per receiver was what let one publish cost every receiver; the count is the only
  // observable of "once", so this one test counts calls.
  it('serialises a publish once for all its receivers', async () => {
    const server = await startServer();
    const [a, ...rest] = await room(server, 4);
    const stringify = vi.spyOn(JSON, 'stringify');
    a.ws.send('{"type":"publish","topic":"room","data":"once"}'); // sent raw: the client's own stringify is not counted
    for (const x of rest) expect(await x.next()).toMatchObject({ data: 'once', clients: 4 });
    const serverCalls = stringify.mock.calls.filter(([v]) => (v as { data?: unknown })?.data === 'once');
    expect(serverCalls).toHaveLength(1);
  });
});

describe('backpressure', () => {
  it('drops a subscriber that stopped reading; memory stays bounded and the reader gets everything', async () => {
    const bound = 256 * 1024;
    const server = await startServer({ maxBufferedBytes: bound });
    const [sender, reader] = await room(server, 2);
    const stalled = await stalledSubscriber(server.port, 'room');
    // Wait until the server has the stalled subscription (the count in the echo says 3).
    for (;;) {
      sender.send({ type: 'publish', topic: 'room', data: 'count' });
      const echo = await sender.next();
      await reader.next();
      if (echo.clients === 3) break;
    }
    const chunk = 'x'.repeat(100 * 1024);
    let published = 0;
    let maxBuffered = 0;
    while (server.clientCount() === 3 && published < 600) {
      sender.send({ type: 'publish', topic: 'room', data: chunk, n: published++ });
      expect((await reader.next(5000)).n).toBe(published - 1);
      await sender.next(5000);
      maxBuffered = Math.max(maxBuffered, server.bufferedBytes());
    }
    expect(server.clientCount()).toBe(2);
    stalled.socket.resume(); // read what was queued: the server has closed this connection
    await stalled.closed;
    expect(maxBuffered).toBeGreaterThan(0); // the bound was reached, not just never approached
    expect(maxBuffered).toBeLessThanOrEqual(bound + 2 * chunk.length);
    // The room goes on without it.
    sender.send({ type: 'publish', topic: 'room', data: 'still here' });
    expect(await reader.next()).toMatchObject({ data: 'still here', clients: 2 });
  });
});

describe('admission', () => {
  it('caps connections per address, so idle sockets from one machine cannot lock the partner out', async () => {
    const server = await startServer({ maxClients: 4, maxClientsPerAddress: 3 });
    const idle = [];
    for (let i = 0; i < 4; i++) idle.push(await upgradeStatus(server.urls[0], { localAddress: '127.0.0.1' }));
    expect(idle).toEqual(['101', '101', '101', '429']);
    expect(await upgradeStatus(server.urls[0], { localAddress: '127.0.0.2' })).toBe('101');
    // The global cap still holds for everyone.
    expect(await upgradeStatus(server.urls[0], { localAddress: '127.0.0.3' })).toBe('503');
  });

  it('frees an address slot when its connection closes', async () => {
    const server = await startServer({ maxClientsPerAddress: 1 });
    const a = await client(server.urls[0]);
    expect(await upgradeStatus(server.urls[0])).toBe('429');
    a.ws.close();
    await a.closed;
    await expect.poll(() => server.clientCount()).toBe(0);
    expect(await upgradeStatus(server.urls[0])).toBe('101');
  });

  it.each([
    ['accord://app', '101'],
    ['http://127.0.0.1:5173', '101'],
    ['http://localhost:4401', '101'],
    ['http://[::1]:8080', '101'],
    ['https://evil.example', '403'],
    ['http://192.168.1.20:5173', '403'],
    ['http://127.0.0.1.evil.example', '403'],
    ['null', '403'],
  ])('a browser page from %s gets %s', async (origin, status) => {
    const server = await startServer();
    expect(await upgradeStatus(server.urls[0], { origin })).toBe(status);
  });

  it('lets Node clients (no Origin header) in', async () => {
    const server = await startServer();
    expect(await upgradeStatus(server.urls[0])).toBe('101');
  });

  it('refuses upgrades whose Host header the owner rejects (DNS rebinding) with 421', async () => {
    let port = 0;
    const server = await startServer({ allowHost: (host) => host === `127.0.0.1:${port}` });
    port = server.port;
    expect(await upgradeStatus(server.urls[0])).toBe('101');
    expect(await upgradeStatus(server.urls[0], { headers: { host: `rebind.example:${server.port}` } })).toBe('421');
  });
});

describe('attach', () => {
  it('serves the same rooms on a second HTTP server, until detached', async () => {
    const server = await startServer();
    const second = http.createServer((_req, res) => res.end());
    await new Promise<void>((r) => second.listen(0, '127.0.0.1', r));
    try {
      const detach = server.attach(second);
      const url2 = `ws://127.0.0.1:${(second.address() as AddressInfo).port}/signal`;
      const a = await client(server.urls[0]);
      const b = await client(url2);
      for (const x of [a, b]) x.send({ type: 'subscribe', topics: ['room'] });
      await Promise.all([a.flush(), b.flush()]);
      a.send({ type: 'publish', topic: 'room', data: 'across' });
      expect(await b.next()).toMatchObject({ data: 'across', clients: 2 });
      expect(await upgradeStatus(`ws://127.0.0.1:${(second.address() as AddressInfo).port}/other`)).toBe('404');
      detach();
      expect(await upgradeStatus(url2)).toBe('200'); // a plain HTTP answer: no upgrade handler any more
    } finally {
      closeClients(); // upgraded sockets are not among the server's HTTP connections
      second.closeAllConnections();
      await new Promise((r) => second.close(r));
    }
  });
});

describe('liveness and sharing a port', () => {
  it('closes a client that stops answering keepalive pings, and keeps one that answers', async () => {
    const server = await startServer({ pingIntervalMs: 25 });
    const answering = await client(server.urls[0]); // ws answers pings by itself
    const silent = await stalledSubscriber(server.port, 'room'); // paused: never answers
    silent.socket.resume(); // …and reads, so it sees the close; it still sends no pong
    await silent.closed;
    await expect.poll(() => server.clientCount()).toBe(1);
    answering.send({ type: 'ping' });
    expect(await answering.next()).toEqual({ type: 'pong' });
  });

  it('leaves upgrades on other paths to another handler of the same server', async () => {
    const shared = http.createServer((_req, res) => res.end());
    const other = new Set<string>();
    shared.on('upgrade', (req, socket) => {
      if (req.url === '/other') {
        other.add(req.url);
        socket.end('HTTP/1.1 418 Teapot\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
    });
    await new Promise<void>((r) => shared.listen(0, '127.0.0.1', r));
    try {
      const server = await startServer({ server: shared });
      const port = (shared.address() as AddressInfo).port;
      expect(await upgradeStatus(`ws://127.0.0.1:${port}/other`)).toBe('418');
      expect(await upgradeStatus(`ws://127.0.0.1:${port}/signal`)).toBe('101');
      expect(other).toEqual(new Set(['/other']));
      await server.close();
      expect(shared.listening).toBe(true);
    } finally {
      closeClients();
      shared.closeAllConnections();
      await new Promise((r) => shared.close(r));
    }
  });
});
