/**
 * The app's Content-Security-Policy. The same string is sent as a header by the Electron
 * protocol handler / webRequest hook and by the browser-mode static server, and
 * renderer/index.html carries it as a <meta> tag.
 *
 * `connect-src ws: wss:` is deliberate: the LAN signaling host is only known at run time.
 * Pure: no Electron import.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** Headers every app response carries (Electron and browser mode). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

type HeaderMap = Record<string, string | string[]>;

/**
 * For session.webRequest.onHeadersReceived: replaces any CSP header (whatever its case)
 * with ours and adds the other security headers. Returns a new object.
 */
export function withSecurityHeaders(headers: HeaderMap | undefined): HeaderMap {
  const ours = new Set(Object.keys(SECURITY_HEADERS).map((k) => k.toLowerCase()));
  const out: HeaderMap = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    if (!ours.has(k.toLowerCase())) out[k] = v;
  }
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) out[k] = [v];
  return out;
}
