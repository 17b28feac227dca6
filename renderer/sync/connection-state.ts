/**
 * What the connection status may honestly claim, from facts the session observes.
 * Pure: no Yjs, no y-webrtc, no timers — the session feeds it facts, the tests feed it tables.
 *
 * The rule this file exists for: y-webrtc reports a peer as soon as it hears it through
 * signaling, long before (and sometimes without) any data flowing. Only an open data
 * channel, or the relay actually carrying the partner's messages, counts as a link.
 */

export type ConnectionState =
  | 'connecting'
  | 'waiting'
  /** The partner was heard through signaling; no data link yet. */
  | 'linking'
  /** No direct link after a few seconds; the relay through the host is being tried. */
  | 'no-direct-link'
  /** Neither a direct link nor the relay carried anything: this network will not do. */
  | 'link-failed'
  /** Data flows (see `path`). */
  | 'connected'
  | 'offline'
  | 'unreachable'
  | 'wrong-code'
  /** This laptop refused the partner's updates and stopped syncing (see peer-bridge). */
  | 'dropped';

/** How data reaches the partner: a WebRTC data channel, or the host laptop's signaling server. */
export type LinkPath = 'direct' | 'relay';

export interface LinkFacts {
  offline: boolean;
  wrongCode: boolean;
  /** A signaling socket is open. */
  signaling: boolean;
  /** Signaling stayed unreachable past its deadline. */
  unreachable: boolean;
  /** Someone in the room was heard (y-webrtc peer or relay hello). */
  peerSeen: boolean;
  /** A WebRTC data channel to the partner is open. */
  directOpen: boolean;
  /** The relay is in use and has received the partner's messages. */
  relayCarrying: boolean;
  /** The direct link did not open within its deadline (the relay is then tried). */
  directTimedOut: boolean;
  /** The relay was tried and carried nothing within its deadline. */
  relayTimedOut: boolean;
}

export function linkState(f: LinkFacts): { state: ConnectionState; path?: LinkPath } {
  if (f.offline) return { state: 'offline' };
  // A working link beats a stale wrong-code guess (someone with the right key answered).
  if (f.directOpen) return { state: 'connected', path: 'direct' };
  if (f.relayCarrying) return { state: 'connected', path: 'relay' };
  if (f.wrongCode) return { state: 'wrong-code' };
  if (f.peerSeen) {
    if (f.relayTimedOut) return { state: 'link-failed' };
    if (f.directTimedOut) return { state: 'no-direct-link' };
    return { state: 'linking' };
  }
  if (f.signaling) return { state: 'waiting' };
  if (f.unreachable) return { state: 'unreachable' };
  return { state: 'connecting' };
}
