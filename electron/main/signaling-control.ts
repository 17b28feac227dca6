/**
 * signaling:start / signaling:stop — the in-app LAN signaling server, started only on request.
 * start() is idempotent (concurrent calls share one server); stop() is too.
 */
import type { SignalingStartResponse } from '../../shared/ipc.js';
import type { SignalingServer, SignalingServerOptions } from '../signaling/server.js';

export type StartSignaling = (options: SignalingServerOptions) => Promise<SignalingServer>;

export interface SignalingController {
  start(): Promise<SignalingStartResponse>;
  stop(): Promise<void>;
}

export function createSignalingController(
  startServer: StartSignaling,
  options: SignalingServerOptions = { host: '0.0.0.0', port: 0 },
): SignalingController {
  let running: Promise<SignalingServer> | null = null;
  return {
    async start() {
      if (!running) {
        running = startServer(options);
        running.catch(() => {
          running = null; // a failed start (e.g. port in use) may be retried
        });
      }
      const server = await running;
      return { urls: [...server.urls], port: server.port };
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
