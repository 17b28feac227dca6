/**
 * Browser mode: a tiny static server for dist/renderer with the app's security headers,
 * SPA fallback and no directory listing. It listens on loopback only and answers only requests
 * addressed to itself (Host 127.0.0.1 / localhost / [::1] on its port; anything else gets 421:
 * DNS rebinding). With `signaling`, the signaling server runs on the same port under /signal
 * (loopback), and the page can open a LAN listener for as long as it hosts a comparison:
 *   POST /lan-signaling/start → 200 {signalingUrls, loopbackSignalingUrl}
 *   POST /lan-signaling/stop  → 204
 * (own pages only: the Origin must be this server's).
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../main/csp.js';
import { startSignalingServer, type SignalingServer } from '../signaling/server.js';
import { wsUrl, type NetworkInterfaces } from '../signaling/lan.js';
import { createLanSignaling, SIGNAL_PATH, type LanSignaling, type LanSignalingInfo } from './lan-signaling.js';
import { isOwnHost, isOwnOrigin } from './loopback-guard.js';
import { isInside, mimeTypeFor, resolveStaticPath, shouldFallbackToIndex } from './static-path.js';

export { SIGNAL_PATH } from './lan-signaling.js';
export const LAN_SIGNALING_START_PATH = '/lan-signaling/start';
export const LAN_SIGNALING_STOP_PATH = '/lan-signaling/stop';
/** The app is served here and nowhere else. */
export const APP_HOST = '127.0.0.1';

export interface WebServerOptions {
  /** Directory with index.html (normally dist/renderer). */
  root: string;
  /**
   * Where LAN signaling listens while a comparison is hosted: '0.0.0.0' (every LAN address),
   * one address, or a loopback address (tests: signaling stays on this machine).
   * The app itself is always served on 127.0.0.1.
   */
  host: string;
  /** Port of the app (0 picks a free port). */
  port: number;
  /** Port of the LAN listener; default 0 (a free port). */
  lanPort?: number;
  /** Signaling under /signal and the /lan-signaling endpoints. */
  signaling: boolean;
  /** Injected for tests; defaults to os.networkInterfaces. */
  networkInterfaces?: () => NetworkInterfaces;
}

export type HostInfo = LanSignalingInfo;

export interface WebServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** null when started with signaling: false. */
  lanSignaling: LanSignaling | null;
  close(): Promise<void>;
}

function cacheControlFor(urlPath: string, filePath: string): string {
  if (path.basename(filePath) === 'index.html') return 'no-cache';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

function sendText(res: http.ServerResponse, status: number, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function statFile(filePath: string): Promise<fs.Stats | null> {
  try {
    return await fs.promises.stat(filePath);
  } catch {
    return null;
  }
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const interfaces = options.networkInterfaces ?? (() => os.networkInterfaces() as NetworkInterfaces);
  const realRoot = await fs.promises.realpath(path.resolve(options.root));
  const indexPath = path.join(realRoot, 'index.html');
  let port = 0;
  let lan: LanSignaling | null = null;

  const serveFile = async (req: http.IncomingMessage, res: http.ServerResponse, filePath: string, urlPath: string) => {
    let real: string;
    try {
      real = await fs.promises.realpath(filePath);
    } catch {
      return sendText(res, 404, 'Not found');
    }
    if (!isInside(realRoot, real)) return sendText(res, 403, 'Forbidden');
    const stat = await statFile(real);
    if (!stat?.isFile()) return sendText(res, 404, 'Not found');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeFor(real),
      'Content-Length': String(stat.size),
      'Cache-Control': cacheControlFor(urlPath, real),
    });
    if (req.method === 'HEAD') return res.end();
    const stream = fs.createReadStream(real);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  const handleLan = async (req: http.IncomingMessage, res: http.ServerResponse, urlPath: string) => {
    if (!lan) return sendText(res, 404, 'Not found');
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed', { Allow: 'POST' });
    if (!isOwnOrigin(req.headers.origin, port)) return sendText(res, 403, 'Refused: only Accord\'s own page may start or stop LAN signaling.');
    req.resume(); // no body expected
    if (urlPath === LAN_SIGNALING_STOP_PATH) {
      await lan.stop();
      res.writeHead(204, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' });
      return res.end();
    }
    let info: HostInfo;
    try {
      info = await lan.start();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return sendText(res, 500, `Could not listen on the network: ${code === 'EADDRINUSE' ? 'port already in use' : (err as Error).message}`);
    }
    const body = JSON.stringify(info);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
    });
    return res.end(body);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!isOwnHost(req.headers.host, port)) {
      const named = String(req.headers.host ?? '(none)').slice(0, 100);
      return sendText(res, 421, `Accord answers only at http://${APP_HOST}:${port}/ (this request was addressed to "${named}").`);
    }
    const rawUrl = req.url ?? '/';
    const urlPath = rawUrl.split(/[?#]/, 1)[0];
    if (urlPath === LAN_SIGNALING_START_PATH || urlPath === LAN_SIGNALING_STOP_PATH) return handleLan(req, res, urlPath);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    if (!rawUrl.startsWith('/')) return sendText(res, 400, 'Bad request');

    const resolved = resolveStaticPath(realRoot, urlPath);
    if (resolved.kind === 'forbidden') return sendText(res, 403, 'Forbidden');
    const stat = urlPath === '/' ? null : await statFile(resolved.filePath);
    if (stat?.isFile()) return serveFile(req, res, resolved.filePath, urlPath);
    // Root, directories (never listed) and client-side routes get the app shell.
    if (urlPath === '/' || stat?.isDirectory() || shouldFallbackToIndex(urlPath)) {
      return serveFile(req, res, indexPath, '/index.html');
    }
    return sendText(res, 404, 'Not found');
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, APP_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });

  port = (server.address() as AddressInfo).port;
  let signaling: SignalingServer | null = null;
  if (options.signaling) {
    signaling = await startSignalingServer({
      host: APP_HOST,
      port,
      server,
      urlPath: SIGNAL_PATH,
      allowHost: (host) => isOwnHost(host, port),
      networkInterfaces: interfaces,
    });
    lan = createLanSignaling({
      signaling,
      host: options.host,
      port: options.lanPort ?? 0,
      loopbackSignalingUrl: wsUrl(APP_HOST, port, SIGNAL_PATH),
      networkInterfaces: interfaces,
    });
  }

  let closing: Promise<void> | null = null;
  return {
    url: `http://${APP_HOST}:${port}`,
    port,
    lanSignaling: lan,
    close() {
      closing ??= (async () => {
        await lan?.stop();
        await signaling?.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}
