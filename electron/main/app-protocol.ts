/**
 * The app is served from `accord://app/…` (a privileged standard scheme), not file://:
 * it gives the page a real origin (IndexedDB, fetch), lets the response carry the CSP header,
 * and confines reads to dist/renderer with the same traversal guard as browser mode.
 */
import { SECURITY_HEADERS } from './csp.js';
import { mimeTypeFor, resolveStaticPath, shouldFallbackToIndex } from '../web/static-path.js';

export const APP_SCHEME = 'accord';
export const APP_HOST = 'app';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged (must run before app 'ready'). `codeCache`: Chromium
 * keeps V8's compiled code only for http(s) unless a custom scheme asks, so without it every
 * launch would parse and compile the first chunk again (in browser mode, where assets are
 * cached, a returning profile starts in about two thirds of a fresh one's time: `npm run bench`).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
} as const;

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

function textResponse(status: number, body: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Returns the protocol.handle() callback serving files under `root`. */
export function createAppProtocolHandler(root: string, readFile: ReadFile): (request: Request) => Promise<Response> {
  const serve = async (filePath: string): Promise<Response> => {
    const body = await readFile(filePath);
    return new Response(body as BodyInit, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(filePath), 'Cache-Control': 'no-cache' },
    });
  };
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(403, 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent — '/' also reaches the app shell through the route fallback below (reading a folder fails)
    const pathname = url.pathname === '/' ? '/index.html' : url.pathname;
    const resolved = resolveStaticPath(root, pathname);
    if (resolved.kind === 'forbidden') return textResponse(403, 'Forbidden');
    try {
      return await serve(resolved.filePath);
    } catch {
      if (!shouldFallbackToIndex(pathname)) return textResponse(404, 'Not found');
      const index = resolveStaticPath(root, '/index.html');
      // Stryker disable next-line ConditionalExpression: equivalent — resolveStaticPath never refuses '/index.html'; a defensive check
      if (index.kind !== 'file') return textResponse(404, 'Not found');
      try {
        return await serve(index.filePath);
      } catch {
        return textResponse(404, 'Not found');
      }
    }
  };
}
