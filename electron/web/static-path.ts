/**
 * Maps a request path to a file under a root directory, refusing traversal.
 * Shared by the browser-mode static server and the Electron `accord://` protocol handler.
 */
import path from 'node:path';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticResolution =
  | { kind: 'file'; filePath: string }
  /** Path was malformed or tried to leave the root (or named a dotfile). */
  | { kind: 'forbidden'; reason: string };

/**
 * Resolves a URL pathname (still percent-encoded, no query) against `root`.
 * Rejects NUL bytes, backslashes, malformed escapes, dot-segments that leave the root,
 * and hidden path segments (".git", ".env"…). Does not touch the file system.
 */
export function resolveStaticPath(root: string, urlPathname: string): StaticResolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return { kind: 'forbidden', reason: 'malformed escape' };
  }
  if (decoded.includes('\0')) return { kind: 'forbidden', reason: 'NUL byte' };
  if (decoded.includes('\\')) return { kind: 'forbidden', reason: 'backslash' };
  if (!decoded.startsWith('/')) decoded = `/${decoded}`;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..')) return { kind: 'forbidden', reason: 'path traversal' };
  if (segments.some((s) => s.startsWith('.'))) return { kind: 'forbidden', reason: 'hidden path' };
  const absRoot = path.resolve(root);
  const filePath = path.resolve(absRoot, ...segments);
  const rel = path.relative(absRoot, filePath);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { kind: 'forbidden', reason: 'outside root' };
  return { kind: 'file', filePath };
}

/** True when `child` is `parent` or inside it (both absolute, already real paths). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** SPA fallback applies to navigations (no file extension), not to missing assets. */
export function shouldFallbackToIndex(urlPathname: string): boolean {
  const last = urlPathname.split('/').pop() ?? '';
  return !last.includes('.');
}
