// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { linkState } from '../../../../renderer/sync/connection-state';
import { LinkFallback, type ProviderLike } from '../../../../renderer/sync/link-fallback';

/** A y-webrtc provider as the fallback sees it: a room with WebrtcConns, no sockets. */
function fakeProvider() {
  const webrtcConns = new Map<string, { connected: boolean }>();
  const provider: ProviderLike = { key: Promise.resolve(null), signalingConns: [], room: { webrtcConns } };
  return { provider, webrtcConns };
}

let watch: LinkFallback | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  watch?.destroy();
  watch = undefined;
  vi.useRealTimers();
});

function start() {
  const { provider, webrtcConns } = fakeProvider();
  let changes = 0;
  watch = new LinkFallback({ room: 'r', provider, wire: new Y.Doc(), onChange: () => changes++, directAfterMs: 4000, relayAfterMs: 6000, pollMs: 100 });
  const state = () => linkState({ offline: false, wrongCode: false, signaling: true, unreachable: false, ...watch!.facts() });
  return { watch, webrtcConns, state, changes: () => changes };
}

describe('direct link watch and relay fallback', () => {
  it('a partner heard but never linked: linking, then no direct link (relay on), then link failed', () => {
    const { watch, webrtcConns, state } = start();
    expect(state().state).toBe('waiting');
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(200);
    expect(state().state).toBe('linking');
    expect(watch.relay.active).toBe(false);
    vi.advanceTimersByTime(4000);
    expect(state().state).toBe('no-direct-link');
    expect(watch.relay.active).toBe(true);
    vi.advanceTimersByTime(6000);
    expect(state().state).toBe('link-failed');
  });

  it('a data channel that opens in time: connected directly, the relay never starts', () => {
    const { watch, webrtcConns, state } = start();
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(1000);
    webrtcConns.get('peer')!.connected = true;
    vi.advanceTimersByTime(10_000);
    expect(state()).toEqual({ state: 'connected', path: 'direct' });
    expect(watch.relay.active).toBe(false);
  });

  it('a direct link that opens after the relay started stops the relay', () => {
    const { watch, webrtcConns, state } = start();
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(4200);
    expect(watch.relay.active).toBe(true);
    webrtcConns.get('peer')!.connected = true;
    vi.advanceTimersByTime(200);
    expect(watch.relay.active).toBe(false);
    expect(state()).toEqual({ state: 'connected', path: 'direct' });
    // …and if it drops again, the watch starts over.
    webrtcConns.get('peer')!.connected = false;
    vi.advanceTimersByTime(200);
    expect(state().state).toBe('linking');
  });

  it("the partner's relay hello makes this side give up on a direct link at once", () => {
    const { watch, webrtcConns } = start();
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(200);
    watch.relay.onPeerHello();
    expect(watch.relay.active).toBe(true);
    expect(watch.facts().directTimedOut).toBe(true);
  });

  it('going offline stops the relay and forgets the timeouts', () => {
    const { watch, webrtcConns } = start();
    webrtcConns.set('peer', { connected: false });
    vi.advanceTimersByTime(4200);
    watch.setOffline(true);
    expect(watch.relay.active).toBe(false);
    expect(watch.facts()).toMatchObject({ directOpen: false, relayCarrying: false, directTimedOut: false, relayTimedOut: false });
  });
});
