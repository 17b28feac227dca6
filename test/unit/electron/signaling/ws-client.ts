/** Test helpers: real ws clients against a real signaling server. */
import net from 'node:net';
import { WebSocket, type ClientOptions } from 'ws';
import { startSignalingServer, type SignalingServer } from '../../../../electron/signaling/server';

export type TestClient = Awaited<ReturnType<typeof client>>;

const sockets: { terminate(): void }[] = [];

/** Terminates every client opened since the last call (afterEach). */
export function closeClients() {
  for (const ws of sockets.splice(0)) ws.terminate();
}

const servers: SignalingServer[] = [];

/** A real signaling server on loopback, on the app's path; closed by closeServers(). */
export async function startServer(opts: Partial<Parameters<typeof startSignalingServer>[0]> = {}): Promise<SignalingServer> {
  const server = await startSignalingServer({ host: '127.0.0.1', port: 0, urlPath: '/signal', ...opts });
  servers.push(server);
  return server;
}

/** Closes every server started since the last call (afterEach). */
export async function closeServers(): Promise<void> {
  await Promise.all(servers.splice(0).map((s) => s.close()));
}

/** `n` clients subscribed to the topic "room", each past the subscription's round trip. */
export async function room(server: SignalingServer, n: number): Promise<TestClient[]> {
  const members: TestClient[] = [];
  for (let i = 0; i < n; i++) members.push(await client(server.urls[0]));
  for (const m of members) m.send({ type: 'subscribe', topics: ['room'] });
  await Promise.all(members.map((m) => m.flush()));
  return members;
}

/** A ws client that queues incoming JSON messages. */
export async function client(url: string, options: ClientOptions = {}) {
  const ws = new WebSocket(url, options);
  sockets.push(ws);
  const inbox: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    inbox.push(JSON.parse(data.toString()));
    waiters.splice(0).forEach((w) => w());
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const next = async (timeoutMs = 2000) => {
    const deadline = Date.now() + timeoutMs;
    while (inbox.length === 0) {
      if (Date.now() > deadline) throw new Error('timed out waiting for a message');
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return inbox.shift()!;
  };
  const send = (msg: unknown) => ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg));
  /** Round-trip a ping: everything the server sent before the pong is returned. */
  const flush = async () => {
    send({ type: 'ping' });
    const before: Record<string, unknown>[] = [];
    for (;;) {
      const m = await next();
      if (m.type === 'pong') return before;
      before.push(m);
    }
  };
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return { ws, send, next, flush, inbox, closed };
}

/** The HTTP status line an upgrade was refused with (e.g. "403"), or "101" if it was accepted. */
export function upgradeStatus(url: string, options: ClientOptions = {}): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, options);
    sockets.push(ws);
    ws.once('open', () => resolve('101'));
    ws.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    ws.once('error', (err) => resolve(`error: ${err.message}`));
  });
}

/** One masked client text frame (mask 0, so the payload goes as is). */
export function clientFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const len = payload.length;
  const header =
    len < 126
      ? Buffer.from([0x81, 0x80 | len])
      : Buffer.from([0x81, 0x80 | 126, len >> 8, len & 0xff]);
  return Buffer.concat([header, Buffer.alloc(4), payload]);
}

/**
 * A subscriber that subscribes and then never reads again (its TCP receive window fills, then
 * the server's send buffer for it grows). Raw TCP, so nothing reads behind our back.
 */
export async function stalledSubscriber(port: number, topic: string) {
  const socket = net.connect(port, '127.0.0.1');
  sockets.push({ terminate: () => socket.destroy() });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('error', reject);
  });
  socket.write(
    'GET /signal HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('data', (chunk) => (chunk.toString().startsWith('HTTP/1.1 101') ? resolve() : reject(new Error(chunk.toString()))));
  });
  socket.write(clientFrame(JSON.stringify({ type: 'subscribe', topics: [topic] })));
  socket.pause();
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => {});
  return { socket, closed };
}

/**
 * A raw TCP upgrade request (nothing answers or reads behind our back): the socket and the first
 * chunk of the server's answer (the whole answer for a refusal, the 101 header otherwise).
 */
export async function rawUpgrade(
  port: number,
  { path = '/signal', host = `127.0.0.1:${port}`, headers = '', allowHalfOpen = false } = {},
) {
  const socket = net.connect({ port, host: '127.0.0.1', allowHalfOpen });
  sockets.push({ terminate: () => socket.destroy() });
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n${headers}` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  const answer = await new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString())));
  return { socket, answer };
}
