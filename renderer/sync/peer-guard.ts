import * as Y from 'yjs';

/**
 * Every update from the network is checked before it reaches a document we persist
 * or project: size, that it decodes, and that applying it keeps the document within
 * the shape and size we expect. A refused update changes nothing locally.
 */
export interface PeerLimits {
  maxUpdateBytes: number;
  maxDocBytes: number;
  /** Top-level names the document may hold (e.g. participants, commitments, reveals). */
  roots: readonly string[];
  /** Protocol rules an update must keep (who may write what); returns why it breaks one. */
  invariant?: (current: Y.Doc, next: Y.Doc) => string | undefined;
}

export type PeerCheck = { ok: true } | { ok: false; reason: string; pending?: boolean };

export function checkPeerUpdate(current: Y.Doc, update: Uint8Array, limits: PeerLimits): PeerCheck {
  if (!(update instanceof Uint8Array)) return { ok: false, reason: 'update is not binary' };
  if (update.byteLength > limits.maxUpdateBytes) {
    return { ok: false, reason: `update of ${update.byteLength} bytes is over the ${limits.maxUpdateBytes}-byte limit` };
  }
  // Without protocol rules, inspecting the update itself is enough — and it stays fast when
  // the document is large (a workspace with a 10,000-entry log is ~3 MB: cloning it per
  // keystroke would cost about a second).
  return limits.invariant ? probeCheck(current, update, limits) : structuralCheck(current, update, limits);
}

/** Decode the update and check where its new items go, that it builds on what we have, and size. */
function structuralCheck(current: Y.Doc, update: Uint8Array, limits: PeerLimits): PeerCheck {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (err) {
    return { ok: false, reason: `update could not be decoded (${err instanceof Error ? err.message : 'malformed'})` };
  }
  const known = Y.decodeStateVector(Y.encodeStateVector(current));
  const firstClock = new Map<number, number>();
  for (const struct of decoded.structs) {
    const { client, clock } = struct.id;
    if (struct instanceof Y.Skip) return { ok: false, reason: 'update depends on changes not received yet', pending: true };
    if (!firstClock.has(client) || clock < firstClock.get(client)!) firstClock.set(client, clock);
    const parent = (struct as { parent?: unknown }).parent;
    if (typeof parent === 'string' && !limits.roots.includes(parent)) {
      return { ok: false, reason: `unexpected top-level entry "${parent.slice(0, 40)}"` };
    }
  }
  for (const [client, clock] of firstClock) {
    if (clock > (known.get(client) ?? 0)) return { ok: false, reason: 'update depends on changes not received yet', pending: true };
  }
  const size = approximateSize(current) + update.byteLength;
  if (size > limits.maxDocBytes) return { ok: false, reason: `document would grow to ${size} bytes, over the ${limits.maxDocBytes}-byte limit` };
  return { ok: true };
}

/** Encoded size of a doc, re-measured every 64 checks (the guard only needs an upper bound). */
const sizes = new WeakMap<Y.Doc, { bytes: number; checks: number }>();
function approximateSize(doc: Y.Doc): number {
  const cached = sizes.get(doc);
  if (cached && cached.checks++ < 64) return cached.bytes;
  const bytes = Y.encodeStateAsUpdate(doc).byteLength;
  sizes.set(doc, { bytes, checks: 0 });
  return bytes;
}

/** Apply to a scratch copy of the doc and check the result (small docs with protocol rules). */
function probeCheck(current: Y.Doc, update: Uint8Array, limits: PeerLimits): PeerCheck {
  const probe = new Y.Doc();
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(current));
    Y.applyUpdate(probe, update);
    // Touch every root so pending structs that failed to integrate surface as an error.
    for (const name of probe.share.keys()) {
      if (!limits.roots.includes(name)) return { ok: false, reason: `unexpected top-level entry "${name.slice(0, 40)}"` };
    }
    // Structs or deletions waiting for missing history are held back by the caller,
    // never stored: a stream of such updates is how random bytes would pile up.
    if (probe.store.pendingStructs || probe.store.pendingDs) return { ok: false, reason: 'update depends on changes not received yet', pending: true };
    const size = Y.encodeStateAsUpdate(probe).byteLength;
    if (size > limits.maxDocBytes) return { ok: false, reason: `document would grow to ${size} bytes, over the ${limits.maxDocBytes}-byte limit` };
    const broken = limits.invariant?.(current, probe);
    if (broken) return { ok: false, reason: broken };
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: `update could not be decoded (${err instanceof Error ? err.message : 'malformed'})` };
  } finally {
    probe.destroy();
  }
}

const BRIDGE = Symbol('peer-bridge');
/** Origin of every transaction that brings a peer's changes into the trusted doc. */
export const PEER_ORIGIN = BRIDGE;
const MAX_HELD = 32;

/**
 * Connect the network-facing `wire` doc (owned by y-webrtc) to the trusted `doc`:
 * local changes flow out as they are; remote changes flow in only through the guard.
 */
export function bridgeDocs(wire: Y.Doc, doc: Y.Doc, limits: PeerLimits, onRefused: (reason: string) => void): () => void {
  const outward = (update: Uint8Array, origin: unknown) => {
    if (origin !== BRIDGE) Y.applyUpdate(wire, update, BRIDGE);
  };
  // Updates that arrived before what they build on wait here and are retried merged
  // with the next one; the queue is bounded so garbage cannot accumulate.
  let held: Uint8Array[] = [];
  const inward = (update: Uint8Array, origin: unknown) => {
    if (origin === BRIDGE) return;
    let candidate = update;
    if (held.length) {
      try {
        candidate = Y.mergeUpdates([...held, update]);
      } catch {
        held = [];
      }
    }
    const check = checkPeerUpdate(doc, candidate, limits);
    if (check.ok) {
      held = [];
      Y.applyUpdate(doc, candidate, BRIDGE);
    } else if (check.pending && held.length < MAX_HELD) {
      held.push(update);
    } else {
      held = [];
      onRefused(check.reason);
    }
  };
  // Start in sync: what we already hold goes out first.
  Y.applyUpdate(wire, Y.encodeStateAsUpdate(doc), BRIDGE);
  doc.on('update', outward);
  wire.on('update', inward);
  return () => {
    doc.off('update', outward);
    wire.off('update', inward);
  };
}
