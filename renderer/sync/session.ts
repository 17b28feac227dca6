// Stryker disable all: network wiring around y-webrtc's WebrtcProvider; it only works between two real
// WebRTC peers (no RTCPeerConnection in Node) and is covered by the e2e specs. The guard and
// rules it applies (peer-guard, peer-bridge, one-peer, link-fallback) are mutated and unit-tested.
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import { persistDoc, type DocStore, type PersistedDoc } from './doc-persistence';
import { watchForWrongCode } from './wrong-code-detector';
import type { PeerLimits } from './peer-guard';
import { bridgeDocs, type Refusal } from './peer-bridge';
import { PEER_ORIGIN } from './peer-guard';
import { emitPacer } from './emit-pacer';
import { installChunking, reassemblyCap, type PeerLike } from './chunked-channel';
import { screenPeerMessage } from './wire-screen';
import { isSyncRequest, SYNC_REQUESTS, tokenGate } from './inbound-limits';
import { limitToOnePeer } from './one-peer';
import { stopEcho, type EchoingRoom } from './no-echo';
import { closeTabChannel, type TabChannelRoom } from './no-tab-channel';
import { MAX_PEER_MESSAGE_BYTES, MAX_FILE_BYTES } from '../../shared/schema/limits';
import { COMPARISON_ROOTS } from './comparison-doc';
import { linkState, type ConnectionState, type LinkPath } from './connection-state';
import { LinkFallback, type ProviderLike } from './link-fallback';

export type { ConnectionState, LinkPath } from './connection-state';

/**
 * The one owner of a shared Y.Doc's network: its WebrtcProvider, the wire doc the
 * provider writes into, and the guard between the wire and the trusted doc. y-webrtc
 * keeps rooms in a module-level map and throws when a room is opened twice, so every
 * room goes through an instance of this class, and `close()` always tears it down.
 *
 * A comparison session owns its doc (persisted here); the workspace passes in the doc
 * its owner already persists (`external`).
 */

export interface ConnectionStatus {
  state: ConnectionState;
  peers: number;
  signaling: boolean;
  /** Host only: how many messages arrived from someone holding a different secret. */
  strangerAttempts: number;
  /** Devices beyond the partner that tried to join this two-person room (refused). */
  thirdDevices: number;
  /** Why this laptop stopped syncing with the partner (state 'dropped'). */
  refusal?: Refusal;
  /** While connected: a WebRTC data channel, or the relay through the host laptop. */
  path?: LinkPath;
}

export interface SessionOptions {
  room: string;
  secret: string;
  signalingUrls: string[];
  /** Persist the doc under the room id (omit when the doc is external). */
  docStore?: DocStore;
  /** A doc owned elsewhere (the workspace): not persisted or destroyed here. */
  external?: Y.Doc;
  /** The guard's limits; a function when its rules read the trusted doc. */
  limits?: PeerLimits | ((doc: Y.Doc) => PeerLimits);
  /** The host answers wrong-code joiners so they can tell (see wrong-code-detector). */
  isHost: boolean;
  /** How long signaling may stay unreachable before we say so. */
  unreachableAfterMs?: number;
}

interface SignalingConnLike {
  connected: boolean;
  on(event: string, cb: (...args: unknown[]) => void): void;
  off(event: string, cb: (...args: unknown[]) => void): void;
}

/** The partner's doc changes reach listeners at most this often. */
const EMIT_EVERY_MS = 16;

export const COMPARISON_LIMITS: PeerLimits = {
  maxUpdateBytes: MAX_PEER_MESSAGE_BYTES,
  maxDocBytes: MAX_FILE_BYTES,
  roots: COMPARISON_ROOTS,
  // An honest comparison is a handful of changes; a flood is dropped long before it costs.
  rate: { windowMs: 10_000, maxUpdates: 600, maxBytes: 4_000_000 },
};

/**
 * y-webrtc decrypts every signaling message of the room and leaves the rejection of one
 * it cannot decrypt (someone holding a different secret) unhandled. The wrong-code
 * detector already reports those; keep them from surfacing as uncaught page errors.
 */
let quietDecryptFailures = false;
function quietUndecryptableSignals() {
  if (quietDecryptFailures || typeof window === 'undefined') return;
  quietDecryptFailures = true;
  window.addEventListener('unhandledrejection', (e) => {
    if (e.reason instanceof DOMException && e.reason.name === 'OperationError') e.preventDefault();
  });
}

export class SharedDocSession {
  /** The trusted doc: persisted and projected. */
  readonly doc: Y.Doc;
  /** The network-facing doc y-webrtc writes into; reaches `doc` only through the peer guard. */
  private wire = new Y.Doc();
  /** Why the bridge stopped accepting the partner's updates, until a resync. */
  refusal?: Refusal;
  private thirdDevices = 0;
  private readonly emitSoon = emitPacer(() => this.emit(), { everyMs: EMIT_EVERY_MS });
  private provider?: WebrtcProvider;
  /** Cleanups of the current connection (provider, bridge); `cleanups` are the session's. */
  private connCleanups: (() => void)[] = [];
  /** Direct-link watch + relay through the host when WebRTC cannot connect (link-fallback.ts). */
  private link?: LinkFallback;
  private stopPersist?: PersistedDoc;
  private readonly cleanups: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();
  private wrongCode = false;
  private unreachable = false;
  private strangerAttempts = 0;
  /** A stranger's attempts told soon, not one by one (strangerTried). */
  private strangerTell: ReturnType<typeof setTimeout> | undefined;
  /** Signaling sockets listened to (wireSignaling). */
  private readonly wired = new WeakSet<object>();
  /** A frame of the room opened with our key since this connection began: the code is right. */
  private sawPartnerFrame = false;
  private offline = false;
  status: ConnectionStatus = { state: 'connecting', peers: 0, signaling: false, strangerAttempts: 0, thirdDevices: 0 };

  private constructor(private readonly options: SessionOptions) {
    this.doc = options.external ?? new Y.Doc();
  }

  static async open(options: SessionOptions): Promise<SharedDocSession> {
    const session = new SharedDocSession(options);
    // Local state first: a comparison reopens offline from what was persisted.
    // Every change saved at once: the comparison doc changes only at protocol steps, and one of
    // ours lost to a crash inside a save delay would come back from the partner under our role,
    // which the peer guard refuses (the room then reads as compromised, the partner accused).
    // Sending each change only once saved would close that window, but was measured at +35–50 ms
    // on seal → comparison (2026-11-27, A/B): the save's completion event waits behind the
    // sealing laptop's render, so the reveal would too. Left: the IndexedDB write itself.
    if (options.docStore && !options.external) session.stopPersist = await persistDoc(session.doc, options.room, options.docStore, undefined, { savesAtOnce: () => true });
    // Projected at most once per frame for the partner's changes; our own at once (emit-pacer.ts).
    const onUpdate = (_u: Uint8Array, origin: unknown) => session.emitSoon(origin === PEER_ORIGIN);
    session.doc.on('update', onUpdate);
    session.cleanups.push(() => session.doc.off('update', onUpdate));
    session.connect();
    return session;
  }

  /** Everything the doc holds now is on this laptop's disk (always, for a doc persisted elsewhere). */
  allSaved(): boolean {
    return this.stopPersist?.allSaved() ?? true;
  }

  /** Resolves once everything the doc holds now is on this laptop's disk; rejects if that save fails. */
  saved(): Promise<void> {
    return this.stopPersist?.saved() ?? Promise.resolve();
  }

  /** Subscribe to doc or connection changes. */
  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private emit() {
    for (const cb of this.listeners) cb();
  }

  private limits(): PeerLimits {
    const l = this.options.limits ?? COMPARISON_LIMITS;
    return typeof l === 'function' ? l(this.doc) : l;
  }

  private connect() {
    quietUndecryptableSignals();
    const bridge = bridgeDocs(this.wire, this.doc, this.limits(), (refusal) => {
      // Stop talking to this peer: later updates may build on what was refused.
      this.refusal = refusal;
      // The relay stops talking to this partner too (rebuilt with the wire on resync).
      this.link?.setOffline(true);
      this.provider?.disconnect();
      this.refresh();
    });
    this.connCleanups.push(() => bridge.close());
    const provider = new WebrtcProvider(this.options.room, this.wire, {
      signaling: this.options.signalingUrls,
      password: this.options.secret,
      // No internet here: host candidates only, never public STUN/TURN.
      peerOpts: { config: { iceServers: [] } },
      // Tabs of one browser do not talk over a BroadcastChannel (closed below, see
      // no-tab-channel.ts): every peer, a second tab too, is a WebRTC peer the guard sees.
      filterBcConns: false,
    });
    this.provider = provider;
    // y-webrtc creates the room once the key is derived (its own `key.then` runs first).
    void provider.key.then(() => {
      if (this.provider !== provider) return;
      if (provider.room) stopEcho(provider.room as unknown as EchoingRoom);
      // After stopEcho, which reads `bcconnected` as "connected" (the close sets it false).
      this.closeTabChannel();
      // As large as the guard's largest update: a big workspace's first sync is one message.
      const maxMessageBytes = reassemblyCap(this.limits().maxUpdateBytes);
      limitToOnePeer(
        provider.room as never,
        () => {
          this.thirdDevices++;
          this.refresh();
        },
        // Big syncs (a long decision log) exceed the data channel's message size: frame them.
        (conn) => {
          // Per peer: its requests for our whole state (each answered with an encode of the doc)
          // are answered twice quickly, then once per 10 s; every raw message counts for the rate.
          const syncRequest = tokenGate(SYNC_REQUESTS);
          installChunking((conn as { peer: PeerLike }).peer, {
            maxMessageBytes,
            onRaw: (data) => bridge.countMessage(data.byteLength),
            onWhole: (message) => {
              // Only sync messages reach y-webrtc, and only with a delete set in normal form (wire-screen.ts).
              const screened = screenPeerMessage(message);
              if (!screened.pass) {
                if (screened.refuse) bridge.refuse('malformed', screened.refuse);
                return false;
              }
              return !isSyncRequest(message) || syncRequest();
            },
            onOversize: (reason) => bridge.refuse('size', reason),
          });
        },
      );
    });
    provider.on('peers', () => this.refresh());
    provider.on('status', () => this.refresh());
    // --- link fallback: honest status + relay through the host (renderer/sync/link-fallback.ts) ---
    const link = new LinkFallback({
      room: this.options.room,
      provider: provider as unknown as ProviderLike,
      wire: this.wire,
      onChange: () => this.refresh(),
      onInbound: (bytes) => bridge.countMessage(bytes),
      onRefuse: (reason, kind) => bridge.refuse(kind, reason),
    });
    this.link = link;
    this.connCleanups.push(() => {
      link.destroy();
      if (this.link === link) this.link = undefined;
    });
    // --- end link fallback ---

    this.sawPartnerFrame = false;
    this.wireSignaling(provider);
    this.connCleanups.push(() => {
      clearTimeout(this.strangerTell);
      this.strangerTell = undefined;
    });
    const timer = setTimeout(() => {
      if (!this.signalingUp()) {
        this.unreachable = true;
        this.refresh();
      }
    }, this.options.unreachableAfterMs ?? 4000);
    this.connCleanups.push(() => clearTimeout(timer));
    this.refresh();
  }

  /** Tear down the provider, wire and bridge (the trusted doc stays). */
  private teardown() {
    for (const c of this.connCleanups.splice(0)) c();
    this.provider?.destroy();
    this.provider = undefined;
    this.wire.destroy();
  }

  /**
   * Start over with the partner from what this laptop trusts: a fresh wire doc holds
   * nothing that was refused, so the partner's next sync is checked from scratch.
   */
  resync(): void {
    this.teardown();
    this.wire = new Y.Doc();
    this.refusal = undefined;
    this.offline = false;
    this.wrongCode = false;
    this.connect();
  }

  private signalingUp(): boolean {
    return ((this.provider?.signalingConns ?? []) as unknown as SignalingConnLike[]).some((c) => c.connected);
  }

  private peerCount(): number {
    const room = this.provider?.room;
    return room ? room.webrtcConns.size : 0;
  }

  /**
   * Listens to each of the provider's signaling sockets not yet wired: at connect, and again at
   * reconnect — y-webrtc destroys a socket its last room left (go offline) and makes a new one on
   * connect, which would otherwise go unscreened (room-topic-screen.ts) and unwatched.
   */
  private wireSignaling(provider: WebrtcProvider): void {
    for (const conn of provider.signalingConns as unknown as SignalingConnLike[]) {
      if (this.wired.has(conn)) continue;
      this.wired.add(conn);
      const onConnect = () => {
        this.unreachable = false;
        this.refresh();
      };
      const onDisconnect = () => this.refresh();
      conn.on('connect', onConnect);
      conn.on('disconnect', onDisconnect);
      this.connCleanups.push(() => {
        conn.off('connect', onConnect);
        conn.off('disconnect', onDisconnect);
        this.wired.delete(conn);
      });
      this.connCleanups.push(
        watchForWrongCode(conn as never, this.options.room, provider.key as PromiseLike<CryptoKey | null>, {
          isHost: this.options.isHost,
          onUndecryptable: () => {
            if (this.options.isHost) this.strangerTried();
            // "Wrong code" only while nothing in the room opened with our key: a stranger's junk
            // must not tell a joiner who typed the right code that it is wrong.
            else if (this.peerCount() === 0 && !this.sawPartnerFrame && !this.wrongCode) {
              this.wrongCode = true;
              this.refresh();
            }
          },
          onOpened: () => {
            this.sawPartnerFrame = true;
            if (!this.wrongCode) return;
            this.wrongCode = false;
            this.refresh();
          },
          // A frame captured off the topic and sent again: someone other than the partner is at work.
          onReplay: () => {
            if (this.options.isHost) this.strangerTried();
          },
        }),
      );
    }
  }

  /** Told at most four times a second: each tell is a store update and a render, and anyone who knows the room name can send these as fast as the network carries them. */
  private strangerTried(): void {
    this.strangerAttempts++;
    this.strangerTell ??= setTimeout(() => {
      this.strangerTell = undefined;
      this.refresh();
    }, 250);
  }

  private refresh() {
    const peers = this.peerCount();
    const signaling = this.signalingUp();
    if (peers > 0) this.wrongCode = false;
    const link = this.link?.facts() ?? { peerSeen: peers > 0, directOpen: false, relayCarrying: false, directTimedOut: false, relayTimedOut: false };
    const linked = linkState({
      ...link,
      offline: this.offline,
      wrongCode: this.wrongCode,
      signaling,
      unreachable: this.unreachable,
    });
    // Once the partner's updates were refused, no link is "connected" until a resync.
    const { state, path }: { state: ConnectionState; path?: LinkPath } = this.refusal && !this.offline ? { state: 'dropped' } : linked;
    this.status = { state, peers, signaling, strangerAttempts: this.strangerAttempts, thirdDevices: this.thirdDevices, refusal: this.refusal, ...(path ? { path } : {}) };
    this.emit();
  }

  private closeTabChannel(): void {
    if (this.provider?.room) closeTabChannel(this.provider.room as unknown as TabChannelRoom);
  }

  /** Drop the network but keep the doc (used for "go offline" and in tests of re-sync). */
  disconnect(): void {
    this.offline = true;
    this.link?.setOffline(true);
    this.provider?.disconnect();
    this.refresh();
  }

  reconnect(): void {
    if (this.refusal) return this.resync();
    this.offline = false;
    this.provider?.connect();
    if (this.provider) this.wireSignaling(this.provider);
    this.closeTabChannel();
    this.link?.setOffline(false);
    this.refresh();
  }

  async close(): Promise<void> {
    // y-webrtc opens the room, and its destroy releases it, once the room key is derived: wait
    // for both (they run first, in that order, on the same promise), or a session of the same
    // room opened right after could meet this one still opening it ("already exists").
    const key = this.provider?.key;
    this.teardown();
    await Promise.resolve(key).catch(() => undefined);
    for (const c of this.cleanups.splice(0)) c();
    await this.stopPersist?.();
    this.listeners.clear();
    if (!this.options.external) this.doc.destroy();
  }
}
