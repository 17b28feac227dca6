/**
 * Browser mode: a tiny static server for dist/renderer with the app's security headers,
 * SPA fallback, no directory listing, and (optionally) the LAN signaling server on the same
 * port under `/signal` plus `GET /host-info.json` so the page can build an invite.
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../main/csp.js';
import { startSignalingServer, type SignalingServer } from '../signaling/server.js';
import { isWildcardHost, reachableUrls, wsUrl, type NetworkInterfaces } from '../signaling/lan.js';
import { isInside, mimeTypeFor, resolveStaticPath, shouldFallbackToIndex } from './static-path.js';

export const SIGNAL_PATH = '/signal';
export const HOST_INFO_PATH = '/host-info.json';

export interface WebServerOptions {
  /** Directory with index.html (normally dist/renderer). */
  root: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Attach the signaling server under /signal and serve /host-info.json. */
  signaling: boolean;
  /** Injected for tests; defaults to os.networkInterfaces. */
  networkInterfaces?: () => NetworkInterfaces;
}

/** Body of GET /host-info.json. */
export interface HostInfo {
  signalingUrls: string[];
  loopbackSignalingUrl: string;
}

export interface WebServer {
  /** http://127.0.0.1:PORT for a wildcard bind, else http://HOST:PORT. */
  url: string;
  port: number;
  host: string;
  /** http:// URLs other machines can open (LAN IPv4s for a wildcard bind). */
  lanUrls: string[];
  /** null when started with signaling: false. */
  hostInfo: HostInfo | null;
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
  let hostInfo: HostInfo | null = null;

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

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith('/')) return sendText(res, 400, 'Bad request');
    const urlPath = rawUrl.split(/[?#]/, 1)[0];

    if (urlPath === HOST_INFO_PATH) {
      if (!hostInfo) return sendText(res, 404, 'Not found');
      const body = JSON.stringify(hostInfo);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        'Cache-Control': 'no-store',
      });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }

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
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const port = (server.address() as AddressInfo).port;
  let signaling: SignalingServer | null = null;
  if (options.signaling) {
    signaling = await startSignalingServer({
      host: options.host,
      port,
      server,
      urlPath: SIGNAL_PATH,
      networkInterfaces: interfaces,
    });
    hostInfo = {
      signalingUrls: reachableUrls(options.host, port, interfaces(), SIGNAL_PATH),
      loopbackSignalingUrl: wsUrl('127.0.0.1', port, SIGNAL_PATH),
    };
  }

  const displayHost = isWildcardHost(options.host) ? '127.0.0.1' : options.host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${displayHost.includes(':') ? `[${displayHost}]` : displayHost}:${port}`,
    port,
    host: options.host,
    lanUrls: reachableUrls(options.host, port, interfaces(), '', 'http'),
    hostInfo,
    close() {
      closing ??= (async () => {
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
