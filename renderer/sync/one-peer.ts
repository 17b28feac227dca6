/**
 * A comparison is a two-person room: this laptop talks to one partner, never a third
 * device that also holds the invite. y-webrtc opens a WebRTC connection for every peer
 * that announces itself or sends an offer (`map.setIfUndefined(room.webrtcConns, from,
 * () => new WebrtcConn(...))`), so the room's connection map is replaced with one that,
 * while a partner is connected, hands y-webrtc an inert stand-in for any other peer id:
 * no connection is created, nothing is sent to or read from that device, and the
 * attempt is reported so the screen can say so.
 */

/** y-webrtc's peer ids are UUIDs (36 characters); a longer one is no y-webrtc peer's. */
export const MAX_PEER_ID_CHARS = 64;
/**
 * Third devices remembered (to report each once). Past this, further ones are refused without
 * a record or a report: the screen says "a third device tried to join" however many did, and
 * a partner announcing a new id per message must not grow this laptop's memory.
 */
export const MAX_REFUSED_REMEMBERED = 32;

interface RoomLike {
  webrtcConns: Map<string, unknown>;
}

/** What y-webrtc touches on a connection it looks up: `.peer.signal()`, `.glareToken`, `.destroy()`. */
function inertConn() {
  return { peer: { signal() {}, destroy() {} }, glareToken: undefined as number | undefined, destroy() {}, connected: false, closed: true };
}

class OnePeerMap<V> extends Map<string, V> {
  private readonly refused = new Set<string>();
  constructor(
    entries: Iterable<[string, V]>,
    private readonly onRefused: (peerId: string) => void,
    private readonly onAdmitted: (conn: V) => void,
  ) {
    super(entries);
  }

  override get(key: string): V | undefined {
    const value = super.get(key);
    if (value !== undefined || this.size === 0) return value;
    // A partner is connected and someone else is knocking: refuse, and report it once per
    // device — unless the partner's link is still opening (a reload can briefly look like this).
    // Stryker disable next-line MethodExpression: the map holds exactly one connection here (set() admits no second), so some = every
    const partnerLinked = [...this.values()].some((c) => (c as { connected?: boolean }).connected);
    if (partnerLinked && key.length <= MAX_PEER_ID_CHARS && this.refused.size < MAX_REFUSED_REMEMBERED && !this.refused.has(key)) {
      this.refused.add(key);
      this.onRefused(key);
    }
    return inertConn() as V;
  }

  override set(key: string, value: V): this {
    if (this.size > 0 && !super.has(key)) {
      (value as { destroy?: () => void }).destroy?.();
      return this;
    }
    // The constructor calls set() before any entry exists: nothing to admit yet.
    if (this.onAdmitted && !super.has(key)) this.onAdmitted(value);
    return super.set(key, value);
  }
}

/** Installs the two-person rule on a y-webrtc room; returns how to undo it. */
export function limitToOnePeer(
  room: RoomLike | null | undefined,
  onRefused: (peerId: string) => void,
  /** Each connection this room admits, once, before it connects (e.g. to install chunking). */
  onAdmitted: (conn: unknown) => void = () => {},
): () => void {
  if (!room) return () => {};
  const original = room.webrtcConns;
  for (const conn of original.values()) onAdmitted(conn);
  room.webrtcConns = new OnePeerMap(original, onRefused, onAdmitted);
  return () => {};
}
