// @vitest-environment node
/**
 * Browser mode's exposure (issue 9, point 12): the app on loopback only, no foreign Host headers,
 * and signaling on the LAN only between start and stop. Real servers, real sockets; the LAN
 * address is this machine's own (the test says so and is skipped when it has none).
 */
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lanIPv4Addresses, type NetworkInterfaces } from '../../../../electron/signaling/lan';
import { startWebServer, type WebServer } from '../../../../electron/web/static-server';
import { client, closeClients, upgradeStatus } from '../signaling/ws-client';

const lanIp = lanIPv4Addresses(os.networkInterfaces() as NetworkInterfaces)[0];
let tmp: string;
let root: string;
const servers: WebServer[] = [];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-exposure-'));
  root = path.join(tmp, 'renderer');
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Accord app shell</title>');
});
afterEach(async () => {
  closeClients();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function start(host = '0.0.0.0', extra: Partial<Parameters<typeof startWebServer>[0]> = {}) {
  const server = await startWebServer({ root, host, port: 0, signaling: true, ...extra });
  servers.push(server);
  return server;
}

function request(port: number, urlPath: string, init: { method?: string; headers?: Record<string, string>; host?: string } = {}) {
  return new Promise<{ status: number; body: string; type?: string }>((resolve, reject) => {
    const req = http.request(
      { host: init.host ?? '127.0.0.1', port, path: urlPath, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: res.headers['content-type'] }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Can a TCP connection be opened to host:port? */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const own = (server: WebServer) => ({ Origin: `http://127.0.0.1:${server.port}` });
const startLan = async (server: WebServer) => {
  const res = await request(server.port, '/lan-signaling/start', { method: 'POST', headers: own(server) });
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as { signalingUrls: string[]; loopbackSignalingUrl: string };
};

describe('the app is served on loopback only', () => {
  it('answers on 127.0.0.1 and is not reachable at the LAN address', async () => {
    const server = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect((await request(server.port, '/')).body).toContain('Accord app shell');
    if (lanIp) expect(await reachable(lanIp, server.port)).toBe(false);
  });

  it.each(['evil.example', 'evil.example:PORT', '10.0.0.7:PORT', '127.0.0.1:1', 'localhost.evil.example:PORT', 'user@127.0.0.1:PORT'])(
    'refuses Host %s with 421 and says where it answers (DNS rebinding)',
    async (host) => {
      const server = await start();
      const res = await request(server.port, '/', { headers: { Host: host.replace('PORT', String(server.port)) } });
      expect(res.status).toBe(421);
      expect(res.body).toContain(`http://127.0.0.1:${server.port}/`);
      expect(res.body).not.toContain('app shell');
    },
  );

  it.each(['127.0.0.1:PORT', 'localhost:PORT', '[::1]:PORT'])('serves Host %s', async (host) => {
    const server = await start();
    const res = await request(server.port, '/', { headers: { Host: host.replace('PORT', String(server.port)) } });
    expect(res.status).toBe(200);
  });

  it('refuses a signaling upgrade with a foreign Host header', async () => {
    const server = await start();
    const url = `ws://127.0.0.1:${server.port}/signal`;
    expect(await upgradeStatus(url)).toBe('101');
    expect(await upgradeStatus(url, { headers: { Host: `rebound.example:${server.port}` } })).toBe('421');
  });
});

describe('LAN signaling lives between start and stop', () => {
  it.skipIf(!lanIp)(`listens on this machine's LAN address (${lanIp ?? 'none here'}) only after start, serves only /signal, and stops`, async () => {
    const server = await start('0.0.0.0');
    expect(server.lanSignaling!.listeningPort()).toBeNull();

    const info = await startLan(server);
    const loopback = `ws://127.0.0.1:${server.port}/signal`;
    expect(info.loopbackSignalingUrl).toBe(loopback);
    expect(info.signalingUrls.at(-1)).toBe(loopback);
    const lanUrl = info.signalingUrls.find((u) => u.startsWith(`ws://${lanIp}:`))!;
    expect(lanUrl).toMatch(/\/signal$/);
    const lanPort = Number(new URL(lanUrl).port);
    expect(lanPort).toBe(server.lanSignaling!.listeningPort());

    // The LAN listener carries signaling, and no app files.
    const page = await request(lanPort, '/', { host: lanIp });
    expect(page.status).toBe(404);
    expect(page.body).not.toContain('app shell');
    expect((await request(lanPort, '/index.html', { host: lanIp })).status).toBe(404);

    // A partner on the LAN and the host on loopback meet in the same room.
    const partner = await client(lanUrl, { origin: 'http://127.0.0.1:5173' });
    const host = await client(loopback);
    for (const x of [partner, host]) x.send({ type: 'subscribe', topics: ['room'] });
    await Promise.all([partner.flush(), host.flush()]);
    partner.send({ type: 'publish', topic: 'room', data: 'hello' });
    expect(await host.next()).toMatchObject({ data: 'hello', clients: 2 });

    const stopped = await request(server.port, '/lan-signaling/stop', { method: 'POST', headers: own(server) });
    expect(stopped.status).toBe(204);
    expect(await partner.closed).toBeGreaterThan(0); // the LAN connection is gone…
    expect(await reachable(lanIp!, lanPort)).toBe(false); // …and nothing listens there any more
    expect(server.lanSignaling!.listeningPort()).toBeNull();
    host.send({ type: 'ping' });
    expect(await host.next()).toEqual({ type: 'pong' }); // loopback signaling goes on

    // Hosting again reuses the port, so a partner's invite keeps working after a restart.
    const again = await startLan(server);
    expect(again.signalingUrls).toContain(lanUrl);
  });

  it('with a loopback --host only the loopback URL is offered and nothing listens beyond it', async () => {
    const server = await start('127.0.0.1');
    const info = await startLan(server);
    expect(info.signalingUrls).toEqual([`ws://127.0.0.1:${server.port}/signal`]);
    expect(server.lanSignaling!.listeningPort()).toBeNull();
  });

  it('offers every LAN address (most LAN-like first) then loopback', async () => {
    const server = await start('0.0.0.0', {
      networkInterfaces: () => ({
        lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
        eth0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }],
        wlan0: [{ address: '192.168.1.23', family: 'IPv4', internal: false }],
      }),
    });
    const info = await startLan(server);
    const port = server.lanSignaling!.listeningPort();
    expect(info.signalingUrls).toEqual([
      `ws://192.168.1.23:${port}/signal`,
      `ws://10.0.0.7:${port}/signal`,
      `ws://127.0.0.1:${server.port}/signal`,
    ]);
  });

  it.each([
    ['no Origin', {}],
    ['a foreign Origin', { Origin: 'http://evil.example' }],
    ['a LAN Origin', { Origin: 'http://10.0.0.7:5173' }],
    ['another loopback port', { Origin: 'http://127.0.0.1:1' }],
  ])('refuses start and stop from %s (cross-site requests)', async (_name, headers) => {
    const server = await start('0.0.0.0');
    for (const action of ['start', 'stop']) {
      const res = await request(server.port, `/lan-signaling/${action}`, { method: 'POST', headers });
      expect(res.status).toBe(403);
    }
    expect(server.lanSignaling!.listeningPort()).toBeNull();
  });

  it('accepts only POST on the endpoints, and 404s them without signaling', async () => {
    const server = await start('127.0.0.1');
    expect((await request(server.port, '/lan-signaling/start', { headers: own(server) })).status).toBe(405);
    const plain = await start('127.0.0.1', { signaling: false });
    expect((await request(plain.port, '/lan-signaling/start', { method: 'POST', headers: own(plain) })).status).toBe(404);
    expect(await upgradeStatus(`ws://127.0.0.1:${plain.port}/signal`)).not.toBe('101');
  });

  it('closing the server closes the LAN listener too', async () => {
    const server = await start('0.0.0.0', { networkInterfaces: () => ({ eth0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }] }) });
    await startLan(server);
    const port = server.lanSignaling!.listeningPort()!;
    expect(await reachable('127.0.0.1', port)).toBe(true);
    await server.close();
    expect(await reachable('127.0.0.1', port)).toBe(false);
  });
});
