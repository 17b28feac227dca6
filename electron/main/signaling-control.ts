/**
 * signaling:start / signaling:stop — the in-app signaling server, listening on the LAN only
 * between the two. start() is idempotent (concurrent calls share one server); stop() is too.
 * A restart tries the previous port first, so an invite handed out earlier keeps working.
 */
import type { SignalingStartResponse } from '../../shared/ipc.js';
import { isWildcardHost, wsUrl } from '../signaling/lan.js';
import type { SignalingServer, SignalingServerOptions } from '../signaling/server.js';

export type StartSignaling = (options: SignalingServerOptions) => Promise<SignalingServer>;

export interface SignalingController {
  start(): Promise<SignalingStartResponse>;
  stop(): Promise<void>;
}

/** LAN URLs first (the invite takes the first); a wildcard bind also serves loopback, listed last. */
function offeredUrls(server: SignalingServer, options: SignalingServerOptions): string[] {
  if (!isWildcardHost(options.host)) return [...server.urls];
  return [...new Set([...server.urls, wsUrl('127.0.0.1', server.port, options.urlPath ?? '')])];
}

export function createSignalingController(
  startServer: StartSignaling,
  options: SignalingServerOptions = { host: '0.0.0.0', port: 0 },
): SignalingController {
  let running: Promise<SignalingServer> | null = null;
  let lastPort = options.port;

  const open = () =>
    startServer({ ...options, port: lastPort }).catch((err: NodeJS.ErrnoException) => {
      if (err?.code !== 'EADDRINUSE' || lastPort === options.port) throw err;
      return startServer(options); // the remembered port was taken meanwhile
    });

  return {
    async start() {
      if (!running) {
        const attempt = open();
        running = attempt;
        attempt.catch(() => {
          // A failed start (e.g. port in use) may be retried. Only this start is forgotten: a
          // stop and a new start may have come meanwhile, and that server must stay stoppable.
          if (running === attempt) running = null;
        });
      }
      const server = await running;
      lastPort = server.port;
      return { urls: offeredUrls(server, options), port: server.port };
    },
    async stop() {
      const current = running;
      running = null;
      if (!current) return;
      const server = await current.catch(() => null);
      await server?.close();
    },
  };
}
