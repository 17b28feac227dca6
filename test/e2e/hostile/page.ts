/**
 * The dishonest partner: a page built from PLAIN yjs + y-webrtc, none of Accord's code.
 * It holds the invite and speaks the comparison protocol only as far as it wants to.
 * Everything it can do is a function on `window.hostile`, driven by the e2e specs
 * (test/e2e/support/hostile-peer.ts) through Playwright.
 */
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import * as encoding from 'lib0/encoding';

type ConnName = 'comparison' | 'workspace';

interface Conn {
  doc: Y.Doc;
  provider: WebrtcProvider;
  /** Every update that came from the network, as text: a search for a marker sees all of it, deleted or not. */
  received: string[];
  receivedBytes: number;
  receivedUpdates: number;
}

/** Origin of this page's own writes; everything else in a doc came from the network. */
const LOCAL = Symbol('hostile-local');
/** Enough to hold anything a victim sends in these scenarios; a flood must not exhaust the page. */
const MAX_RECORDED_BYTES = 32_000_000;
const conns = new Map<ConnName, Conn>();
const decoder = new TextDecoder('utf-8', { fatal: false });

export interface Invite {
  host: string;
  port: number;
  room: string;
  secret: string;
}

/** host:port/room/secret, as the app shows it (the secret has dashes every 4 characters). */
function parseInvite(code: string): Invite {
  const [hostPort, room, secret] = code.trim().split('/');
  const colon = hostPort.lastIndexOf(':');
  return { host: hostPort.slice(0, colon), port: Number(hostPort.slice(colon + 1)), room, secret: secret.replace(/-/g, '') };
}

function open(name: ConnName, code: string): void {
  if (conns.has(name)) throw new Error(`${name}: already joined`);
  const invite = parseInvite(code);
  const doc = new Y.Doc();
  const conn: Conn = { doc, provider: undefined as unknown as WebrtcProvider, received: [], receivedBytes: 0, receivedUpdates: 0 };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === LOCAL) return;
    conn.receivedUpdates++;
    if (conn.receivedBytes + update.byteLength > MAX_RECORDED_BYTES) return;
    conn.receivedBytes += update.byteLength;
    conn.received.push(decoder.decode(update));
  });
  conn.provider = new WebrtcProvider(name === 'workspace' ? `${invite.room}.workspace` : invite.room, doc, {
    signaling: [`ws://${invite.host}:${invite.port}/signal`],
    password: invite.secret,
    peerOpts: { config: { iceServers: [] } },
    filterBcConns: true,
  });
  conns.set(name, conn);
}

function conn(name: ConnName): Conn {
  const c = conns.get(name);
  if (!c) throw new Error(`${name}: not joined`);
  return c;
}

function webrtcPeers(name: ConnName): number {
  const room = (conn(name).provider as unknown as { room?: { webrtcConns: Map<string, unknown> } }).room;
  return room ? room.webrtcConns.size : 0;
}

function set(root: string, key: string, value: unknown, name: ConnName = 'comparison'): void {
  const { doc } = conn(name);
  doc.transact(() => doc.getMap(root).set(key, value), LOCAL);
}

/**
 * `set` with a value parsed from JSON text on this page: JSON.parse keeps a key "__proto__"
 * as an own key (which lib0 then sends), where passing an object in would drop it.
 */
function setJson(root: string, key: string, json: string, name: ConnName = 'comparison'): void {
  set(root, key, JSON.parse(json), name);
}

/** A shared map with no entries under `root`.`key` (what no plain value can be: a row with no fields). */
function setEmptyMap(root: string, key: string, name: ConnName = 'comparison'): void {
  const { doc } = conn(name);
  doc.transact(() => doc.getMap(root).set(key, new Y.Map()), LOCAL);
}

/** `field` of the row map at `root`.`key` set to a plain value (any JSON, of any type). */
function setInRow(root: string, key: string, field: string, json: string, name: ConnName = 'comparison'): void {
  const { doc } = conn(name);
  const row = doc.getMap(root).get(key);
  if (!(row instanceof Y.Map)) throw new Error(`${root}.${key}: not a row`);
  doc.transact(() => row.set(field, JSON.parse(json)), LOCAL);
}

function del(root: string, key: string, name: ConnName = 'comparison'): void {
  const { doc } = conn(name);
  doc.transact(() => doc.getMap(root).delete(key), LOCAL);
}

/** Small entries under fresh keys of one root, sent in chunks below the victim's per-message limit. */
async function fill(opts: { root: string; keyPrefix: string; totalBytes: number; entryBytes?: number; chunkBytes?: number; pauseMs?: number }) {
  const { doc } = conn('comparison');
  const entry = opts.entryBytes ?? 100;
  const chunk = opts.chunkBytes ?? 40_000;
  const map = doc.getMap(opts.root);
  let written = 0;
  let i = 0;
  let sent = 0;
  while (written < opts.totalBytes) {
    let inChunk = 0;
    doc.transact(() => {
      while (inChunk < chunk && written + inChunk < opts.totalBytes) {
        map.set(`${opts.keyPrefix}${i++}`, 'x'.repeat(entry));
        inChunk += entry + 12;
      }
    }, LOCAL);
    written += inChunk;
    sent++;
    await new Promise((r) => setTimeout(r, opts.pauseMs ?? 50));
  }
  return { entries: i, updates: sent, docBytes: Y.encodeStateAsUpdate(doc).byteLength };
}

/** Tiny updates every few milliseconds: the same key overwritten with a fresh value. */
function flood(opts: { root: string; key: string; value: Record<string, unknown>; durationMs: number; everyMs: number; perTick?: number }) {
  const { doc } = conn('comparison');
  const map = doc.getMap(opts.root);
  let sent = 0;
  const until = performance.now() + opts.durationMs;
  return new Promise<{ sent: number }>((resolve) => {
    const timer = setInterval(() => {
      if (performance.now() >= until) {
        clearInterval(timer);
        resolve({ sent });
        return;
      }
      for (let k = 0; k < (opts.perTick ?? 1); k++) {
        doc.transact(() => map.set(opts.key, { ...opts.value, at: new Date().toISOString(), n: sent }), LOCAL);
        sent++;
      }
    }, opts.everyMs);
  });
}

/**
 * Delete every top-level item of the synced workspace doc in one transaction. Yjs encodes
 * deletions as a delete set only, so what goes out is a delete-only update of a few bytes.
 */
function wipe(name: ConnName = 'workspace'): { bytes: number; deleted: number } {
  const { doc } = conn(name);
  let bytes = 0;
  let deleted = 0;
  const onUpdate = (u: Uint8Array) => (bytes += u.byteLength);
  doc.on('update', onUpdate);
  doc.transact((tr) => {
    for (const type of doc.share.values()) {
      for (const item of type._map.values()) {
        if (!item.deleted) {
          item.delete(tr);
          deleted++;
        }
      }
      for (let item = type._start; item; item = item.right) {
        if (!item.deleted) {
          item.delete(tr);
          deleted++;
        }
      }
    }
  }, LOCAL);
  doc.off('update', onUpdate);
  return { bytes, deleted };
}

// ---- Raw y-webrtc messages, written by hand: what no honest Yjs doc would send.

interface RawPeer {
  send(data: Uint8Array): void;
  on(event: 'data', cb: (data: Uint8Array) => void): void;
  off(event: 'data', cb: (data: Uint8Array) => void): void;
  _channel?: { bufferedAmount: number } | null;
}

/** The open data channels of this page's connection `name` (simple-peer instances). */
function peersOf(name: ConnName): RawPeer[] {
  const room = (conn(name).provider as unknown as { room?: { webrtcConns: Map<string, { connected: boolean; peer: RawPeer }> } }).room;
  const open = room ? [...room.webrtcConns.values()].filter((w) => w.connected).map((w) => w.peer) : [];
  if (!open.length) throw new Error(`${name}: no open data channel`);
  return open;
}

/** y-webrtc's framing: message type 0 (sync), then y-protocols' sync message `type` (0 step 1, 2 update) and its bytes. */
function syncMessage(type: 0 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, type);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** Sends `make(i)` for i < times on every open channel, waiting whenever a channel's buffer fills. */
async function sendMany(name: ConnName, times: number, make: (i: number) => Uint8Array): Promise<{ sent: number; bytes: number }> {
  let bytes = 0;
  let sent = 0;
  for (let i = 0; i < times; i++) {
    const message = make(i);
    for (const peer of peersOf(name)) {
      while ((peer._channel?.bufferedAmount ?? 0) > 4_000_000) await new Promise((r) => setTimeout(r, 10));
      try {
        peer.send(message);
      } catch {
        return { sent, bytes }; // the victim closed the channel
      }
    }
    sent++;
    bytes += message.byteLength;
  }
  return { sent, bytes };
}

/**
 * `messages` updates, each deleting `ranges` one-clock ranges of a writer the victim never heard
 * from (a fresh client id per message). Yjs cannot apply them and keeps them all waiting,
 * retried on every later update: a few bytes per range, unbounded memory without a limit.
 */
function pendingFlood(ranges: number, messages: number, name: ConnName = 'workspace') {
  return sendMany(name, messages, (m) => {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0); // no structs
    encoding.writeVarUint(e, 1); // one writer in the delete set
    encoding.writeVarUint(e, 900_000_000 + m);
    encoding.writeVarUint(e, ranges);
    for (let i = 0; i < ranges; i++) {
      encoding.writeVarUint(e, 1_000 + i * 7);
      encoding.writeVarUint(e, 1);
    }
    return syncMessage(2, encoding.toUint8Array(e));
  });
}

/**
 * `messages` updates with no items whose delete set lists this page's own clock range
 * [0, clock) `copies` times over: Yjs walks every item of the range once per copy, and a range
 * of items already deleted changes nothing, so no update event (and no guard) would see it.
 */
function repeatedDeletes(copies: number, messages: number, name: ConnName = 'workspace') {
  const doc = conn(name).doc;
  const clock = Y.getState(doc.store, doc.clientID);
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one writer in the delete set
  encoding.writeVarUint(e, doc.clientID);
  encoding.writeVarUint(e, copies);
  for (let i = 0; i < copies; i++) {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, Math.max(1, clock));
  }
  const message = syncMessage(2, encoding.toUint8Array(e));
  return sendMany(name, messages, () => message);
}

/** This page's whole doc re-sent `times` times as updates: the victim holds all of it, so nothing changes there. */
function resend(times: number, name: ConnName = 'workspace') {
  const update = syncMessage(2, Y.encodeStateAsUpdate(conn(name).doc));
  return sendMany(name, times, () => update);
}

// ---- Changes kept waiting in the victim's doc: Yjs retries all of them whenever one more may fit.

/** A state vector written by hand: `[client, clock]` pairs, as if this page held those clocks already. */
function stateVector(entries: [number, number][]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const [client, clock] of entries) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
  }
  return encoding.toUint8Array(e);
}

/** The keys `keepWaiting` held back, sent one by one by `releaseWaiting`. */
let heldKeys: Uint8Array[] = [];

/**
 * Changes the victim's Yjs cannot apply and keeps waiting, as much as its byte bounds allow, all of
 * them in `root` (a name the victim's guard lets a partner write):
 * - `writers` writers' `perWriter` one-character items each, typed backwards and deleted, sent
 *   without each writer's first item (which never comes): Yjs keeps them in its compact v2
 *   encoding (~100 bytes a writer) though they were ~9 bytes an item as sent;
 * - a writer X whose `steps` characters each follow one of writer Y's, all sent but none of Y's:
 *   Y's characters are the keys, each ~18 bytes, that `releaseWaiting` sends one at a time.
 * Each writer's part is one message (the data channel takes 256 KiB at most).
 */
async function keepWaiting(opts: { root: string; writers: number; perWriter: number; steps: number }, name: ConnName = 'workspace') {
  const y = new Y.Doc();
  const x = new Y.Doc();
  const keys: Uint8Array[] = [];
  for (let k = 0; k < opts.steps; k++) {
    const before = Y.encodeStateVector(y);
    y.getText(opts.root).insert(y.getText(opts.root).length, 'a');
    keys.push(Y.encodeStateAsUpdate(y, before));
    Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)));
    x.getText(opts.root).insert(x.getText(opts.root).length, 'x');
    Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)));
  }
  // Everything of X's, nothing of Y's.
  const parts = opts.steps > 0 ? [Y.encodeStateAsUpdate(x, stateVector([[y.clientID, opts.steps]]))] : [];
  for (let w = 0; w < opts.writers; w++) {
    const z = new Y.Doc();
    const text = z.getText(opts.root);
    z.transact(() => {
      for (let i = 0; i <= opts.perWriter; i++) text.insert(0, 'x');
    });
    z.transact(() => text.delete(0, text.length));
    parts.push(Y.encodeStateAsUpdate(z, stateVector([[z.clientID, 1]])));
  }
  heldKeys = keys;
  const sent = await sendMany(name, parts.length, (i) => syncMessage(2, parts[i]));
  return { ...sent, partBytes: parts.map((p) => p.byteLength), keys: keys.length };
}

/**
 * Sends the keys `keepWaiting` held back, one every `everyMs`, in order: each lets one waiting
 * character in, so Yjs retries everything still waiting. Stops when the victim closes the channel.
 */
function releaseWaiting(everyMs: number, name: ConnName = 'workspace') {
  return trickle(heldKeys, everyMs, name);
}

/**
 * `messages` tiny messages, one every `everyMs`, each adding one more change to what waits: a
 * writer's characters typed one by one, all but its first, which never comes. Yjs merges each into
 * everything waiting, decoding and re-encoding all of it.
 */
function addToWaiting(messages: number, everyMs: number, name: ConnName = 'workspace') {
  const w = new Y.Doc();
  const updates: Uint8Array[] = [];
  w.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i <= messages; i++) w.getText('meta').insert(i, 'w');
  return trickle(updates.slice(1), everyMs, name);
}

/** Each update its own message, one every `everyMs`; stops when the victim closes the channel. */
async function trickle(updates: Uint8Array[], everyMs: number, name: ConnName) {
  let sent = 0;
  for (const update of updates) {
    try {
      for (const peer of peersOf(name)) peer.send(syncMessage(2, update));
    } catch {
      break; // the victim closed the channel
    }
    sent++;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return { sent, of: updates.length, bytes: Math.max(0, ...updates.map((u) => u.byteLength)) };
}

/**
 * Asks the victim for its whole state `times` times (sync step 1 with an empty state vector)
 * and counts the answers (sync step 2, or the first frame of a framed one) for `waitMs`.
 */
async function askSync(times: number, name: ConnName = 'workspace', waitMs = 3000): Promise<{ asked: number; answers: number }> {
  let answers = 0;
  const onData = (d: Uint8Array) => {
    const framedStart = d[0] === 0xf5 && d[1] === 0xac && new DataView(d.buffer, d.byteOffset).getUint32(6) === 0;
    if ((d[0] === 0 && d[1] === 1) || framedStart) answers++;
  };
  const peers = peersOf(name);
  for (const p of peers) p.on('data', onData);
  const { sent } = await sendMany(name, times, () => syncMessage(0, Y.encodeStateVector(new Y.Doc())));
  await new Promise((r) => setTimeout(r, waitMs));
  for (const p of peers) p.off('data', onData);
  return { asked: sent, answers };
}

/** Which of these strings appear anywhere in what the network sent this page. */
function receivedIncludes(needles: string[], name: ConnName = 'comparison'): string[] {
  const c = conns.get(name);
  if (!c) return [];
  return needles.filter((n) => c.received.some((t) => t.includes(n)));
}

/**
 * The doc as it stands (deletions applied). Roots this page never typed itself stay generic
 * in Yjs (their toJSON is empty), so read the items directly: map entries, list contents,
 * text joined into one string.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types are generic over their event
function plain(type: Y.AbstractType<any>): unknown {
  const value = (v: unknown) => (v instanceof Y.AbstractType ? plain(v as Y.AbstractType<any>) : v);
  if (type._map.size > 0) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of type._map) if (!item.deleted) out[key] = value(item.content.getContent().at(-1));
    return out;
  }
  const list: unknown[] = [];
  for (let item = type._start; item; item = item.right) if (!item.deleted && item.countable) list.push(...item.content.getContent().map(value));
  return list.length > 0 && list.every((x) => typeof x === 'string' && x.length === 1) ? list.join('') : list;
}

function state(name: ConnName = 'comparison'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, type] of conn(name).doc.share) out[key] = plain(type);
  return out;
}

function stats(name: ConnName = 'comparison') {
  const c = conn(name);
  const room = (c.provider as unknown as { room?: { peerId: string; webrtcConns: Map<string, { connected: boolean }>; bcConns: Set<string> } }).room;
  return {
    peers: webrtcPeers(name),
    peerId: room?.peerId,
    /** Remote peer ids with a WebRTC link (connected or still opening), and BroadcastChannel peers. */
    links: room ? [...room.webrtcConns].map(([id, w]) => ({ id, connected: w.connected })) : [],
    bcPeers: room ? [...room.bcConns] : [],
    receivedUpdates: c.receivedUpdates,
    receivedBytes: c.receivedBytes,
  };
}

/**
 * A third device: a same-origin iframe runs its own copy of this page (y-webrtc allows one
 * provider per room per page) and joins the comparison room as another peer.
 */
async function openThird(code: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.src = `${location.pathname}?third=1`;
  frame.id = 'third';
  const loaded = new Promise<void>((r) => frame.addEventListener('load', () => r(), { once: true }));
  document.body.append(frame);
  await loaded;
  const api = (frame.contentWindow as unknown as { hostile?: typeof hostile }).hostile;
  if (!api) throw new Error('third device: page did not load');
  api.join(code);
}

function thirdStats() {
  const frame = document.getElementById('third') as HTMLIFrameElement | null;
  const api = (frame?.contentWindow as unknown as { hostile?: typeof hostile } | null)?.hostile;
  return api?.stats();
}

const hostile = {
  join: (code: string) => open('comparison', code),
  joinWorkspace: (code: string) => open('workspace', code),
  set,
  setJson,
  setEmptyMap,
  setInRow,
  del,
  fill,
  flood,
  wipe,
  pendingFlood,
  repeatedDeletes,
  resend,
  keepWaiting,
  releaseWaiting,
  addToWaiting,
  askSync,
  state,
  stats,
  receivedIncludes,
  openThird,
  thirdStats,
  leave: (name: ConnName) => {
    conns.get(name)?.provider.destroy();
    conns.delete(name);
  },
};

export type HostileApi = typeof hostile;
(window as unknown as { hostile: HostileApi }).hostile = hostile;
document.title = new URLSearchParams(location.search).has('third') ? 'hostile third device' : 'hostile partner';
