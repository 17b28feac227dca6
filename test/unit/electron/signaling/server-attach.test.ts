// @vitest-environment node
/** The signaling server on HTTP servers it shares (browser mode, the LAN listener): attach, detach, close, failed start. */
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startSignalingServer } from '../../../../electron/signaling/server';
import { reachableUrls, type NetworkInterfaces } from '../../../../electron/signaling/lan';
import { client, closeClients, closeServers, startServer, upgradeStatus } from './ws-client';

const httpServers: http.Server[] = [];
afterEach(async () => {
  closeClients();
  await closeServers();
  for (const s of httpServers.splice(0)) {
    s.closeAllConnections();
    if (s.listening) await new Promise((r) => s.close(r));
  }
});

/** A plain HTTP server (200 to any request), listening on loopback unless told not to. */
async function httpServer(listening = true) {
  const server = http.createServer((_req, res) => res.end());
  httpServers.push(server);
  if (listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}
const signalUrl = (server: http.Server, path = '/signal') => `ws://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

describe('attach and detach', () => {
  it('detaching drops the connections that came in through that server only', async () => {
    const server = await startServer();
    const second = await httpServer();
    const detach = server.attach(second);
    const own = await client(server.urls[0]);
    const viaSecond = await client(signalUrl(second));
    for (const x of [own, viaSecond]) x.send({ type: 'subscribe', topics: ['room'] });
    await Promise.all([own.flush(), viaSecond.flush()]);
    detach();
    await viaSecond.closed;
    own.send({ type: 'publish', topic: 'room', data: 'still' });
    expect(await own.next()).toMatchObject({ data: 'still', clients: 1 });
    expect(server.clientCount()).toBe(1);
  });

  it('leaves other paths of an attached server to its other upgrade handler, whichever was added first', async () => {
    const server = await startServer();
    const second = await httpServer();
    server.attach(second);
    second.on('upgrade', (req, socket) => {
      if (req.url === '/other') socket.end('HTTP/1.1 418 Teapot\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
    expect(await upgradeStatus(signalUrl(second, '/other'))).toBe('418');
    expect(await upgradeStatus(signalUrl(second))).toBe('101');
  });

  it('close() stops answering upgrades on a server it shares, which keeps serving HTTP', async () => {
    const shared = await httpServer();
    const server = await startSignalingServer({ host: '127.0.0.1', port: 0, server: shared });
    expect(await upgradeStatus(signalUrl(shared))).toBe('101');
    await server.close();
    expect(await upgradeStatus(signalUrl(shared))).toBe('200'); // answered as a plain request
  });
});

describe('starting', () => {
  it('a start that fails to listen leaves the shared server as it found it', async () => {
    const blocker = await httpServer();
    const shared = await httpServer(false);
    const busyPort = (blocker.address() as AddressInfo).port;
    await expect(startSignalingServer({ host: '127.0.0.1', port: busyPort, server: shared })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    // Its owner starts it elsewhere: no signaling answers on it.
    await new Promise<void>((r) => shared.listen(0, '127.0.0.1', r));
    expect(await upgradeStatus(signalUrl(shared))).toBe('200');
  });

  it('bound to every interface, advertises this machine\'s own LAN addresses by default', async () => {
    const server = await startServer({ host: '0.0.0.0', urlPath: '' });
    expect(server.urls).toEqual(reachableUrls('0.0.0.0', server.port, os.networkInterfaces() as NetworkInterfaces));
  });
});
