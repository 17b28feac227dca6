/**
 * Decision / risk / incident / capacity log. It turns "we talked about it"
 * into "we decided it". Filtering must stay instant over 10,000 entries, so
 * each entry's lowercase search text is computed once and cached by identity.
 */
import type { LogEntry, LogKind, LogStatus } from './types';
import { toIsoDate } from './dates';
import { newId } from './id';

export interface LogQuery {
  /** Whitespace-separated words; an entry must contain all of them. */
  text?: string;
  kind?: LogKind;
  status?: LogStatus;
}

// Entries are immutable plain data (edits create new objects), so an
// identity-keyed cache never goes stale and is freed with the entry.
const keyCache = new WeakMap<LogEntry, string>();

export function searchKey(e: LogEntry): string {
  let key = keyCache.get(e);
  if (key === undefined) {
    key = [e.what, e.decidedBy, e.forum, e.date, e.commitDeadline ?? '', e.kind, e.status, ...e.options]
      .join('\n')
      .toLowerCase();
    keyCache.set(e, key);
  }
  return key;
}

/** Keeps the input order; combine with sortLogByDateDesc for display. */
export function filterLog(entries: readonly LogEntry[], q: LogQuery = {}): LogEntry[] {
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const out: LogEntry[] = [];
  for (const e of entries) {
    if (q.kind && e.kind !== q.kind) continue;
    if (q.status && e.status !== q.status) continue;
    if (words.length) {
      const key = searchKey(e);
      let all = true;
      for (const w of words) {
        if (!key.includes(w)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    out.push(e);
  }
  return out;
}

/** Newest first; ties broken by id so the order is stable across peers. */
export function sortLogByDateDesc(entries: readonly LogEntry[]): LogEntry[] {
  return entries.slice().sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type NewLogEntry = Pick<LogEntry, 'kind' | 'what'> & Partial<Omit<LogEntry, 'kind' | 'what'>>;

/** A new entry dated today, open until someone records the decision. */
export function createLogEntry(input: NewLogEntry, opts: { now: Date; id?: string }): LogEntry {
  return {
    id: input.id ?? opts.id ?? newId('log'),
    kind: input.kind,
    what: input.what.trim(),
    decidedBy: input.decidedBy ?? '',
    forum: input.forum ?? '',
    date: input.date ?? toIsoDate(opts.now),
    options: input.options ?? [],
    ...(input.commitDeadline ? { commitDeadline: input.commitDeadline } : {}),
    status: input.status ?? 'open',
  };
}

/** Decisions still waiting to be closed (open, or reopened for a second look). */
export function openDecisions(entries: readonly LogEntry[]): LogEntry[] {
  return sortLogByDateDesc(entries.filter((e) => e.kind === 'decision' && (e.status === 'open' || e.status === 'revisited')));
}
