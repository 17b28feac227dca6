// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createSignalingController } from '../../../../electron/main/signaling-control';
import { startSignalingServer } from '../../../../electron/signaling/server';

describe('signaling controller', () => {
  it('starts one real server no matter how often start() is called, and stops it', async () => {
    const start = vi.fn(startSignalingServer);
    const ctl = createSignalingController(start, { host: '127.0.0.1', port: 0 });
    const [a, b] = await Promise.all([ctl.start(), ctl.start()]);
    expect(start).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
    expect(a.urls).toEqual([`ws://127.0.0.1:${a.port}`]);
    await ctl.stop();
    await ctl.stop();
    const c = await ctl.start();
    expect(start).toHaveBeenCalledTimes(2);
    await ctl.stop();
    expect(c.port).toBeGreaterThan(0);
  });

  it('can retry after a failed start', async () => {
    const start = vi.fn().mockRejectedValueOnce(new Error('EADDRINUSE')).mockImplementation(startSignalingServer);
    const ctl = createSignalingController(start, { host: '127.0.0.1', port: 0 });
    await expect(ctl.start()).rejects.toThrow('EADDRINUSE');
    await expect(ctl.start()).resolves.toMatchObject({ port: expect.any(Number) });
    await ctl.stop();
  });
});
