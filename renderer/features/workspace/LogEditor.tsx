import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { createLogEntry, filterLog, sortLogByDateDesc } from '../../../shared/workspace/log';
import { isIsoDate } from '../../../shared/workspace/dates';
import { LOG_KINDS, LOG_STATUSES, type LogEntry, type LogKind, type LogStatus, type Workspace } from '../../../shared/workspace/types';
import { NOT_SET } from '../../../shared/workspace/not-set';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { ChoiceSelect, EditorHead, Empty, Issues, ListInput, TextInput } from './fields';
import { DebatePolicy } from './PolicyFields';
import { useAgreement } from './AgreementBar';
import { useOffsiteRecordAsRead } from '../offsite/capture/use-offsite';
import { logEntryState } from '../../../shared/plan/appendices';
import { offsiteLogStates } from '../../../shared/plan/offsite';
import { withStateInStatus } from '../../../shared/plan/markdown';

type LogStates = ReturnType<typeof offsiteLogStates>;

/**
 * An entry's status as the exec document and the plan print it: either laptop writes the log,
 * so "decided" says whether both leaders confirmed it at the offsite ("decided as logged, not
 * confirmed by both", "decided at the offsite, proposed (not yet agreed)").
 */
function statusText(e: LogEntry, states: LogStates): string {
  return withStateInStatus({ ...e, ...logEntryState(e, states.unconfirmedLog, states.agreedLog) }).status || NOT_SET;
}

const KINDS: readonly LogKind[] = LOG_KINDS;
const STATUSES: readonly LogStatus[] = LOG_STATUSES;
const KIND_OPTIONS = KINDS.map((k) => ({ value: k, label: k }));
const STATUS_OPTIONS = STATUSES.map((k) => ({ value: k, label: k }));
/** A one-line row; real heights are measured as rows render. */
const ESTIMATED_ROW_HEIGHT = 44;
const VIEW_HEIGHT = 440;
const OVERSCAN = 6;
const estimateSize = () => ESTIMATED_ROW_HEIGHT;

/**
 * The log sorted for display, kept per projected log: the projection hands out the same
 * array until the log changes, so opening the tab again does not sort 50,000 entries again.
 */
const sortedLogs = new WeakMap<readonly LogEntry[], LogEntry[]>();
function sortedLog(log: readonly LogEntry[]): LogEntry[] {
  let sorted = sortedLogs.get(log);
  if (!sorted) sortedLogs.set(log, (sorted = sortLogByDateDesc(log)));
  return sorted;
}

function EntryEditor({ entry, onClose }: { entry: LogEntry; onClose(): void }) {
  const { setField, removeItem } = useWorkspaceStore();
  const issues: string[] = [];
  if (!entry.what.trim()) issues.push('Say what was decided or raised.');
  if (!isIsoDate(entry.date)) issues.push('Pick the date.');
  if (!entry.kind) issues.push('Choose the kind of entry.');
  if (!entry.status) issues.push('Choose the status.');
  if (entry.kind === 'decision' && entry.status !== 'open' && entry.status !== '' && !entry.decidedBy.trim()) issues.push('Name who decided.');
  return (
    <section className="card ws-entry" aria-label="Edit log entry" data-entry={entry.id}>
      <div className="ws-entry-grid">
        <label className="field ws-span2">
          What
          <TextInput label="What" value={entry.what} invalid={!entry.what.trim()} onChange={(v) => setField('log', entry.id, 'what', v)} />
        </label>
        <label className="field">
          Kind
          <ChoiceSelect value={entry.kind} options={KIND_OPTIONS} onChange={(v) => setField('log', entry.id, 'kind', v)} />
        </label>
        <label className="field">
          Status
          <ChoiceSelect value={entry.status} options={STATUS_OPTIONS} onChange={(v) => setField('log', entry.id, 'status', v)} />
        </label>
        <label className="field">
          Who decided
          <TextInput label="Who decided" value={entry.decidedBy} onChange={(v) => setField('log', entry.id, 'decidedBy', v)} />
        </label>
        <label className="field">
          Forum
          <TextInput label="Forum" value={entry.forum} onChange={(v) => setField('log', entry.id, 'forum', v)} />
        </label>
        <label className="field">
          Date
          <input type="date" value={entry.date} onChange={(e) => setField('log', entry.id, 'date', e.target.value)} />
        </label>
        <label className="field">
          Disagree-and-commit by
          <input type="date" value={entry.commitDeadline ?? ''} onChange={(e) => setField('log', entry.id, 'commitDeadline', e.target.value || undefined)} />
        </label>
        <label className="field ws-span2">
          Options considered <span className="muted small">(one per line)</span>
          <ListInput label="Options considered" lines value={entry.options} onChange={(v) => setField('log', entry.id, 'options', v)} />
        </label>
      </div>
      <Issues issues={issues} />
      <div className="row">
        <button type="button" onClick={onClose}>Done</button>
        <button type="button" className="danger" onClick={() => { removeItem('log', entry.id); onClose(); }}>
          Delete entry
        </button>
      </div>
    </section>
  );
}

/** Green only for what both confirmed or nobody claims decided; a one-sided "decided" is not. */
function StatusBadge({ entry, states }: { entry: LogEntry; states: LogStates }) {
  const text = statusText(entry, states);
  const unconfirmed = Boolean(entry.status) && text !== entry.status;
  return <span className={`badge ws-status-badge ws-status-badge-${unconfirmed ? 'unconfirmed' : entry.status}`}>{text}</span>;
}

/**
 * A windowed list (@tanstack/react-virtual): only the rows in view (plus a few)
 * are in the DOM, and each row is measured after it renders, so a long decision
 * wraps and reads in full instead of being clipped to a fixed height.
 */
function VirtualLog({ entries, selected, onSelect, states }: { entries: LogEntry[]; selected?: string; onSelect(id: string): void; states: LogStates }) {
  const box = useRef<HTMLDivElement>(null);
  // Stable per list: a new getItemKey makes the virtualizer re-lay out every row (O(n))
  // on each render, and it renders once per measured row: O(n × rows) per open.
  const getItemKey = useCallback((i: number) => entries[i].id, [entries]);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => box.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    // First paint before the box is measured: assume it is full height, so rows show at once.
    initialRect: { width: 0, height: VIEW_HEIGHT },
  });

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const at = entries.findIndex((x) => x.id === (document.activeElement as HTMLElement | null)?.dataset.id);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? entries.length - 1 : Math.max(0, Math.min(entries.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
    if (next < 0) return;
    e.preventDefault();
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const focus = (tries: number) => {
      const el = box.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(entries[next].id)}"]`);
      if (el) el.focus({ preventScroll: false });
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    // Rows far away are measured over a few frames before the target renders; a busy laptop needs more.
    requestAnimationFrame(() => focus(60));
  }

  return (
    <div
      ref={box}
      className="ws-vlist"
      // Tall enough on a laptop screen for a long decision to show whole; scrolls beyond.
      style={{ maxHeight: `max(${VIEW_HEIGHT}px, 70vh)` }}
      onKeyDown={onKeyDown}
      role="list"
      aria-label={`Log entries (${entries.length})`}
      data-testid="log-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const e = entries[row.index];
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="listitem"
              className="ws-vrow"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button
                type="button"
                data-id={e.id}
                className={`ws-vbutton ${selected === e.id ? 'ws-selected' : ''}`}
                aria-pressed={selected === e.id}
                aria-setsize={entries.length}
                aria-posinset={row.index + 1}
                onClick={() => onSelect(e.id)}
              >
                <span className="ws-vdate">{e.date}</span>
                <span className={`badge ws-kind-${e.kind}`}>{e.kind || NOT_SET}</span>
                <span className="ws-vwhat">{e.what || '(no description)'}</span>
                <span className="ws-vwho muted small">{[e.decidedBy, e.forum].filter(Boolean).join(' · ')}</span>
                <StatusBadge entry={e} states={states} />
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Benchmark mode (\`?bench\` in the URL) offers sample data to check the list stays fast. */
const BENCH = typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');

/** `n` entries numbered from `start`, so repeated clicks grow the log (10k, 20k, … for the scale bench). */
function sampleEntries(n: number, start: number): LogEntry[] {
  const now = new Date();
  const forums = ['Weekly 1:1', 'Monthly strategy review', 'Quarterly planning', 'Board prep'];
  return Array.from({ length: n }, (_, k) => {
    const i = start + k;
    const kind = KINDS[i % KINDS.length];
    const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (i % 900));
    return createLogEntry(
      { kind, what: `Sample ${kind} ${i}`, decidedBy: i % 2 ? 'CEO' : 'CTO', forum: forums[i % forums.length], status: STATUSES[i % STATUSES.length], date: date.toISOString().slice(0, 10) },
      { now, id: `log-sample-${i}` },
    );
  });
}

export function LogEditor({ ws }: { ws: Workspace }) {
  const addItem = useWorkspaceStore((s) => s.addItem);
  const addLogEntries = useWorkspaceStore((s) => s.addLogEntries);
  const [kind, setKind] = useState<LogKind>('decision');
  const [what, setWhat] = useState('');
  const [addError, setAddError] = useState<string>();
  const [filterKind, setFilterKind] = useState<LogKind | ''>('');
  const [filterStatus, setFilterStatus] = useState<LogStatus | ''>('');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string>();
  const deferredSearch = useDeferredValue(search);
  const sorted = sortedLog(ws.log);
  const shown = useMemo(
    () =>
      deferredSearch.trim() || filterKind || filterStatus
        ? filterLog(sorted, { text: deferredSearch, kind: filterKind || undefined, status: filterStatus || undefined })
        : sorted,
    [sorted, deferredSearch, filterKind, filterStatus],
  );
  const selectedEntry = selected ? ws.log.find((e) => e.id === selected) : undefined;
  const offsite = useOffsiteRecordAsRead();
  const { agreement } = useAgreement();
  const states = useMemo(() => offsiteLogStates(offsite, agreement), [offsite, agreement]);

  function add(e: React.FormEvent) {
    e.preventDefault();
    if (!what.trim()) return setAddError('Say what was decided or raised.');
    setAddError(undefined);
    const entry = createLogEntry({ kind, what }, { now: new Date() });
    addItem('log', entry);
    setWhat('');
    setSelected(entry.id);
  }

  return (
    <section aria-labelledby="ws-log-title">
      <EditorHead title="Decision log" artifact="log">
        Decisions, risks, incidents and capacity calls with who decided, where, the options and a disagree-and-commit date.
      </EditorHead>
      <DebatePolicy />
      <form className="row ws-log-add" onSubmit={add} aria-label="Add a log entry">
        <label className="field">
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as LogKind)}>
            {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
        <label className="field ws-grow">
          New entry
          <input type="text" value={what} placeholder="What was decided or raised" aria-invalid={Boolean(addError) || undefined} onChange={(e) => setWhat(e.target.value)} />
        </label>
        <button type="submit" className="primary">Add entry</button>
        {addError && <span className="field-error" role="alert">{addError}</span>}
        {BENCH && (
          <button type="button" onClick={() => addLogEntries(sampleEntries(10_000, ws.log.length))}>
            Add 10,000 sample entries
          </button>
        )}
      </form>
      {selectedEntry && <EntryEditor key={selectedEntry.id} entry={selectedEntry} onClose={() => setSelected(undefined)} />}
      {ws.log.length === 0 ? (
        <Empty>The decision log turns “we talked about it” into “we decided it”: who, where, when and by when everyone commits.</Empty>
      ) : (
        <>
          <div className="row ws-filters" role="search">
            <label className="field ws-grow">
              Search
              <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Words in what, who, forum, options" />
            </label>
            <label className="field">
              Kind
              <select aria-label="Filter by kind" value={filterKind} onChange={(e) => setFilterKind(e.target.value as LogKind | '')}>
                <option value="">All kinds</option>
                {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </label>
            <label className="field">
              Status
              <select aria-label="Filter by status" value={filterStatus} onChange={(e) => setFilterStatus(e.target.value as LogStatus | '')}>
                <option value="">All statuses</option>
                {STATUSES.map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </label>
          </div>
          <p className="muted small" role="status" data-testid="log-count">
            {shown.length === ws.log.length ? `${ws.log.length.toLocaleString('en-US')} ${ws.log.length === 1 ? 'entry' : 'entries'}` : `${shown.length.toLocaleString('en-US')} of ${ws.log.length.toLocaleString('en-US')} ${ws.log.length === 1 ? 'entry' : 'entries'}`}
          </p>
          {shown.length === 0 ? <p className="muted">No entry matches these filters.</p> : <VirtualLog entries={shown} selected={selected} onSelect={setSelected} states={states} />}
        </>
      )}
    </section>
  );
}
