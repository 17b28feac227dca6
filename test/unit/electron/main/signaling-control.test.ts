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

describe('signaling controller: what it offers and where it listens', () => {
  const lan = () => ({ eth0: [{ address: '10.0.0.7', family: 'IPv4', internal: false }] });

  it('by default binds every interface on a free port, and offers loopback with no path', async () => {
    let asked: unknown;
    const ctl = createSignalingController((options) => ((asked = { ...options }), startSignalingServer({ ...options, networkInterfaces: lan })));
    try {
      const { urls, port } = await ctl.start();
      expect(asked).toEqual({ host: '0.0.0.0', port: 0 });
      expect(urls).toEqual([`ws://10.0.0.7:${port}`, `ws://127.0.0.1:${port}`]);
    } finally {
      await ctl.stop();
    }
  });

  it('on a wildcard bind offers each LAN address first and loopback last', async () => {
    const ctl = createSignalingController(startSignalingServer, { host: '0.0.0.0', port: 0, urlPath: '/signal', networkInterfaces: lan });
    try {
      const { urls, port } = await ctl.start();
      expect(urls).toEqual([`ws://10.0.0.7:${port}/signal`, `ws://127.0.0.1:${port}/signal`]);
    } finally {
      await ctl.stop();
    }
  });

  it('listens again on the same port after stop, so an invite handed out earlier still works', async () => {
    const ctl = createSignalingController(startSignalingServer, { host: '127.0.0.1', port: 0 });
    const first = await ctl.start();
    await ctl.stop();
    const second = await ctl.start();
    await ctl.stop();
    expect(second.port).toBe(first.port);
  });

  it('falls back to a free port when the previous one was taken meanwhile', async () => {
    const ctl = createSignalingController(startSignalingServer, { host: '127.0.0.1', port: 0 });
    const first = await ctl.start();
    await ctl.stop();
    const squatter = await startSignalingServer({ host: '127.0.0.1', port: first.port });
    try {
      const second = await ctl.start();
      expect(second.port).not.toBe(first.port);
      expect(second.port).toBeGreaterThan(0);
      await ctl.stop();
    } finally {
      await squatter.close();
    }
  });

  it('does not retry on other errors, nor when the configured port itself is taken', async () => {
    const squatter = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    try {
      const ctl = createSignalingController(startSignalingServer, { host: '127.0.0.1', port: squatter.port });
      await expect(ctl.start()).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await squatter.close();
    }
  });
});
