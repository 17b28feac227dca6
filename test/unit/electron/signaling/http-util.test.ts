// @vitest-environment node
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { listen, pathnameOf, refuseUpgrade } from '../../../../electron/signaling/http-util';

async function refused(status: number, reason?: string): Promise<string> {
  const socket = new PassThrough();
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => socket.on('end', r));
  refuseUpgrade(socket, status, reason);
  await ended;
  return Buffer.concat(chunks).toString('utf8');
}

describe('refusing an upgrade', () => {
  it('answers with the status, its text, the reason as the body, and closes', async () => {
    expect(await refused(429, 'too many connections from this address')).toBe(
      'HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 39\r\n\r\ntoo many connections from this address\n',
    );
  });

  it('a status without a known text says Error; no reason, no body', async () => {
    expect(await refused(400)).toBe('HTTP/1.1 400 Error\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 0\r\n\r\n');
  });
});

describe('listen', () => {
  it('rejects with the listen error and leaves no listener behind, so a retry does not pile them up', async () => {
    const blocker = http.createServer();
    const server = http.createServer();
    await listen(blocker, 0, '127.0.0.1');
    const before = { listening: server.listenerCount('listening'), error: server.listenerCount('error') }; // Node's own
    try {
      await expect(listen(server, (blocker.address() as AddressInfo).port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
      expect({ listening: server.listenerCount('listening'), error: server.listenerCount('error') }).toEqual(before);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('once listening, a later server error is its owner\'s to handle, not swallowed by listen', async () => {
    const server = http.createServer();
    await listen(server, 0, '127.0.0.1');
    try {
      expect(server.listening).toBe(true);
      expect(() => server.emit('error', new Error('later'))).toThrow('later');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('pathnameOf', () => {
  it('is the path of a request URL, / when there is none, empty when it does not parse', () => {
    expect(pathnameOf('/signal?room=x')).toBe('/signal');
    expect(pathnameOf(undefined)).toBe('/');
    expect(pathnameOf('//[bad')).toBe('');
  });
});
