/** Small HTTP helpers shared by the signaling server and the LAN listener. */
import type http from 'node:http';
import type { Duplex } from 'node:stream';

/** Resolves once `server` listens on host:port; rejects with the listen error (e.g. EADDRINUSE). */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

const STATUS_TEXT: Record<number, string> = {
  403: 'Forbidden',
  404: 'Not Found',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/**
 * Answers an upgrade request with a plain HTTP error and closes the socket. Node leaves an upgraded
 * socket without an 'error' listener: a peer that resets it meanwhile must not throw in the process.
 */
export function refuseUpgrade(socket: Duplex, status: number, reason = ''): void {
  socket.on('error', () => {}); // the socket is already destroyed when this fires
  const body = reason ? `${reason}\n` : '';
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

export function pathnameOf(url: string | undefined): string {
  try {
    // Stryker disable next-line StringLiteral: an empty URL resolves to the base's path, which is '/' too
    return new URL(url ?? '/', 'http://x').pathname;
  } catch {
    return '';
  }
}
