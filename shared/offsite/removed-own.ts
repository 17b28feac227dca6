/**
 * A capture or parked item this laptop wrote that a partner's change removed. One at a time stays
 * under the mass-delete threshold (workspace-mass-delete.ts), so without this it was simply gone
 * from the room and the plan; now the leader is told what went and can write it back.
 *
 * Pure: which removed entries were this laptop's (its own-write records decide:
 * renderer/sync/own-writes.ts, own-parked.ts), the notice's words, and the kept list read back.
 */
import { bodyOf, describeCapture, type Capture, type ParkedItem } from './capture';
import { parseCapture, parseParked } from './capture-record';
import { isIsoDateTime } from '../schema/iso-date-time';

/** The item removed, as it stood. */
export type RemovedItem = { kind: 'capture'; item: Capture } | { kind: 'parked'; item: ParkedItem };

export type OwnRemoval = RemovedItem & {
  /** It no longer stood as this laptop wrote it when it was removed: what comes back is the version removed. */
  changed: boolean;
  /** Not written here, but this laptop's leader confirmed it as it stood (an agreement gone with it). */
  confirmedHere?: true;
  /** When the removal arrived. */
  at: string;
};

/** 'confirmed': not written here, but confirmed here exactly as it stood (a capture both agreed, say). */
export type Written = 'as-written' | 'changed' | 'confirmed' | 'none';

/** An entry of the captures or parking root a change took away or replaced: its value before, and now (undefined: gone). */
export interface ChangedEntry {
  kind: OwnRemoval['kind'];
  key: string;
  before: unknown;
  after: unknown;
}

/** At most this many are kept (newest): more in one go is a mass delete, which has its own notice and restore. */
export const MAX_KEPT_REMOVALS = 20;

const parse = (kind: OwnRemoval['kind'], key: string, value: unknown) => (kind === 'capture' ? parseCapture(key, value) : parseParked(key, value));

const removal = (kind: OwnRemoval['kind'], item: Capture | ParkedItem, changed: boolean, at: string, confirmedHere = false): OwnRemoval => {
  const flag = confirmedHere ? { confirmedHere: true as const } : {};
  return kind === 'capture' ? { kind, item: item as Capture, changed, at, ...flag } : { kind, item: item as ParkedItem, changed, at, ...flag };
};

/**
 * The entries removed — a record before, none now (deleted, or replaced by something no reader
 * takes for one) — that this laptop wrote. A record replaced by another record is a change, not a
 * removal: the lists already say when one no longer stands as written here.
 */
export function ownRemovals(entries: readonly ChangedEntry[], written: { capture(c: Capture): Written; parked(p: ParkedItem): Written }, at: string): OwnRemoval[] {
  const out: OwnRemoval[] = [];
  for (const e of entries) {
    const was = parse(e.kind, e.key, e.before);
    if (!was.ok || (e.after !== undefined && parse(e.kind, e.key, e.after).ok)) continue;
    const w = e.kind === 'capture' ? written.capture(was.value as Capture) : written.parked(was.value as ParkedItem);
    if (w === 'none') continue;
    out.push(removal(e.kind, was.value, w === 'changed', at, w === 'confirmed'));
  }
  return out;
}

/** One per item: "capture:<id>", "parked:<id>". */
export const keyOf = (kind: OwnRemoval['kind'], id: string) => `${kind}:${id}`;
export const removalKey = (r: RemovedItem) => keyOf(r.kind, r.item.id);

/** `kept` with `added`, one per item (the newest removal of it), newest last, at most MAX_KEPT_REMOVALS. */
export function mergeRemovals(kept: readonly OwnRemoval[], added: readonly OwnRemoval[]): OwnRemoval[] {
  const fresh = new Set(added.map(removalKey));
  return [...kept.filter((r) => !fresh.has(removalKey(r))), ...added].slice(-MAX_KEPT_REMOVALS);
}

/**
 * How many removals past the list are still counted (by key only: no content). The partner's
 * laptop can remove more than MAX_KEPT_REMOVALS of this leader's items a few at a time (each change
 * under the mass-delete threshold), pushing the first out of the list, then put the others back:
 * without this count the first would be gone with nothing said.
 */
export const MAX_UNLISTED_REMOVALS = 1000;

/**
 * The keys `unlisted` with those `merged` pushed out of `before` and `added` (mergeRemovals), none
 * that is listed again, newest last, at most MAX_UNLISTED_REMOVALS.
 */
export function mergeUnlisted(unlisted: readonly string[], before: readonly OwnRemoval[], added: readonly OwnRemoval[], merged: readonly OwnRemoval[]): string[] {
  const listed = new Set(merged.map(removalKey));
  const out = new Set(unlisted);
  for (const r of [...before, ...added]) {
    const k = removalKey(r);
    out.delete(k); // re-inserted last when pushed out again: the newest stay when the count is cut
    if (!listed.has(k)) out.add(k);
  }
  for (const k of listed) out.delete(k);
  return [...out].slice(-MAX_UNLISTED_REMOVALS);
}

/** A removal key read back ("capture:<id>", "parked:<id>"); undefined for anything else. */
export function parseRemovalKey(key: unknown): { kind: OwnRemoval['kind']; id: string } | undefined {
  if (typeof key !== 'string') return undefined;
  const m = /^(capture|parked):(.+)$/s.exec(key);
  return m ? { kind: m[1] as OwnRemoval['kind'], id: m[2] } : undefined;
}

/** The kept count's keys as stored (untrusted): anything that is not a removal key is dropped. */
export function parseUnlisted(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((k): k is string => parseRemovalKey(k) !== undefined))].slice(-MAX_UNLISTED_REMOVALS) : [];
}

/** Long enough to recognise, short enough for a line: the notice names what went, the restore brings all of it. */
const BRIEF = 120;

/** "Decision: Ship the beta by March (owner CEO; …", "Parked: Office move". */
export function removalText(r: RemovedItem): string {
  const full = (r.kind === 'capture' ? describeCapture(bodyOf(r.item)) : `Parked: ${r.item.text}`).replace(/\s+/g, ' ').trim();
  return full.length > BRIEF ? `${full.slice(0, BRIEF - 1).trimEnd()}…` : full;
}

/** The kept list as stored (untrusted: another version, or edited by hand): entries that do not read as one are dropped. */
export function parseRemovals(value: unknown): OwnRemoval[] {
  if (!Array.isArray(value)) return [];
  const out: OwnRemoval[] = [];
  for (const v of value) {
    if (!v || typeof v !== 'object') continue;
    const { kind, item, changed, at, confirmedHere } = v as Record<string, unknown>;
    if ((kind !== 'capture' && kind !== 'parked') || typeof changed !== 'boolean' || typeof at !== 'string' || !isIsoDateTime(at)) continue;
    const id = (item as { id?: unknown } | null)?.id;
    const read = typeof id === 'string' ? parse(kind, id, item) : undefined;
    // A `tookEntry` stored by an earlier version is not read: it named the key, not the entry written
    // here. What Restore writes back beside a capture is read from own-entries.ts at the time.
    if (read?.ok) out.push(removal(kind, read.value, changed, at, confirmedHere === true));
  }
  return mergeRemovals([], out);
}
