/**
 * The dishonest partner: a page built from PLAIN yjs + y-webrtc, none of Accord's code.
 * It holds the invite and speaks the comparison protocol only as far as it wants to.
 * Everything it can do is a function on `window.hostile`, driven by the e2e specs
 * (test/e2e/support/hostile-peer.ts) through Playwright.
 */
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';

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
