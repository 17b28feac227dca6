/**
 * A y-webrtc compatible signaling server (same wire protocol as y-webrtc/bin/server.js),
 * hardened for running inside the app on a LAN:
 *
 *   client → server  {type:'subscribe'|'unsubscribe', topics: string[]}
 *                    {type:'publish', topic: string, ...}   → forwarded to every subscriber
 *                                                              of `topic` with `clients` added
 *                    {type:'ping'}                           → {type:'pong'}
 *
 * - Every frame is validated before fan-out (size, JSON depth, shape: ./message.ts); a publish is
 *   serialised once for all receivers, and a bad publish only ever costs its sender.
 * - Backpressure: a receiver whose send buffer passes `maxBufferedBytes` (it stopped reading) is
 *   terminated, so stalled subscribers cannot grow the server's memory.
 * - Admission (./admission.ts): browser Origins other than the app's own are refused; connections
 *   are capped globally and per address; `allowHost` lets the web server refuse foreign Host
 *   headers (DNS rebinding).
 * - Clients that miss a keepalive pong are closed.
 * Payloads are y-webrtc's AES-GCM-encrypted blobs (also the LAN fallback's chunked Yjs updates):
 * the server never reads them.
 */
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { addressKey, admit } from './admission.js';
import { listen, pathnameOf, refuseUpgrade } from './http-util.js';
import { reachableUrls, type NetworkInterfaces } from './lan.js';
import { isTopic, parseSignalingMessage, serialisePublish, topicList, type Message } from './message.js';
import { DEFAULT_FRAME_BUDGET, frameBudget, type FrameBudget, type FrameBudgetLimits } from './frame-budget.js';

export { parseSignalingMessage } from './message.js';
export { refuseUpgrade } from './http-util.js';

export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024;
export const DEFAULT_MAX_TOPICS_PER_CLIENT = 64;
export const DEFAULT_MAX_CLIENTS = 512;
/** Two laptops, each with a few tabs and reconnects in flight, stay far below this. */
export const DEFAULT_MAX_CLIENTS_PER_ADDRESS = 16;
/** 16 full-size frames queued for one receiver that does not read: it is not keeping up. */
export const DEFAULT_MAX_BUFFERED_BYTES = 16 * DEFAULT_MAX_MESSAGE_BYTES;
export const DEFAULT_PING_INTERVAL_MS = 30_000;
/** Paths a WebSocket upgrade is accepted on. */
export const SIGNALING_PATHS: readonly string[] = ['/', '/signal'];

export interface SignalingServerOptions {
  host: string;
  /** 0 picks a free port. Ignored when `server` is already listening. */
  port: number;
  maxMessageBytes?: number;
  maxTopicsPerClient?: number;
  maxClients?: number;
  maxClientsPerAddress?: number;
  /** A receiver whose unsent data exceeds this is terminated. */
  maxBufferedBytes?: number;
  pingIntervalMs?: number;
  /**
   * Attach to an existing HTTP server (browser mode: same port as the static files).
   * If it is not listening yet it is started on host/port. close() then leaves it running.
   */
  server?: http.Server;
  /** Refuse upgrades whose Host header this rejects (421). Default: any Host. */
  allowHost?: (host: string | undefined) => boolean;
  /** Path appended to the advertised urls, e.g. '/signal'. Default ''. */
  urlPath?: string;
  /** Injected for tests; defaults to os.networkInterfaces. */
  networkInterfaces?: () => NetworkInterfaces;
  /** What one connection may send (frame-budget.ts); default DEFAULT_FRAME_BUDGET. */
  frameBudget?: FrameBudgetLimits;
  /** Clock of the frame budgets (tests). */
  now?: () => number;
}

export interface SignalingServer {
  port: number;
  host: string;
  urls: string[];
  /** Number of connected clients (for diagnostics and tests). */
  clientCount(): number;
  /** Number of topics with at least one subscriber (bounded: an emptied topic is forgotten). */
  topicCount(): number;
  /** Bytes queued for clients and not yet handed to the OS (bounded by backpressure). */
  bufferedBytes(): number;
  /**
   * Accept signaling connections on one more HTTP server too (the LAN listener): same rooms,
   * same caps. Returns a function that detaches it again and drops its connections.
   */
  attach(server: http.Server, options?: { allowHost?: (host: string | undefined) => boolean }): () => void;
  close(): Promise<void>;
}

interface Client {
  topics: Set<string>;
  address: string;
  alive: boolean;
  /** The upgrade handler (one per HTTP server served) the connection came in through. */
  via: object;
  /** What it may still send (frame-budget.ts). */
  budget: FrameBudget;
}

/** A ws frame's size as received (a Buffer, fragments, or an ArrayBuffer). */
function rawBytes(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.byteLength, 0);
  return data.byteLength;
}

export async function startSignalingServer(options: SignalingServerOptions): Promise<SignalingServer> {
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const maxTopics = options.maxTopicsPerClient ?? DEFAULT_MAX_TOPICS_PER_CLIENT;
  const limits = {
    maxClients: options.maxClients ?? DEFAULT_MAX_CLIENTS,
    maxClientsPerAddress: options.maxClientsPerAddress ?? DEFAULT_MAX_CLIENTS_PER_ADDRESS,
  };
  const maxBufferedBytes = options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const budgetLimits = options.frameBudget ?? DEFAULT_FRAME_BUDGET;
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
  const perAddress = new Map<string, number>();
  /** Connections terminated by the server: frames of theirs still being parsed are ignored. */
  const dropped = new WeakSet<WebSocket>();

  const drop = (conn: WebSocket) => {
    dropped.add(conn);
    conn.terminate();
  };

  /** Sends an already serialised frame; a receiver that stopped reading is dropped instead. */
  const send = (conn: WebSocket, frame: string) => {
    // A dropped connection is no longer OPEN either (terminate() sets CLOSING at once).
    if (conn.readyState !== WebSocket.OPEN) return;
    if (conn.bufferedAmount > maxBufferedBytes) return drop(conn);
    conn.send(frame);
  };

  const unsubscribe = (conn: WebSocket, client: Client, topic: string) => {
    const subs = topics.get(topic);
    if (subs) {
      subs.delete(conn);
      if (subs.size === 0) topics.delete(topic);
    }
    client.topics.delete(topic);
  };

  const publish = (message: Message) => {
    // Stryker disable next-line ConditionalExpression: (as false) only valid topics ever become keys of `topics` (topicList filters them), so the lookup below finds no receivers for anything else
    if (!isTopic(message.topic)) return;
    const receivers = topics.get(message.topic);
    if (!receivers) return;
    const frame = serialisePublish(message, receivers.size);
    // Stryker disable next-line ConditionalExpression: (as false) unreachable from the wire — JSON.parse output within the depth limit always serialises; kept as defence in depth
    if (frame === null) return;
    for (const receiver of [...receivers]) send(receiver, frame);
  };

  const onMessage = (conn: WebSocket, client: Client, message: Message) => {
    switch (message.type) {
      case 'subscribe':
        for (const topic of topicList(message.topics)) {
          // Stryker disable next-line ConditionalExpression: (as false) re-adding to both Sets changes nothing, and at the cap the next new topic stops the loop anyway
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
      case 'publish':
        publish(message);
        break;
      case 'ping':
        send(conn, '{"type":"pong"}');
        break;
    }
  };

  const onConnection = (conn: WebSocket, address: string, via: object) => {
    const client: Client = { topics: new Set(), address, alive: true, via, budget: frameBudget(budgetLimits, options.now) };
    clients.set(conn, client);
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    conn.on('pong', () => {
      client.alive = true;
    });
    conn.on('error', () => drop(conn));
    conn.on('close', () => {
      for (const topic of [...client.topics]) unsubscribe(conn, client, topic);
      clients.delete(conn);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    conn.on('message', (data: RawData) => {
      if (dropped.has(conn)) return;
      // Over its budget: dropped before any parse, the connection kept (frame-budget.ts).
      if (!client.budget(rawBytes(data))) return;
      const message = parseSignalingMessage(data, maxMessageBytes);
      if (message) onMessage(conn, client, message);
    });
  };

  const keepalive = setInterval(() => {
    for (const [conn, client] of clients) {
      if (!client.alive) {
        drop(conn);
        continue;
      }
      client.alive = false;
      try {
        conn.ping();
      }
      // Stryker disable next-line BlockStatement: ws's ping() throws only while CONNECTING, which a server-side connection never is; kept so a future ws cannot crash the main process here
      catch {
        drop(conn);
      }
    }
  }, pingIntervalMs);
  keepalive.unref();

  const upgradeHandler = (target: http.Server, owned: boolean, allowHost: ((host: string | undefined) => boolean) | undefined) =>
    function onUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer) {
      if (!SIGNALING_PATHS.includes(pathnameOf(request.url))) {
        // When attached, another upgrade listener may own this path; if there is none, refuse.
        if (owned || target.listenerCount('upgrade') <= 1) refuseUpgrade(socket, 404);
        return;
      }
      if (allowHost && !allowHost(request.headers.host)) {
        refuseUpgrade(socket, 421, 'unknown Host header');
        return;
      }
      const address = addressKey(request.socket.remoteAddress);
      const verdict = admit(
        { origin: request.headers.origin, addressKey: address },
        { total: clients.size, fromAddress: perAddress.get(address) ?? 0 },
        limits,
      );
      if (!verdict.ok) {
        refuseUpgrade(socket, verdict.status, verdict.reason);
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, address, onUpgrade));
    };

  const detachers = new Set<() => void>();
  const attachTo = (target: http.Server, owned: boolean, allowHost?: (host: string | undefined) => boolean) => {
    const handler = upgradeHandler(target, owned, allowHost);
    target.on('upgrade', handler);
    // Detaching also drops the connections that came in through `target` (its close() waits for them).
    const detach = () => {
      target.off('upgrade', handler);
      detachers.delete(detach);
      for (const [conn, client] of clients) if (client.via === handler) drop(conn);
    };
    detachers.add(detach);
    return detach;
  };
  attachTo(server, ownsServer, options.allowHost);

  if (!server.listening) {
    try {
      await listen(server, options.port, options.host);
    } catch (err) {
      for (const detach of [...detachers]) detach();
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
    topicCount: () => topics.size,
    bufferedBytes: () => [...clients.keys()].reduce((sum, conn) => sum + conn.bufferedAmount, 0),
    attach: (target, attachOptions = {}) => attachTo(target, false, attachOptions.allowHost),
    close() {
      closing ??= (async () => {
        clearInterval(keepalive);
        for (const detach of [...detachers]) detach();
        for (const conn of clients.keys()) conn.terminate();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        if (ownsServer) {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          });
        }
      })();
      return closing;
    },
  };
}
