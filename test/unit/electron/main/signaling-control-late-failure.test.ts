// @vitest-environment node
/*
 * A start that fails late (after a stop and a new start) must not make the controller forget
 * the new start's server: Stop would then leave it listening on the LAN, unreachable.
 * startServer is a fake here so the first start can be made to fail exactly then.
 */
import { describe, expect, it } from 'vitest';
import { createSignalingController, type StartSignaling } from '../../../../electron/main/signaling-control';
import type { SignalingServer } from '../../../../electron/signaling/server';

function fakeStarts() {
  const open = new Set<number>();
  const calls: { resolve(): void; reject(err: Error): void }[] = [];
  let nextPort = 5000;
  const startServer: StartSignaling = () =>
    new Promise<SignalingServer>((resolve, reject) => {
      const port = nextPort++;
      calls.push({
        resolve: () => {
          open.add(port);
          resolve({ port, host: '127.0.0.1', urls: [`ws://127.0.0.1:${port}`], close: async () => void open.delete(port) } as unknown as SignalingServer);
        },
        reject,
      });
    });
  return { startServer, calls, open };
}

describe('signaling controller: a start that fails after a stop and a new start', () => {
  it('stop still closes the newer server (start #1 pending → stop → start #2 → #1 fails → stop)', async () => {
    const { startServer, calls, open } = fakeStarts();
    const ctl = createSignalingController(startServer, { host: '127.0.0.1', port: 0 });
    const first = ctl.start();
    first.catch(() => undefined);
    const stopped = ctl.stop();
    const second = ctl.start();
    expect(calls).toHaveLength(2);
    calls[1].resolve();
    await second;
    calls[0].reject(new Error('listen EACCES'));
    await expect(first).rejects.toThrow('listen EACCES');
    await stopped;
    expect([...open]).toHaveLength(1); // start #2's server is listening until the stop below
    await ctl.stop();
    expect([...open]).toEqual([]);
  });
});
