/**
 * Browser mode serves the app on loopback only. A page elsewhere can still make the user's
 * browser send requests there — by DNS rebinding (evil.example resolving to 127.0.0.1, so its
 * requests carry `Host: evil.example:PORT`) or by plain cross-origin POSTs. These checks let the
 * server answer only requests addressed to itself, and state changes only from its own pages.
 */

const LOOPBACK_NAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

function parseHostPort(value: string): URL | null {
  try {
    return new URL(`http://${value}`);
  } catch {
    return null;
  }
}

/** Is this Host header one of the names this loopback server answers to, on its own port? */
export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const url = parseHostPort(hostHeader);
  if (!url || url.username || url.password || url.pathname !== '/' || url.search || url.hash) return false;
  return LOOPBACK_NAMES.includes(url.hostname) && Number(url.port || 80) === port;
}

/** Is this Origin one of this server's own pages? (Browsers send Origin with every POST.) */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && url.origin === origin && isOwnHost(url.host, port);
}

/** Whether an address names this machine only (then nothing needs to listen on the LAN). */
export function isLoopbackAddress(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
