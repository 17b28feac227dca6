// @vitest-environment node
/**
 * The signaling server against clients that misbehave at the socket level (issue 9): resets, broken
 * frames, half-open connections, bursts from a client being dropped. Real sockets, real server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { client, clientFrame, closeClients, closeServers, rawUpgrade, room, stalledSubscriber, startServer } from './ws-client';

afterEach(async () => {
  closeClients();
  await closeServers();
});

const publish = (data: unknown) => ({ type: 'publish', topic: 'room', data });

describe('refusals', () => {
  it('survives a client that resets the connection after any refusal (no uncaught ECONNRESET in the main process)', async () => {
    const server = await startServer({ allowHost: (host) => !host?.startsWith('rebind.') });
    const uncaught: unknown[] = [];
    const record = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', record);
    try {
      const refusals = [
        await rawUpgrade(server.port, { path: '/elsewhere' }),
        await rawUpgrade(server.port, { headers: 'Origin: https://evil.example\r\n' }),
        await rawUpgrade(server.port, { host: `rebind.example:${server.port}` }),
      ];
      expect(refusals.map((r) => r.answer.split(' ', 2)[1])).toEqual(['404', '403', '421']);
      for (const { socket } of refusals) socket.resetAndDestroy();
      // The server is still there, and its last few turns threw nothing.
      const a = await client(server.urls[0]);
      a.send({ type: 'ping' });
      expect(await a.next()).toEqual({ type: 'pong' });
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  });

  it('says why it refuses a foreign Host header', async () => {
    const server = await startServer({ allowHost: (host) => host === `127.0.0.1:${server.port}` });
    const { answer } = await rawUpgrade(server.port, { host: `rebind.example:${server.port}` });
    expect(answer).toMatch(/^HTTP\/1\.1 421 Misdirected Request\r\n[^]*\r\n\r\nunknown Host header\n$/);
  });
});

describe('connections that break the rules', () => {
  it('cuts off a client whose frame breaks the protocol at once, not after a close handshake it may never answer', async () => {
    const server = await startServer({ maxMessageBytes: 16 }); // ws refuses frames over 4 × 16 bytes
    const raw = await rawUpgrade(server.port, { allowHalfOpen: true }); // keeps its side open after the server's FIN
    expect(raw.answer).toMatch(/^HTTP\/1\.1 101 /);
    expect(server.clientCount()).toBe(1);
    raw.socket.write(clientFrame('x'.repeat(100)));
    await expect.poll(() => server.clientCount()).toBe(0); // its per-address slot is free again
  });

  it('ignores the frames a client dropped for backpressure still had in flight', async () => {
    const limit = 64 * 1024;
    const server = await startServer({ maxBufferedBytes: limit });
    const [sender, reader] = await room(server, 2);
    const stalled = await stalledSubscriber(server.port, 'room');
    for (;;) {
      sender.send(publish('count'));
      const echo = await sender.next();
      await reader.next();
      if (echo.clients === 3) break;
    }
    // Queue past the limit for the stalled one; it is dropped at the next frame it is sent.
    const chunk = 'x'.repeat(100 * 1024);
    while (server.bufferedBytes() <= limit) {
      sender.send(publish(chunk));
      await reader.next(5000);
      await sender.next(5000);
    }
    expect(server.clientCount()).toBe(3);
    // Two frames in one TCP write: the first one's echo drops its sender; the second is not forwarded.
    const frame = (data: string) => clientFrame(JSON.stringify(publish(data)));
    stalled.socket.write(Buffer.concat([frame('first'), frame('second')]));
    expect(await reader.next()).toMatchObject({ data: 'first', clients: 3 });
    expect(await reader.flush()).toEqual([]);
    expect(server.clientCount()).toBe(2);
  });

  it('drops a receiver only for data actually queued: with a limit of 0 one that keeps up is still served', async () => {
    const server = await startServer({ maxBufferedBytes: 0 });
    const [a, b] = await room(server, 2);
    for (let n = 0; n < 3; n++) {
      a.send(publish(n));
      expect(await b.next()).toMatchObject({ data: n, clients: 2 });
      expect(await a.next()).toMatchObject({ data: n, clients: 2 });
    }
    expect(server.clientCount()).toBe(2);
  });

  it('sends nothing to a connection in its close handshake: no bytes are counted as queued for it', async () => {
    const server = await startServer();
    const [sender] = await room(server, 1);
    const raw = await rawUpgrade(server.port, { allowHalfOpen: true }); // will not finish closing its side
    raw.socket.write(clientFrame(JSON.stringify({ type: 'subscribe', topics: ['room'] })));
    for (;;) {
      sender.send(publish('count'));
      if ((await sender.next()).clients === 2) break;
    }
    const ended = new Promise((resolve) => raw.socket.once('end', resolve));
    raw.socket.write(Buffer.from([0x88, 0x82, 0, 0, 0, 0, 0x03, 0xe8])); // close, code 1000 (mask 0)
    await ended; // the server answered and ended its side; the connection stays until this side closes
    sender.send(publish('x'.repeat(10_000)));
    expect(await sender.next()).toMatchObject({ clients: 2 });
    expect(server.bufferedBytes()).toBe(0);
    expect(server.clientCount()).toBe(2);
  });

  it('does not negotiate per-message compression, even when the client offers it (no inflation of small frames)', async () => {
    const server = await startServer();
    const a = await client(server.urls[0], { perMessageDeflate: true });
    expect(a.ws.extensions).toBe('');
  });
});

describe('bounded state', () => {
  it('ignores an unsubscribe from a topic nobody is in (nothing throws in the process)', async () => {
    const server = await startServer();
    const uncaught: unknown[] = [];
    const record = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', record);
    try {
      const [a] = await room(server, 1);
      a.send({ type: 'unsubscribe', topics: ['nobody-here'] });
      expect(await a.flush()).toEqual([]);
      expect(uncaught).toEqual([]);
      expect(server.topicCount()).toBe(1);
    } finally {
      process.off('uncaughtException', record);
    }
  });

  it('forgets a topic once its last subscriber leaves, so churning topic names cannot grow the server', async () => {
    const server = await startServer();
    const [a, b] = await room(server, 2);
    for (let i = 0; i < 20; i++) {
      a.send({ type: 'subscribe', topics: [`churn-${i}`] });
      a.send({ type: 'unsubscribe', topics: [`churn-${i}`] });
    }
    await a.flush();
    expect(server.topicCount()).toBe(1); // only 'room'
    a.send({ type: 'unsubscribe', topics: ['room'] });
    await a.flush();
    expect(server.topicCount()).toBe(1); // b is still in it
    b.ws.close();
    await b.closed;
    await expect.poll(() => server.topicCount()).toBe(0);
  });

  it('counts an address down by one when one of its connections closes (the cap stays exact)', async () => {
    const server = await startServer({ maxClientsPerAddress: 2 });
    const a = await client(server.urls[0]);
    await client(server.urls[0]);
    a.ws.close();
    await a.closed;
    await expect.poll(() => server.clientCount()).toBe(1);
    expect((await rawUpgrade(server.port)).answer).toMatch(/^HTTP\/1\.1 101 /);
    expect((await rawUpgrade(server.port)).answer).toMatch(/^HTTP\/1\.1 429 /);
  });
});
