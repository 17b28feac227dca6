/**
 * LAN address helpers. Pure: pass `os.networkInterfaces()` in, get addresses out.
 */

/** The subset of os.NetworkInterfaceInfo we read. `family` is a number (4/6) on Node 18.0–18.3. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

export type NetworkInterfaces = Record<string, readonly InterfaceAddress[] | undefined>;

function isIPv4(info: InterfaceAddress): boolean {
  return info.family === 'IPv4' || info.family === 4;
}

/** Private ranges (RFC 1918) first, then other routable addresses, link-local (169.254/16) last. */
function rank(address: string): number {
  const [a, b] = address.split('.').map(Number);
  if (a === 192 && b === 168) return 0;
  if (a === 10) return 1;
  if (a === 172 && b >= 16 && b <= 31) return 2;
  if (a === 169 && b === 254) return 4;
  return 3;
}

/** Non-internal IPv4 addresses of this machine, de-duplicated, most LAN-like first. */
export function lanIPv4Addresses(interfaces: NetworkInterfaces): string[] {
  const seen = new Set<string>();
  for (const name of Object.keys(interfaces).sort()) {
    // Stryker disable next-line ArrayDeclaration: (non-empty) an entry that is not an address object is skipped by the check below anyway
    for (const info of interfaces[name] ?? []) {
      if (!info || info.internal || !isIPv4(info)) continue;
      if (info.address.startsWith('127.')) continue;
      seen.add(info.address);
    }
  }
  return [...seen].sort((x, y) => rank(x) - rank(y));
}

export function isWildcardHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/** `ws://host:port/path` with IPv6 hosts bracketed. `path` defaults to '' (root). */
export function wsUrl(host: string, port: number, path = ''): string {
  const h = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const p = path && !path.startsWith('/') ? `/${path}` : path;
  return `ws://${h}:${port}${p}`;
}

/**
 * URLs under which peers can reach a server bound to `host`:
 * every LAN IPv4 for a wildcard bind (loopback if the machine has no LAN address), else `host` itself.
 */
export function reachableUrls(
  host: string,
  port: number,
  interfaces: NetworkInterfaces,
  path = '',
  scheme: 'ws' | 'http' = 'ws',
): string[] {
  const hosts = isWildcardHost(host) ? lanIPv4Addresses(interfaces) : [host];
  if (hosts.length === 0) hosts.push('127.0.0.1');
  return hosts.map((h) => {
    const url = wsUrl(h, port, path);
    return scheme === 'ws' ? url : `http${url.slice(2)}`;
  });
}
