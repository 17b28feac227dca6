/**
 * A y-webrtc compatible signaling server (same wire protocol as y-webrtc/bin/server.js),
 * hardened for running inside the app on a LAN:
 *
 *   client → server  {type:'subscribe'|'unsubscribe', topics: string[]}
 *                    {type:'publish', topic: string, ...}   → forwarded to every subscriber
 *                                                              of `topic` with `clients` added
 *                    {type:'ping'}                           → {type:'pong'}
 *
 * Messages over `maxMessageBytes` (default 256 KB), non-JSON and unknown shapes are dropped;
 * a client may hold at most `maxTopicsPerClient` topics. Clients that miss a keepalive pong
 * are closed. Payloads are y-webrtc's AES-GCM-encrypted blobs: the server never reads them.
 */
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { reachableUrls, type NetworkInterfaces } from './lan.js';

export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024;
export const DEFAULT_MAX_TOPICS_PER_CLIENT = 64;
export const DEFAULT_MAX_CLIENTS = 512;
export const DEFAULT_PING_INTERVAL_MS = 30_000;
export const MAX_TOPIC_LENGTH = 512;
/** Paths a WebSocket upgrade is accepted on. */
export const SIGNALING_PATHS: readonly string[] = ['/', '/signal'];

export interface SignalingServerOptions {
  host: string;
  /** 0 picks a free port. Ignored when `server` is already listening. */
  port: number;
  maxMessageBytes?: number;
  maxTopicsPerClient?: number;
  maxClients?: number;
  pingIntervalMs?: number;
  /**
   * Attach to an existing HTTP server (browser mode: same port as the static files).
   * If it is not listening yet it is started on host/port. close() then leaves it running.
   */
  server?: http.Server;
  /** Path appended to the advertised urls, e.g. '/signal'. Default ''. */
  urlPath?: string;
  /** Injected for tests; defaults to os.networkInterfaces. */
  networkInterfaces?: () => NetworkInterfaces;
}

export interface SignalingServer {
  port: number;
  host: string;
  urls: string[];
  /** Number of connected clients (for diagnostics and tests). */
  clientCount(): number;
  close(): Promise<void>;
}

interface Client {
  topics: Set<string>;
  alive: boolean;
  closed: boolean;
}

type Message = { type: string; topics?: unknown; topic?: unknown; [k: string]: unknown };

/** Parses one frame; returns null for anything that is not a JSON object with a string `type`. */
export function parseSignalingMessage(data: RawData | string, maxBytes: number): Message | null {
  let text: string;
  if (typeof data === 'string') {
    if (Buffer.byteLength(data) > maxBytes) return null;
    text = data;
  } else {
    const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    if (buf.byteLength > maxBytes) return null;
    text = buf.toString('utf8');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  if (typeof (parsed as Message).type !== 'string') return null;
  return parsed as Message;
}

function topicList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((t): t is string => typeof t === 'string' && t.length > 0 && t.length <= MAX_TOPIC_LENGTH);
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export async function startSignalingServer(options: SignalingServerOptions): Promise<SignalingServer> {
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const maxTopics = options.maxTopicsPerClient ?? DEFAULT_MAX_TOPICS_PER_CLIENT;
  const maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
  const pingIntervalMs = options.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS;
  const interfaces = options.networkInterfaces ?? (() => os.networkInterfaces() as NetworkInterfaces);

  const ownsServer = !options.server;
  const server =
    options.server ??
    http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end('okay');
    });

  // Frames above the soft limit are dropped (connection kept); far above it ws closes with 1009.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes * 4, perMessageDeflate: false });
  const topics = new Map<string, Set<WebSocket>>();
  const clients = new Map<WebSocket, Client>();

  const send = (conn: WebSocket, message: unknown) => {
    if (conn.readyState !== WebSocket.OPEN) return;
    try {
      conn.send(JSON.stringify(message));
    } catch {
      conn.terminate();
    }
  };

  const unsubscribe = (conn: WebSocket, client: Client, topic: string) => {
    const subs = topics.get(topic);
    if (subs) {
      subs.delete(conn);
      if (subs.size === 0) topics.delete(topic);
    }
    client.topics.delete(topic);
  };

  const onMessage = (conn: WebSocket, client: Client, message: Message) => {
    switch (message.type) {
      case 'subscribe':
        for (const topic of topicList(message.topics)) {
          if (client.topics.has(topic)) continue;
          if (client.topics.size >= maxTopics) break;
          let subs = topics.get(topic);
          if (!subs) topics.set(topic, (subs = new Set()));
          subs.add(conn);
          client.topics.add(topic);
        }
        break;
      case 'unsubscribe':
        for (const topic of topicList(message.topics)) unsubscribe(conn, client, topic);
        break;
      case 'publish': {
        if (typeof message.topic !== 'string') break;
        const receivers = topics.get(message.topic);
        if (!receivers) break;
        const out = { ...message, clients: receivers.size };
        for (const receiver of receivers) send(receiver, out);
        break;
      }
      case 'ping':
        send(conn, { type: 'pong' });
        break;
      default:
        break;
    }
  };

  wss.on('connection', (conn: WebSocket) => {
    const client: Client = { topics: new Set(), alive: true, closed: false };
    clients.set(conn, client);
    conn.on('pong', () => {
      client.alive = true;
    });
    conn.on('error', () => conn.terminate());
    conn.on('close', () => {
      client.closed = true;
      for (const topic of [...client.topics]) unsubscribe(conn, client, topic);
      clients.delete(conn);
    });
    conn.on('message', (data: RawData) => {
      if (client.closed) return;
      const message = parseSignalingMessage(data, maxMessageBytes);
      if (message) onMessage(conn, client, message);
    });
  });

  const keepalive = setInterval(() => {
    for (const [conn, client] of clients) {
      if (!client.alive) {
        conn.terminate();
        continue;
      }
      client.alive = false;
      try {
        conn.ping();
      } catch {
        conn.terminate();
      }
    }
  }, pingIntervalMs);
  keepalive.unref();

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    let pathname = '';
    try {
      pathname = new URL(request.url ?? '/', 'http://x').pathname;
    } catch {
      /* falls through to the refusal below */
    }
    if (!SIGNALING_PATHS.includes(pathname)) {
      if (ownsServer) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
      // When attached, another upgrade listener may own this path; if there is none, refuse.
      else if (server.listenerCount('upgrade') <= 1) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
      return;
    }
    if (clients.size >= maxClients) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  if (!server.listening) {
    try {
      await listen(server, options.port, options.host);
    } catch (err) {
      server.off('upgrade', onUpgrade);
      clearInterval(keepalive);
      wss.close();
      throw err;
    }
  }

  const address = server.address() as AddressInfo;
  const host = options.server ? address.address : options.host;
  const port = address.port;
  let closing: Promise<void> | null = null;

  return {
    host,
    port,
    urls: reachableUrls(host, port, interfaces(), options.urlPath ?? ''),
    clientCount: () => clients.size,
    close() {
      closing ??= (async () => {
        clearInterval(keepalive);
        server.off('upgrade', onUpgrade);
        for (const conn of clients.keys()) conn.terminate();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        if (ownsServer) {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections?.();
          });
        }
      })();
      return closing;
    },
  };
}
