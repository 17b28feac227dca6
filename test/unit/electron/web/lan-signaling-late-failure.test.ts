// @vitest-environment node
/*
 * Browser mode's LAN listener: a start that fails late (after a stop and a new start) must not
 * make it forget the new start's listener, which Stop would then leave open on the LAN.
 * Real http servers; only `listen` is wrapped, so that the first one is held and then fails,
 * and every listen binds 127.0.0.1 (not every interface of the machine running the tests).
 */
import http from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';

const held: ((err: Error) => void)[] = [];
const servers: http.Server[] = [];
let holdNext = false;

vi.mock('../../../../electron/signaling/http-util.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../electron/signaling/http-util')>();
  return {
    ...real,
    listen: (server: http.Server, port: number) => {
      servers.push(server);
      if (holdNext) {
        holdNext = false;
        return new Promise<void>((_resolve, reject) => held.push(reject));
      }
      return real.listen(server, port, '127.0.0.1');
    },
  };
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('LAN signaling: a start that fails after a stop and a new start', () => {
  it('stop still closes the newer listener (start #1 pending → stop → start #2 → #1 fails → stop)', async () => {
    const { createLanSignaling } = await import('../../../../electron/web/lan-signaling');
    const { startSignalingServer } = await import('../../../../electron/signaling/server');
    const signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => signaling.close());
    const lan = createLanSignaling({
      signaling,
      host: '0.0.0.0',
      port: 0,
      loopbackSignalingUrl: `ws://127.0.0.1:${signaling.port}/signal`,
      networkInterfaces: () => ({ eth0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }] }) as never,
    });
    cleanups.push(() => lan.stop());
    servers.length = 0; // the LAN listeners only

    holdNext = true;
    const first = lan.start();
    first.catch(() => undefined);
    await vi.waitFor(() => expect(held).toHaveLength(1));
    const stopped = lan.stop();
    const second = await lan.start();
    expect(second.signalingUrls[0]).toMatch(/^ws:\/\/10\.0\.0\.7:\d+\/signal$/);
    held[0](Object.assign(new Error('listen EACCES'), { code: 'EACCES' }));
    await expect(first).rejects.toThrow('listen EACCES');
    await stopped;
    expect(servers[1].listening).toBe(true); // start #2's listener, open until the stop below
    await lan.stop();
    expect(servers[1].listening).toBe(false);
    expect(lan.listeningPort()).toBeNull();
  });
});
