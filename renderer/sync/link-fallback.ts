import type * as Y from 'yjs';
import { PARTNER_STALE_MS, SignalingRelay, type RelaySocket } from './signaling-relay';
import type { LinkFacts } from './connection-state';
import type { RefusalKind } from './peer-guard';

/**
 * Watches whether a direct WebRTC link to the partner actually opens and, when it does not
 * within a few seconds, turns on the relay through the host laptop. Stops the relay as soon
 * as a data channel opens. Reports the facts the status is derived from (connection-state).
 *
 * y-webrtc emits no event when a data channel opens, so a short poll reads `connected` on
 * its WebrtcConns; the poll also re-attaches the relay after y-webrtc recreates its sockets.
 */

/** The parts of WebrtcProvider read here (its `room` and sockets are untyped internals). */
export interface ProviderLike {
  key: PromiseLike<CryptoKey | null>;
  signalingConns: unknown[];
  room: { webrtcConns: Map<string, { connected: boolean }> } | null;
}

export interface LinkFallbackOptions {
  room: string;
  provider: ProviderLike;
  wire: Y.Doc;
  onChange: () => void;
  /** How long a heard partner gets to open a data channel before the relay starts. */
  directAfterMs?: number;
  /** How long the relay gets to carry anything before we say the network will not do. */
  relayAfterMs?: number;
  pollMs?: number;
  /** Every relay message from the partner before it is read; false drops it (SignalingRelay's onInbound). */
  onInbound?: (bytes: number) => boolean;
  /** The partner refused by the relay: an update before it is applied, or too much held half-sent (SignalingRelay's onRefuse). */
  onRefuse?: (reason: string, kind: RefusalKind) => void;
}

export type LinkWatchFacts = Pick<LinkFacts, 'peerSeen' | 'directOpen' | 'relayCarrying' | 'directTimedOut' | 'relayTimedOut'>;

const HEARTBEAT_MS = 4000;

export class LinkFallback {
  readonly relay: SignalingRelay;
  private directTimedOut = false;
  private relayTimedOut = false;
  private offline = false;
  private directTimer?: ReturnType<typeof setTimeout>;
  private relayTimer?: ReturnType<typeof setTimeout>;
  private readonly poll: ReturnType<typeof setInterval>;
  private readonly heartbeat: ReturnType<typeof setInterval>;
  // Stryker disable next-line StringLiteral: any start value differs from every facts JSON
  private last = '';

  constructor(private readonly opts: LinkFallbackOptions) {
    this.relay = new SignalingRelay({
      room: opts.room,
      wire: opts.wire,
      key: opts.provider.key,
      sockets: () => opts.provider.signalingConns as RelaySocket[],
      onInbound: opts.onInbound,
      onRefuse: opts.onRefuse,
      // Stryker disable next-line BooleanLiteral: forcing only repeats a notice with unchanged facts (the session's status comes from them); changed facts notify anyway
      onChange: () => this.check(true),
    });
    // The partner already gave up on a direct link: ours cannot open either (it is one link).
    this.relay.onPeerHello = () => {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a fast path; giveUpOnDirect's check() resets at once when offline or linked directly
      if (this.offline || this.directOpen()) return;
      this.giveUpOnDirect();
    };
    this.poll = setInterval(() => this.check(), opts.pollMs ?? 500);
    this.heartbeat = setInterval(() => {
      this.relay.heartbeat();
      this.relay.expire(PARTNER_STALE_MS);
    }, HEARTBEAT_MS);
  }

  private directOpen(): boolean {
    // Stryker disable next-line ArrayDeclaration: a non-empty fallback of strings has no `connected` either
    for (const conn of this.opts.provider.room?.webrtcConns.values() ?? []) if (conn.connected) return true;
    return false;
  }

  facts(): LinkWatchFacts {
    const directOpen = !this.offline && this.directOpen();
    return {
      peerSeen: (this.opts.provider.room?.webrtcConns.size ?? 0) > 0 || this.relay.peerSeen,
      directOpen,
      // Stryker disable next-line ConditionalExpression: `!offline` and `active` are guards only (going offline stops the relay at once; only an active relay carries)
      relayCarrying: !this.offline && !directOpen && this.relay.active && this.relay.carrying,
      directTimedOut: this.directTimedOut,
      relayTimedOut: this.relayTimedOut,
    };
  }

  /** Re-evaluate; calls onChange only when a fact changed (or when forced by the relay). */
  check(force = false): void {
    this.relay.attach();
    const f = this.facts();
    if (this.offline) this.reset();
    else if (f.directOpen) this.reset();
    else if (f.peerSeen && !this.directTimer && !this.directTimedOut) {
      this.directTimer = setTimeout(() => this.giveUpOnDirect(), this.opts.directAfterMs ?? 4000);
    } else if (!f.peerSeen && !this.relay.active) this.reset();
    const key = JSON.stringify(this.facts());
    if (force || key !== this.last) {
      this.last = key;
      this.opts.onChange();
    }
  }

  private giveUpOnDirect() {
    if (this.directTimedOut) return;
    this.directTimedOut = true;
    this.relay.start();
    this.relayTimer = setTimeout(() => {
      if (!this.relay.carrying) this.relayTimedOut = true;
      // Stryker disable next-line BooleanLiteral: forcing only repeats a notice with unchanged facts (the session's status comes from them); changed facts notify anyway
      this.check(true);
    }, this.opts.relayAfterMs ?? 6000);
    // Stryker disable next-line BooleanLiteral: forcing only repeats a notice with unchanged facts (the session's status comes from them); changed facts notify anyway
    this.check(true);
  }

  /** A direct link opened, the partner left, or we went offline: back to square one. */
  private reset() {
    clearTimeout(this.directTimer);
    clearTimeout(this.relayTimer);
    this.directTimer = this.relayTimer = undefined;
    this.directTimedOut = this.relayTimedOut = false;
    this.relay.stop();
  }

  setOffline(offline: boolean): void {
    this.offline = offline;
    // Stryker disable next-line BooleanLiteral: forcing only repeats a notice with unchanged facts (the session's status comes from them); changed facts notify anyway
    this.check(true);
  }

  destroy(): void {
    clearInterval(this.poll);
    clearInterval(this.heartbeat);
    // Relay first: stopping it re-checks the facts, which can start a direct-link timer; the
    // reset after it clears that, so no timer outlives the watch (and reports after destroy).
    this.relay.destroy();
    this.reset();
  }
}
