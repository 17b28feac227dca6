/**
 * Who may open a signaling connection. Pure functions, used by the server's upgrade handler.
 *
 * - Origin: browsers always send one. Only the app's own pages may connect: the Electron app
 *   (accord://) and browser mode, which is served on loopback (http://127.0.0.1|localhost|[::1]:any
 *   port — the partner's laptop serves its own copy on its own loopback). Any other web page the
 *   user happens to have open is refused. Node clients send no Origin and are let in: they are
 *   no more than what the invite holder can do anyway.
 * - Address: connections are counted per remote address (IPv6 per /64, which one LAN host can
 *   fill at will), so one machine's idle sockets cannot take every slot of the global cap.
 */

const LOOPBACK_HOSTNAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

export function isAllowedOrigin(origin: string | undefined): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null" (file://, sandboxed frames)
  }
  if (url.protocol === 'accord:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTNAMES.includes(url.hostname);
}

/** Expands an IPv6 address to 8 hextets; null if it is not one. */
function ipv6Hextets(address: string): string[] | null {
  const parts = address.split('::');
  if (parts.length > 2) return null;
  const head = parts[0] ? parts[0].split(':') : [];
  // Stryker disable next-line ConditionalExpression: (as true) parts[1] is undefined unless there are two parts
  const tail = parts.length === 2 && parts[1] ? parts[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (parts.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...head, ...Array<string>(missing).fill('0'), ...tail];
}

/**
 * The key a connection is counted under: the IPv4 address (also when IPv4-mapped), or the /64
 * prefix of an IPv6 address. Unknown shapes count as themselves.
 */
export function addressKey(remoteAddress: string | undefined): string {
  if (!remoteAddress) return 'unknown';
  const address = remoteAddress.split('%', 1)[0].toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1];
  // Stryker disable next-line ConditionalExpression,StringLiteral: without a ':' ipv6Hextets returns null too, so the address is kept as is either way
  if (!address.includes(':')) return address;
  const hextets = ipv6Hextets(address);
  if (!hextets) return address;
  return `${hextets
    .slice(0, 4)
    .map((h) => h.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export type Admission = { ok: true } | { ok: false; status: 403 | 429 | 503; reason: string };

export interface AdmissionLimits {
  maxClients: number;
  maxClientsPerAddress: number;
}

/** Decides on one upgrade request given the current connection counts. */
export function admit(
  request: { origin: string | undefined; addressKey: string },
  counts: { total: number; fromAddress: number },
  limits: AdmissionLimits,
): Admission {
  if (!isAllowedOrigin(request.origin)) return { ok: false, status: 403, reason: 'origin not allowed' };
  if (counts.fromAddress >= limits.maxClientsPerAddress) {
    return { ok: false, status: 429, reason: 'too many connections from this address' };
  }
  if (counts.total >= limits.maxClients) return { ok: false, status: 503, reason: 'server full' };
  return { ok: true };
}
