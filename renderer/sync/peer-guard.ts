import type * as Y from 'yjs';
import { heldEntries, measureEntries } from './entry-tally';
import { inspectUpdate, type EntryTarget, type Growth } from './update-inspector';

/**
 * Every update from the network is checked before it reaches a document we persist
 * or project: size, that it decodes and builds on what we hold, which top-level
 * entries it writes, and — for documents with per-writer entries (the comparison) —
 * which keys it writes and deletes. The check reads the update, not the document,
 * so its cost follows the update. A refused update changes nothing locally.
 */
export interface PeerLimits {
  maxUpdateBytes: number;
  maxDocBytes: number;
  /** Top-level names the document may hold (e.g. participants, commitments, reveals). */
  roots: readonly string[];
  /** Who may write or delete which root-level map entry (documents of plain JSON entries). */
  entries?: EntryRules;
  /**
   * How many entries all root maps may hold together, counting entries deleted since (Yjs
   * keeps their keys); unset: no limit. Reading the doc costs per entry, so a flood of empty
   * rows well inside the byte limits would otherwise freeze every read of it.
   */
  maxRootEntries?: number;
  /**
   * How many entries the whole document may hold, at any depth: the keys of every map (deleted
   * ones too, as above) and the elements of every list, not text characters; unset: no limit.
   * A partner that cannot add rows can still put its flood inside one, or spread it over rows.
   */
  maxEntries?: number;
  /** How many entries one nested map or list (a row, a list cell) may hold; unset: no limit. */
  maxEntriesPerType?: number;
  /** How deep shared types may nest (a type in a root: 1); unset: no limit. */
  maxTypeDepth?: number;
  /** Per-peer rate limit over a sliding window; beyond it the peer is dropped. */
  rate?: { windowMs: number; maxUpdates: number; maxBytes: number };
}

export interface EntryRules {
  /** Why a peer may not write `root[key]` (undefined: allowed). `exists`: this laptop already holds a value there. */
  write(root: string, key: string | undefined, exists: boolean): string | undefined;
  /** Why a peer may not delete the value at `root[key]`. */
  remove(root: string, key: string | undefined): string | undefined;
  /** Largest JSON value one entry may hold. */
  maxValueBytes: number;
  /** Current value check (`exists` above). */
  has(root: string, key: string): boolean;
}

export type RefusalKind = 'malformed' | 'pending' | 'size' | 'shape' | 'protocol' | 'rate';
export type PeerCheck = { ok: true } | { ok: false; reason: string; kind: RefusalKind; pending?: boolean };

const refuse = (kind: RefusalKind, reason: string): PeerCheck => ({ ok: false, kind, reason, ...(kind === 'pending' ? { pending: true } : {}) });

/** `docBytes`: the caller's running upper bound on the document's encoded size (see peer-inbox). */
export function checkPeerUpdate(current: Y.Doc, update: Uint8Array, limits: PeerLimits, docBytes = 0): PeerCheck {
  if (!(update instanceof Uint8Array)) return refuse('malformed', 'update is not binary');
  if (update.byteLength > limits.maxUpdateBytes) {
    return refuse('size', `update of ${update.byteLength} bytes is over the ${limits.maxUpdateBytes}-byte limit`);
  }
  if (docBytes + update.byteLength > limits.maxDocBytes) {
    return refuse('size', `document would grow to ${docBytes + update.byteLength} bytes, over the ${limits.maxDocBytes}-byte limit`);
  }
  const seen = inspectUpdate(current, update, Boolean(limits.entries), limits.maxTypeDepth);
  if (!seen.ok) return refuse(seen.pending ? 'pending' : 'malformed', seen.reason);
  for (const root of seen.newRoots) {
    if (!limits.roots.includes(root)) return refuse('shape', `unexpected top-level entry "${root.slice(0, 40)}"`);
  }
  if (limits.maxRootEntries !== undefined) {
    const held = rootEntries(current);
    const added = newRootKeys(current, seen.inserts);
    if (held + added > limits.maxRootEntries) {
      return refuse('size', `${added} new top-level entries would make ${held + added}, over the ${limits.maxRootEntries}-entry limit`);
    }
  }
  const flood = checkEntries(current, seen.entries, limits);
  if (flood) return flood;
  if (limits.maxTypeDepth !== undefined && seen.typeDepth > limits.maxTypeDepth) {
    return refuse('shape', `shared types nested more than ${limits.maxTypeDepth} deep`);
  }
  const rules = limits.entries;
  if (!rules) return { ok: true };
  const writtenOnce = new Set<string>();
  for (const target of seen.inserts) {
    const broken = checkInsert(target, rules, writtenOnce);
    if (broken) return broken;
  }
  for (const target of seen.deletes) {
    const why = rules.remove(target.root ?? '', target.key);
    if (why) return refuse('protocol', why);
  }
  return { ok: true };
}

/** Entries the update adds, against the per-type and whole-document caps (the doc's count is kept, not walked). */
function checkEntries(doc: Y.Doc, entries: { added: number; byType: Growth[] }, limits: PeerLimits): PeerCheck | undefined {
  if (entries.added === 0) return undefined;
  const perType = limits.maxEntriesPerType;
  if (perType !== undefined) {
    for (const g of entries.byType) {
      if (g.nested && g.held + g.added > perType) {
        return refuse('size', `${g.where()}: ${g.added} new ${g.added === 1 ? 'entry' : 'entries'} would make ${g.held + g.added} in one nested map or list, over the ${perType}-entry limit`);
      }
    }
  }
  if (limits.maxEntries === undefined) return undefined;
  const held = heldEntries(doc);
  if (held + entries.added <= limits.maxEntries) return undefined;
  const most = entries.byType.reduce((a, b) => (b.added > a.added ? b : a));
  return refuse(
    'size',
    `${entries.added} new entries (map keys and list items, at any depth) would make ${held + entries.added}, over the ${limits.maxEntries}-entry limit; most of them (${most.added}) in ${most.where()}`,
  );
}

/**
 * The entry caps above (top-level entries, entries in one nested map or list, entries in all) on a
 * document as it stands: for one that arrives whole rather than update by update through
 * checkPeerUpdate — a backup's (renderer/data/backup-repository.ts). O(doc). Why it is over, or undefined.
 */
export function checkHeldEntries(doc: Y.Doc, limits: PeerLimits): string | undefined {
  if (limits.maxRootEntries !== undefined) {
    const held = rootEntries(doc);
    if (held > limits.maxRootEntries) return `${held} top-level entries, over the ${limits.maxRootEntries}-entry limit`;
  }
  const { entries, widest } = measureEntries(doc);
  const perType = limits.maxEntriesPerType;
  if (perType !== undefined && widest && widest.entries > perType) {
    return `${widest.where}: ${widest.entries} entries in one nested map or list, over the ${perType}-entry limit`;
  }
  if (limits.maxEntries !== undefined && entries > limits.maxEntries) {
    return `${entries} entries (map keys and list items, at any depth), over the ${limits.maxEntries}-entry limit`;
  }
  return undefined;
}

type Keyed = { _map: Map<string, unknown> };

/** Entries the root maps hold, deleted ones included (an upper bound, read in O(roots)). */
function rootEntries(doc: Y.Doc): number {
  let n = 0;
  for (const type of doc.share.values()) n += (type as unknown as Keyed)._map.size;
  return n;
}

/** Distinct root-map keys the update writes that the doc has never held. */
function newRootKeys(doc: Y.Doc, inserts: readonly EntryTarget[]): number {
  const fresh = new Set<string>();
  for (const t of inserts) {
    if (t.root === undefined || t.key === undefined) continue;
    const held = (doc.share.get(t.root) as unknown as Keyed | undefined)?._map;
    if (!held?.has(t.key)) fresh.add(`${t.root}\u0000${t.key}`);
  }
  return fresh.size;
}

function checkInsert(target: EntryTarget, rules: EntryRules, writtenOnce: Set<string>): PeerCheck | undefined {
  if (!target.root || target.key === undefined) return refuse('shape', 'nested or list content is not part of this document');
  if (target.content !== 'any' && target.content !== 'deleted') {
    return refuse('shape', `${target.root}.${target.key.slice(0, 20)}: only plain values are allowed here`);
  }
  if (target.valueBytes > rules.maxValueBytes) {
    return refuse('size', `${target.root}.${target.key.slice(0, 20)}: value of ${target.valueBytes} bytes is over the ${rules.maxValueBytes}-byte limit`);
  }
  const slot = `${target.root}\u0000${target.key}`;
  const exists = rules.has(target.root, target.key) || writtenOnce.has(slot);
  writtenOnce.add(slot);
  const why = rules.write(target.root, target.key, exists);
  return why ? refuse('protocol', why) : undefined;
}

/** Origin of transactions that bring a peer's changes into the trusted doc. */
export const PEER_ORIGIN = Symbol('peer');
