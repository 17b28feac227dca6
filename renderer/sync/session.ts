import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import { persistDoc, type DocStore } from './doc-persistence';
import { watchForWrongCode } from './wrong-code-detector';
import { bridgeDocs, type PeerLimits } from './peer-guard';
import { MAX_PEER_MESSAGE_BYTES, MAX_FILE_BYTES } from '../../shared/schema/limits';
import { COMMITMENTS, PARTICIPANTS, REVEALS } from './comparison-doc';
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
  limits?: PeerLimits;
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

export const COMPARISON_LIMITS: PeerLimits = {
  maxUpdateBytes: MAX_PEER_MESSAGE_BYTES,
  maxDocBytes: MAX_FILE_BYTES,
  roots: [PARTICIPANTS, COMMITMENTS, REVEALS],
};

export class SharedDocSession {
  /** The trusted doc: persisted and projected. */
  readonly doc: Y.Doc;
  /** The network-facing doc y-webrtc writes into; reaches `doc` only through the peer guard. */
  private readonly wire = new Y.Doc();
  refusedUpdates: string[] = [];
  private provider?: WebrtcProvider;
  /** Direct-link watch + relay through the host when WebRTC cannot connect (link-fallback.ts). */
  private link?: LinkFallback;
  private stopPersist?: () => Promise<void>;
  private readonly cleanups: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();
  private wrongCode = false;
  private unreachable = false;
  private strangerAttempts = 0;
  private offline = false;
  status: ConnectionStatus = { state: 'connecting', peers: 0, signaling: false, strangerAttempts: 0 };

  private constructor(private readonly options: SessionOptions) {
    this.doc = options.external ?? new Y.Doc();
  }

  static async open(options: SessionOptions): Promise<SharedDocSession> {
    const session = new SharedDocSession(options);
    // Local state first: a comparison reopens offline from what was persisted.
    if (options.docStore && !options.external) session.stopPersist = await persistDoc(session.doc, options.room, options.docStore);
    const onUpdate = () => session.emit();
    session.doc.on('update', onUpdate);
    session.cleanups.push(() => session.doc.off('update', onUpdate));
    session.connect();
    return session;
  }

  /** Subscribe to doc or connection changes. */
  onChange(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  private emit() {
    for (const cb of this.listeners) cb();
  }

  private connect() {
    this.cleanups.push(
      bridgeDocs(this.wire, this.doc, this.options.limits ?? COMPARISON_LIMITS, (reason) => {
        this.refusedUpdates = [...this.refusedUpdates.slice(-19), reason];
        this.emit();
      }),
    );
    const provider = new WebrtcProvider(this.options.room, this.wire, {
      signaling: this.options.signalingUrls,
      password: this.options.secret,
      // No internet here: host candidates only, never public STUN/TURN.
      peerOpts: { config: { iceServers: [] } },
      // Only real WebRTC peers count; tabs of one browser must not bypass the network.
      filterBcConns: true,
    });
    this.provider = provider;
    provider.on('peers', () => this.refresh());
    provider.on('status', () => this.refresh());
    // --- link fallback: honest status + relay through the host (renderer/sync/link-fallback.ts) ---
    this.link = new LinkFallback({ room: this.options.room, provider: provider as unknown as ProviderLike, wire: this.wire, onChange: () => this.refresh() });
    this.cleanups.push(() => this.link?.destroy());
    // --- end link fallback ---

    for (const conn of provider.signalingConns as unknown as SignalingConnLike[]) {
      const onConnect = () => {
        this.unreachable = false;
        this.refresh();
      };
      const onDisconnect = () => this.refresh();
      conn.on('connect', onConnect);
      conn.on('disconnect', onDisconnect);
      this.cleanups.push(() => {
        conn.off('connect', onConnect);
        conn.off('disconnect', onDisconnect);
      });
      this.cleanups.push(
        watchForWrongCode(conn as never, this.options.room, provider.key as PromiseLike<CryptoKey | null>, {
          isHost: this.options.isHost,
          onUndecryptable: () => {
            if (this.options.isHost) {
              this.strangerAttempts++;
              this.refresh();
            } else if (this.peerCount() === 0) {
              this.wrongCode = true;
              this.refresh();
            }
          },
        }),
      );
    }
    const timer = setTimeout(() => {
      if (!this.signalingUp()) {
        this.unreachable = true;
        this.refresh();
      }
    }, this.options.unreachableAfterMs ?? 4000);
    this.cleanups.push(() => clearTimeout(timer));
    this.refresh();
  }

  private signalingUp(): boolean {
    return ((this.provider?.signalingConns ?? []) as unknown as SignalingConnLike[]).some((c) => c.connected);
  }

  private peerCount(): number {
    const room = this.provider?.room;
    return room ? room.webrtcConns.size : 0;
  }

  private refresh() {
    const peers = this.peerCount();
    const signaling = this.signalingUp();
    if (peers > 0) this.wrongCode = false;
    const link = this.link?.facts() ?? { peerSeen: peers > 0, directOpen: false, relayCarrying: false, directTimedOut: false, relayTimedOut: false };
    const { state, path }: { state: ConnectionState; path?: LinkPath } = linkState({
      ...link,
      offline: this.offline,
      wrongCode: this.wrongCode,
      signaling,
      unreachable: this.unreachable,
    });
    this.status = { state, peers, signaling, strangerAttempts: this.strangerAttempts, ...(path ? { path } : {}) };
    this.emit();
  }

  /** Drop the network but keep the doc (used for "go offline" and in tests of re-sync). */
  disconnect(): void {
    this.offline = true;
    this.link?.setOffline(true);
    this.provider?.disconnect();
    this.refresh();
  }

  reconnect(): void {
    this.offline = false;
    this.provider?.connect();
    this.link?.setOffline(false);
    this.refresh();
  }

  async close(): Promise<void> {
    for (const c of this.cleanups.splice(0)) c();
    this.provider?.destroy();
    this.provider = undefined;
    await this.stopPersist?.();
    this.listeners.clear();
    this.wire.destroy();
    if (!this.options.external) this.doc.destroy();
  }
}
