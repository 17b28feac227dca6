/**
 * Browser mode's LAN signaling: a second listener that exists only while a comparison is hosted.
 * It serves the /signal websocket and nothing else (no app files), sharing rooms and caps with
 * the loopback endpoint on the app's own port. The page starts and stops it through the app
 * server (POST /lan-signaling/start|stop); stopping closes the listener and its connections.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isWildcardHost, lanIPv4Addresses, wsUrl, type NetworkInterfaces } from '../signaling/lan.js';
import { listen } from '../signaling/http-util.js';
import type { SignalingServer } from '../signaling/server.js';
import { isLoopbackAddress } from './loopback-guard.js';

export const SIGNAL_PATH = '/signal';

/** What the page gets back from start: LAN URLs first (for the invite), loopback last. */
export interface LanSignalingInfo {
  signalingUrls: string[];
  loopbackSignalingUrl: string;
}

export interface LanSignalingOptions {
  signaling: SignalingServer;
  /** Where to listen: '0.0.0.0' = every LAN address; one address; a loopback address = no LAN. */
  host: string;
  /** 0 = any free port (the first one taken is tried again on the next start). */
  port: number;
  loopbackSignalingUrl: string;
  networkInterfaces: () => NetworkInterfaces;
}

export interface LanSignaling {
  start(): Promise<LanSignalingInfo>;
  stop(): Promise<void>;
  /** The port the LAN listener is bound to, or null while it is not listening. */
  listeningPort(): number | null;
}

interface Listener {
  server: http.Server;
  detach(): void;
  port: number;
}

async function openListener(options: LanSignalingOptions, port: number): Promise<Listener> {
  const server = http.createServer((_req, res) => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end('Accord: this address only carries signaling for a hosted comparison.\n');
  });
  const detach = options.signaling.attach(server);
  try {
    await listen(server, port, options.host);
  } catch (err) {
    detach();
    throw err;
  }
  return { server, detach, port: (server.address() as AddressInfo).port };
}

async function closeListener(listener: Listener): Promise<void> {
  listener.detach();
  await new Promise<void>((resolve) => {
    listener.server.close(() => resolve());
    listener.server.closeAllConnections();
  });
}

export function createLanSignaling(options: LanSignalingOptions): LanSignaling {
  let current: Promise<Listener> | null = null;
  let opened: Listener | null = null;
  let lastPort = options.port;

  const lanHosts = () => (isWildcardHost(options.host) ? lanIPv4Addresses(options.networkInterfaces()) : [options.host]);

  return {
    async start() {
      const loopback = options.loopbackSignalingUrl;
      const hosts = isLoopbackAddress(options.host) ? [] : lanHosts();
      if (hosts.length === 0) return { signalingUrls: [loopback], loopbackSignalingUrl: loopback };
      if (!current) {
        const attempt = openListener(options, lastPort).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'EADDRINUSE' || lastPort === options.port) throw err;
          return openListener(options, options.port); // the remembered port was taken meanwhile
        });
        current = attempt;
        // A failed start may be retried. Only this start is forgotten: a stop and a new start
        // may have come meanwhile, and that listener must stay stoppable.
        attempt.catch(() => {
          if (current === attempt) current = null;
        });
      }
      const listener = await current;
      opened = listener;
      lastPort = listener.port;
      return { signalingUrls: [...hosts.map((h) => wsUrl(h, listener.port, SIGNAL_PATH)), loopback], loopbackSignalingUrl: loopback };
    },
    async stop() {
      const pending = current;
      current = null;
      opened = null;
      const listener = await pending?.catch(() => null);
      if (listener) await closeListener(listener);
    },
    listeningPort: () => (opened?.server.listening ? opened.port : null),
  };
}
