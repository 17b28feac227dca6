import { describe, expect, it } from 'vitest';
import {
  createLogEntry,
  filterLog,
  openDecisions,
  sortLogByDateDesc,
} from '../../../../shared/workspace/log';
import type { LogEntry, LogKind, LogStatus } from '../../../../shared/workspace/types';

const now = new Date(2026, 2, 10, 12);
const e = (id: string, p: Partial<LogEntry>): LogEntry =>
  createLogEntry({ kind: 'decision', what: 'x', ...p, id }, { now });

describe('createLogEntry', () => {
  it('defaults to open, dated today, trimmed text', () => {
    const entry = createLogEntry({ kind: 'risk', what: '  Vendor lock-in ' }, { now, id: 'l1' });
    expect(entry).toEqual({
      id: 'l1',
      kind: 'risk',
      what: 'Vendor lock-in',
      decidedBy: '',
      forum: '',
      date: '2026-03-10',
      options: [],
      status: 'open',
    });
  });

  it('keeps a commit deadline when given and generates ids', () => {
    const a = createLogEntry({ kind: 'decision', what: 'a', commitDeadline: '2026-03-17' }, { now });
    const b = createLogEntry({ kind: 'decision', what: 'b' }, { now });
    expect(a.commitDeadline).toBe('2026-03-17');
    expect(a.id).not.toBe(b.id);
  });
});

describe('filterLog', () => {
  const entries = [
    e('1', { what: 'Delay SSO launch', forum: 'Monthly strategy', date: '2026-01-05' }),
    e('2', { kind: 'incident', what: 'Checkout outage', decidedBy: 'CTO', status: 'closed', date: '2026-02-01' }),
    e('3', { what: 'Hire two SREs', options: ['Contract', 'Full-time'], status: 'decided', date: '2026-02-01' }),
    e('4', { kind: 'risk', what: 'SSO vendor contract', status: 'open', date: '2026-03-01' }),
  ];

  it('matches all words, case-insensitively, across fields', () => {
    expect(filterLog(entries, { text: 'sso' }).map((x) => x.id)).toEqual(['1', '4']);
    expect(filterLog(entries, { text: 'SSO monthly' }).map((x) => x.id)).toEqual(['1']);
    expect(filterLog(entries, { text: 'full-time' }).map((x) => x.id)).toEqual(['3']);
    expect(filterLog(entries, { text: '  ' }).map((x) => x.id)).toEqual(['1', '2', '3', '4']);
  });

  it('filters by kind and status together with text', () => {
    expect(filterLog(entries, { kind: 'decision' }).map((x) => x.id)).toEqual(['1', '3']);
    expect(filterLog(entries, { status: 'open', text: 'sso' }).map((x) => x.id)).toEqual(['1', '4']);
    expect(filterLog(entries, { kind: 'risk', status: 'closed' })).toEqual([]);
  });

  it('sorts newest first with id as tie-breaker, and lists open decisions', () => {
    expect(sortLogByDateDesc(entries).map((x) => x.id)).toEqual(['4', '2', '3', '1']);
    const revisited = e('5', { what: 'Pricing', status: 'revisited', date: '2026-02-15' });
    expect(openDecisions([...entries, revisited]).map((x) => x.id)).toEqual(['5', '1']);
  });

  it('filters 10,000 entries by text and kind at once (its speed: the bench)', () => {
    const kinds: LogKind[] = ['decision', 'risk', 'incident', 'capacity'];
    const statuses: LogStatus[] = ['open', 'decided', 'revisited', 'closed'];
    const big = Array.from({ length: 10_000 }, (_, i) =>
      e(`b${i}`, {
        kind: kinds[i % 4],
        status: statuses[i % 3],
        what: `Item ${i} about ${i % 7 === 0 ? 'billing' : 'platform'} work`,
        forum: 'Weekly 1:1',
        date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    filterLog(big, { text: 'warm' }); // builds the key cache once
    // Its speed is the bench's (decision_log_10k_filter_median), not a time bound here.
    const hits = filterLog(big, { text: 'billing work', kind: 'decision' }).length;
    // i % 7 === 0 and i % 4 === 0 → i % 28 === 0 → 0, 28, … 9996 → 358 entries.
    expect(hits).toBe(358);
  });
});
