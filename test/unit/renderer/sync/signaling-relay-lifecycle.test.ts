// @vitest-environment node
// The relay's life on y-webrtc's signaling sockets: subscribing, reconnects, start/stop,
// heartbeat, forgetting a silent partner, and leaving nothing behind when destroyed.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { SignalingRelay } from '../../../../renderer/sync/signaling-relay';
import { chunk, edit, frame, hello, laptop, live, MemSocket, open, PARTNER, relaySuite, ROOM, settle, TOPIC } from './relay-fakes';

const suite = relaySuite();
const P = PARTNER;
const subscribes = (s: MemSocket) => s.sent.filter((m) => m.type === 'subscribe');

/** A relay over a changeable list of sockets (y-webrtc replaces them on reconnect). */
function onSockets(list: MemSocket[], k: PromiseLike<CryptoKey | null> = Promise.resolve(suite.key)) {
  const wire = new Y.Doc();
  let changes = 0;
  const relay = new SignalingRelay({ room: ROOM, wire, key: k, sockets: () => list, onChange: () => changes++ });
  live.push(relay);
  return { relay, wire, changes: () => changes };
}

describe('sockets', () => {
  it('ids are 16 hex digits (8 random bytes), different for every relay', () => {
    const ids = Array.from({ length: 40 }, () => laptop(Promise.resolve(suite.key)).relay.id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(40);
  });

  it('subscribes to the relay topic on a connected socket, and on another only once it connects', async () => {
    const up = new MemSocket(true);
    const down = new MemSocket(false);
    const { relay } = onSockets([up, down]);
    expect(up.sent).toEqual([{ type: 'subscribe', topics: [TOPIC] }]);
    expect(down.sent).toEqual([]);
    down.connected = true;
    down.emit('connect');
    await settle();
    expect(down.sent).toEqual([{ type: 'subscribe', topics: [TOPIC] }]); // idle: no hello
    relay.start();
    await settle();
    down.emit('connect'); // a reconnect while active: subscribe again and say hello
    await settle();
    const after = down.sent.slice(1);
    expect(after.map((m) => m.type)).toEqual(['publish', 'subscribe', 'publish']);
    expect((await open(after[2], suite.key)).kind).toBe('hello');
  });

  it('a disconnected socket gets no publishes, and only what was really sent is counted', async () => {
    const up = new MemSocket(true);
    const down = new MemSocket(false);
    const { relay } = onSockets([up, down]);
    relay.start();
    await settle();
    expect(down.sent).toEqual([]);
    expect(up.publishes()).toHaveLength(1);
    expect(relay.traffic.sentBytes).toBe(up.publishes()[0].data!.length);
  });

  it('attach() again changes nothing for sockets already attached', async () => {
    const s = new MemSocket();
    const { relay } = onSockets([s]);
    let greeted = 0;
    relay.onPeerHello = () => greeted++;
    relay.attach();
    relay.attach();
    expect(subscribes(s)).toHaveLength(1);
    s.emit('message', await frame(hello(), suite.key));
    await settle();
    expect(greeted).toBe(1);
  });

  it('after a reconnect, attach() leaves the old socket and listens on the new one', async () => {
    const old = new MemSocket();
    const list = [old];
    const { relay, wire } = onSockets(list);
    const fresh = new MemSocket();
    list.splice(0, 1, fresh);
    relay.attach();
    expect(subscribes(fresh)).toHaveLength(1);
    old.emit('message', await frame(chunk(P, edit('via-old', 1)), suite.key));
    old.emit('connect');
    await settle();
    expect(wire.getMap('m').has('via-old')).toBe(false);
    expect(subscribes(old)).toHaveLength(1);
    fresh.emit('message', await frame(chunk(P, edit('via-new', 1)), suite.key));
    await settle();
    expect(wire.getMap('m').has('via-new')).toBe(true);
  });
});

describe('start, stop, heartbeat', () => {
  it('start is idempotent: one hello, one change', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.start();
    me.relay.start();
    await settle();
    expect(me.relay.active).toBe(true);
    expect(me.changes()).toBe(1);
    expect(me.socket.publishes()).toHaveLength(1);
  });

  it('stop ends carrying and reports a change; stopping an idle relay reports nothing', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.stop();
    expect(me.changes()).toBe(0);
    me.relay.start();
    await me.hear(await frame(chunk(P, edit('a', 1)), suite.key));
    expect(me.relay.carrying).toBe(true);
    me.relay.stop();
    expect(me.relay.active).toBe(false);
    expect(me.relay.carrying).toBe(false);
    expect(me.relay.peerSeen).toBe(true);
    expect(me.changes()).toBe(3);
  });

  it('a relay stopped while its hello is being encrypted sends nothing', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.start();
    me.relay.stop();
    await settle();
    expect(me.socket.publishes()).toEqual([]);
  });

  it('heartbeat says hello again only while active', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.heartbeat();
    await settle();
    expect(me.socket.publishes()).toEqual([]);
    me.relay.start();
    me.relay.heartbeat();
    await settle();
    const sent = await Promise.all(me.socket.publishes().map((w) => open(w, suite.key)));
    expect(sent.map((m) => m.kind)).toEqual(['hello', 'hello']);
  });

  it('without a room suite.key the relay neither sends nor reads', async () => {
    const me = laptop(Promise.resolve(null));
    me.relay.start();
    me.relay.heartbeat();
    await me.hear(await frame(hello(), suite.key));
    await me.hear(await frame(chunk(P, edit('a', 1)), suite.key));
    expect(me.socket.publishes()).toEqual([]);
    expect(me.relay.peerSeen).toBe(false);
    expect(me.wire.getMap('m').has('a')).toBe(false);
  });

  it('counts the relay payload received from the partner', async () => {
    const me = laptop(Promise.resolve(suite.key));
    const a = await frame(chunk(P, edit('a', 1)), suite.key);
    const b = await frame(hello(), suite.key);
    await me.hear(a);
    await me.hear(b);
    expect(me.relay.traffic.receivedBytes).toBe(a.data!.length + b.data!.length);
  });
});

describe('expire', () => {
  it('forgets a partner silent for longer than staleMs (not at exactly staleMs), once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(50_000_000);
    const me = laptop(Promise.resolve(suite.key));
    me.relay.expire(0, 60_000_000); // nobody heard yet: nothing to forget
    expect(me.changes()).toBe(0);
    me.relay.start();
    await me.hear(await frame(chunk(P, edit('a', 1)), suite.key));
    expect(me.changes()).toBe(2);
    me.relay.expire(1000, 50_001_000);
    expect(me.relay.peerSeen).toBe(true);
    expect(me.relay.carrying).toBe(true);
    me.relay.expire(1000, 50_001_001);
    expect(me.relay.peerSeen).toBe(false);
    expect(me.relay.carrying).toBe(false);
    expect(me.changes()).toBe(3);
    me.relay.expire(1000, 50_009_000);
    expect(me.changes()).toBe(3);
  });

  it('measures from now by default', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(70_000_000);
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(chunk(P, edit('a', 1)), suite.key));
    vi.setSystemTime(70_000_500);
    me.relay.expire(500);
    expect(me.relay.peerSeen).toBe(true);
    vi.setSystemTime(70_000_501);
    me.relay.expire(500);
    expect(me.relay.peerSeen).toBe(false);
  });
});

describe('destroy', () => {
  it('a message still being decrypted when the relay is destroyed is not applied', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.socket.emit('message', await frame(chunk(P, edit('a', 1)), suite.key));
    me.relay.destroy();
    await settle();
    expect(me.wire.getMap('m').has('a')).toBe(false);
    expect(me.relay.peerSeen).toBe(false);
  });

  it('unsubscribes on connected sockets and then ignores everything', async () => {
    const up = new MemSocket(true);
    const down = new MemSocket(false);
    const list = [up, down];
    const { relay, wire, changes } = onSockets(list);
    relay.start();
    await settle();
    relay.destroy();
    expect(up.sent.at(-1)).toEqual({ type: 'unsubscribe', topics: [TOPIC] });
    expect(down.sent).toEqual([]);
    const sentBefore = up.sent.length;
    up.emit('message', await frame(chunk(P, edit('a', 1)), suite.key));
    down.connected = true;
    down.emit('connect');
    relay.attach();
    relay.start();
    relay.heartbeat();
    wire.getMap('m').set('local', 1);
    await settle();
    expect(wire.getMap('m').has('a')).toBe(false);
    expect(relay.active).toBe(false);
    expect(up.sent.length).toBe(sentBefore);
    expect(down.sent).toEqual([]);
    expect(changes()).toBe(2); // start and the stop inside destroy
  });
});
