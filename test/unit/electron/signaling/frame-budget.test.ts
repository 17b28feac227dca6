// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_BUDGET, frameBudget } from '../../../../electron/signaling/frame-budget';
import { client, closeClients, closeServers, room, startServer } from './ws-client';

afterEach(async () => {
  closeClients();
  await closeServers();
});

describe('what one connection may send the signaling server', () => {
  it('frames: a burst, then a steady rate, saved up to the burst and no further', () => {
    let now = 0;
    const fits = frameBudget({ framesBurst: 5, framesPerSecond: 2, bytesBurst: 1e9, bytesPerSecond: 1e9 }, () => now);
    expect(Array.from({ length: 8 }, () => fits(1)).filter(Boolean).length).toBe(5);
    now += 1000;
    expect(Array.from({ length: 8 }, () => fits(1)).filter(Boolean).length).toBe(2);
    now += 60_000;
    expect(Array.from({ length: 8 }, () => fits(1)).filter(Boolean).length).toBe(5);
  });

  it('bytes: a frame that does not fit is refused whole, a smaller one still fits, and the rate refills them', () => {
    let now = 0;
    const fits = frameBudget({ framesBurst: 1000, framesPerSecond: 1000, bytesBurst: 100, bytesPerSecond: 50 }, () => now);
    expect(fits(80)).toBe(true);
    expect(fits(30)).toBe(false);
    expect(fits(20)).toBe(true);
    expect(fits(1)).toBe(false);
    now += 1000;
    expect(fits(50)).toBe(true);
    expect(fits(1)).toBe(false);
  });

  it('a clock that goes back refills nothing', () => {
    let now = 10_000;
    const fits = frameBudget({ framesBurst: 1, framesPerSecond: 1, bytesBurst: 1e9, bytesPerSecond: 1e9 }, () => now);
    expect(fits(1)).toBe(true);
    now -= 5000;
    expect(fits(1)).toBe(false);
  });

  it('honest use fits the defaults: the relay’s largest catch-up (~70 full-size frames, 16 MB) at once', () => {
    const fits = frameBudget(DEFAULT_FRAME_BUDGET, () => 0);
    expect(Array.from({ length: 70 }, () => fits(256 * 1024)).every(Boolean)).toBe(true);
  });

  it('the defaults hold a flood: 1000 frames at once then 200 a second, 64 MB at once then 4 MB a second', () => {
    let now = 0;
    const frames = frameBudget(DEFAULT_FRAME_BUDGET, () => now);
    expect(Array.from({ length: 1200 }, () => frames(1)).filter(Boolean).length).toBe(1000);
    now += 1000;
    expect(Array.from({ length: 1200 }, () => frames(1)).filter(Boolean).length).toBe(200);
    const bytes = frameBudget(DEFAULT_FRAME_BUDGET, () => now);
    const mb = 1024 * 1024;
    expect(Array.from({ length: 80 }, () => bytes(mb)).filter(Boolean).length).toBe(64);
    now += 1000;
    expect(Array.from({ length: 80 }, () => bytes(mb)).filter(Boolean).length).toBe(4);
  });

  it('on the real clock (the default, as the server uses it): the burst, and not more at once', () => {
    const fits = frameBudget({ framesBurst: 5, framesPerSecond: 1, bytesBurst: 1e9, bytesPerSecond: 1e9 });
    // Far less than a second passes between these calls.
    expect(Array.from({ length: 8 }, () => fits(1)).filter(Boolean).length).toBe(5);
  });

  it('the server drops what a flooding client sends past its budget, unread, and keeps the connection; others are not held up', async () => {
    let now = 0;
    const server = await startServer({ frameBudget: { framesBurst: 11, framesPerSecond: 5, bytesBurst: 1e9, bytesPerSecond: 1e9 }, now: () => now });
    const [flooder, reader] = await room(server, 2); // each spent 2 frames joining: subscribe, and a ping
    for (let i = 0; i < 50; i++) flooder.send({ type: 'publish', topic: 'room', data: `f${i}` });
    const heard = await reader.flush();
    expect(heard.map((m) => m.data)).toEqual(Array.from({ length: 9 }, (_, i) => `f${i}`));
    // A second later, the rate's worth more, from the same connection (still open).
    now += 1000;
    for (let i = 0; i < 50; i++) flooder.send({ type: 'publish', topic: 'room', data: `g${i}` });
    const later = await reader.flush();
    expect(later.map((m) => m.data)).toEqual(['g0', 'g1', 'g2', 'g3', 'g4']);
    expect(server.clientCount()).toBe(2);
    // A newcomer has its own budget.
    const other = await client(server.urls[0]);
    other.send({ type: 'publish', topic: 'room', data: 'hello' });
    expect((await reader.flush()).map((m) => m.data)).toEqual(['hello']);
  });
});
