// @vitest-environment node
// The link watch with a relay that really hears the partner (room key, y-webrtc crypto, an
// in-memory signaling socket), and the watch's timing rules under fake timers. WebCrypto
// runs for real, so setImmediate stays real (the helpers' settle() uses it).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { linkState } from '../../../../renderer/sync/connection-state';
import { LinkFallback } from '../../../../renderer/sync/link-fallback';
import { PARTNER_STALE_MS } from '../../../../renderer/sync/signaling-relay';
import { chunk, edit, frame, MemSocket, open, ROOM, roomKey, settle, TOPIC, type Sent } from './relay-fakes';

let key: CryptoKey;
beforeAll(async () => {
  key = await roomKey();
});

let watch: LinkFallback | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(100_000_000);
});
afterEach(() => {
  watch?.destroy();
  watch = undefined;
  vi.useRealTimers();
});

const P = 'partner-0000001';
const hello = (): Sent => ({ v: 1, kind: 'hello', from: P, sv: Y.encodeStateVector(new Y.Doc()) });

function start(opts: { directAfterMs?: number; relayAfterMs?: number; noRoom?: boolean } = {}) {
  const webrtcConns = new Map<string, { connected: boolean }>();
  const socket = new MemSocket();
  const signalingConns: unknown[] = [socket];
  const wire = new Y.Doc();
  let changes = 0;
  watch = new LinkFallback({
    room: ROOM,
    provider: { key: Promise.resolve(key), signalingConns, room: opts.noRoom ? null : { webrtcConns } },
    wire,
    onChange: () => changes++,
    directAfterMs: opts.directAfterMs,
    relayAfterMs: opts.relayAfterMs,
    pollMs: 100,
  });
  const w = watch;
  const state = () => linkState({ offline: false, wrongCode: false, signaling: true, unreachable: false, ...w.facts() });
  const hear = async (m: unknown, s = socket) => {
    s.emit('message', await frame(m, key));
    await settle();
  };
  return { watch: w, webrtcConns, socket, signalingConns, wire, state, hear, changes: () => changes };
}

describe('the relay on the provider’s signaling sockets', () => {
  it('subscribes on them, and on a socket y-webrtc recreated at the next poll', () => {
    const { socket, signalingConns } = start();
    expect(socket.sent).toContainEqual({ type: 'subscribe', topics: [TOPIC] });
    const fresh = new MemSocket();
    signalingConns.splice(0, 1, fresh);
    vi.advanceTimersByTime(100);
    expect(fresh.sent).toContainEqual({ type: 'subscribe', topics: [TOPIC] });
  });

  it('the relay carrying is reported at once (not at the next poll), and is not a timeout', async () => {
    const { watch, webrtcConns, hear, state, changes } = start({ directAfterMs: 1000, relayAfterMs: 2000 });
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1100); // the first poll sees the peer, then directAfterMs
    expect(watch.relay.active).toBe(true);
    const before = changes();
    await hear(chunk(P, edit('a', 1)));
    expect(changes()).toBeGreaterThan(before);
    expect(watch.facts().relayCarrying).toBe(true);
    expect(state()).toEqual({ state: 'connected', path: 'relay' });
    vi.advanceTimersByTime(2000);
    expect(watch.facts().relayTimedOut).toBe(false);
  });

  it('a direct link opening wins over a carrying relay even before the next poll', async () => {
    const { watch, webrtcConns, hear } = start({ directAfterMs: 1000 });
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1100); // the first poll sees the peer, then directAfterMs
    await hear(chunk(P, edit('a', 1)));
    webrtcConns.get('peer')!.connected = true;
    expect(watch.facts()).toMatchObject({ directOpen: true, relayCarrying: false });
  });

  it('while active, the relay says hello every heartbeat and forgets a partner silent too long', async () => {
    const { watch, webrtcConns, socket, hear } = start({ directAfterMs: 1000, relayAfterMs: 60_000 });
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1100); // the first poll sees the peer, then directAfterMs
    await hear(chunk(P, edit('a', 1)));
    await settle();
    const hellos = async () => (await Promise.all(socket.publishes().map((w) => open(w, key)))).filter((m) => m.kind === 'hello').length;
    const first = await hellos();
    vi.advanceTimersByTime(4000);
    await settle();
    expect(await hellos()).toBe(first + 1);
    expect(watch.relay.peerSeen).toBe(true);
    vi.advanceTimersByTime(PARTNER_STALE_MS);
    await settle();
    expect(watch.relay.peerSeen).toBe(false);
    expect(watch.facts().relayCarrying).toBe(false);
  });

  it('the partner’s relay hello is ignored while offline or once a direct link is open', () => {
    const { watch, webrtcConns } = start();
    webrtcConns.set('peer', { connected: false });
    watch.setOffline(true);
    watch.relay.onPeerHello();
    expect(watch.relay.active).toBe(false);
    watch.setOffline(false);
    webrtcConns.get('peer')!.connected = true;
    watch.relay.onPeerHello();
    expect(watch.relay.active).toBe(false);
    expect(watch.facts().directTimedOut).toBe(false);
  });

  it('a partner hello reaching the idle relay starts it (a real hello, through the socket)', async () => {
    const { watch, webrtcConns, hear } = start();
    webrtcConns.set('peer', { connected: false });
    await hear(hello());
    expect(watch.relay.active).toBe(true);
  });
});

describe('timing rules', () => {
  it('the direct link gets directAfterMs, and 4 s by default', () => {
    const quick = start({ directAfterMs: 1000 });
    quick.webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1100);
    expect(quick.watch.relay.active).toBe(true);
    quick.watch.destroy();

    const slow = start();
    slow.webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(4000);
    expect(slow.watch.relay.active).toBe(false);
    vi.advanceTimersByTime(200);
    expect(slow.watch.relay.active).toBe(true);
  });

  it('the relay gets relayAfterMs to carry, and 6 s by default', () => {
    const quick = start({ directAfterMs: 1000, relayAfterMs: 500 });
    quick.webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1100 + 500);
    expect(quick.watch.facts().relayTimedOut).toBe(true);
    quick.watch.destroy();

    const slow = start({ directAfterMs: 1000 });
    slow.webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1100 + 5800);
    expect(slow.watch.facts().relayTimedOut).toBe(false);
    vi.advanceTimersByTime(300);
    expect(slow.watch.facts().relayTimedOut).toBe(true);
  });

  it('a partner who disappears before the direct timeout does not start the relay', () => {
    const { watch, webrtcConns, state } = start({ directAfterMs: 1000 });
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(300);
    webrtcConns.delete('peer');
    vi.advanceTimersByTime(3000);
    expect(watch.relay.active).toBe(false);
    expect(state().state).toBe('waiting');
  });

  it('once the relay runs, the WebRTC attempt vanishing does not stop it (the partner may be on the relay)', () => {
    const { watch, webrtcConns } = start({ directAfterMs: 1000 });
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1100);
    webrtcConns.delete('peer');
    vi.advanceTimersByTime(300);
    expect(watch.relay.active).toBe(true);
  });

  it('a second partner hello does not leave a stale relay timeout behind after a direct link came and went', () => {
    const { watch, webrtcConns, state } = start({ directAfterMs: 4000, relayAfterMs: 6000 });
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(4050); // gave up on direct: relay timeout due 6 s later
    watch.relay.onPeerHello();
    vi.advanceTimersByTime(100);
    webrtcConns.get('peer')!.connected = true;
    vi.advanceTimersByTime(100);
    webrtcConns.get('peer')!.connected = false;
    vi.advanceTimersByTime(100);
    expect(state().state).toBe('linking');
    vi.advanceTimersByTime(5900); // past the first relay timeout, not yet past the new attempt's
    expect(watch.facts().relayTimedOut).toBe(false);
  });

  it('polls report a change only when a fact changed', () => {
    const { webrtcConns, changes } = start();
    vi.advanceTimersByTime(100);
    const quiet = changes();
    vi.advanceTimersByTime(1000);
    expect(changes()).toBe(quiet);
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(100);
    expect(changes()).toBe(quiet + 1);
    vi.advanceTimersByTime(1000);
    expect(changes()).toBe(quiet + 1);
  });

  it('without a y-webrtc room yet, nothing is seen and nothing throws', () => {
    const { watch } = start({ noRoom: true });
    vi.advanceTimersByTime(500);
    expect(watch.facts()).toMatchObject({ peerSeen: false, directOpen: false });
  });

  it('after destroy: the relay is stopped and unsubscribed, and nothing more is reported', () => {
    const { watch, webrtcConns, socket, changes } = start({ directAfterMs: 1000 });
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1100);
    watch.destroy();
    expect(watch.relay.active).toBe(false);
    expect(socket.sent.at(-1)).toEqual({ type: 'unsubscribe', topics: [TOPIC] });
    const after = changes();
    webrtcConns.get('peer')!.connected = true;
    vi.advanceTimersByTime(10_000);
    expect(changes()).toBe(after);
  });
});
