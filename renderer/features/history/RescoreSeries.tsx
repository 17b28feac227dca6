import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Round } from '../../../shared/assessment/types';
import { CHANGE_ORDER, CHANGE_WORDS } from '../../../shared/offsite/day30-report';
import { day30Series, type SeriesEntry } from '../../../shared/offsite/day30-series';
import { payloadFromRound } from '../../../shared/reveal/payload';
import { buildComparison } from '../../../shared/session/comparison';

const ComparisonView = lazy(() => import('../compare/ComparisonView'));

function day(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

const keyOf = (e: SeriesEntry) => `${e.comparison.ceo.id}|${e.comparison.cto.id}`;

/** The classes as one stacked bar: green for what closed or narrowed, red for what came closer only by scoring lower, widened or is new. */
function ChangeBar({ entry }: { entry: SeriesEntry }) {
  const total = CHANGE_ORDER.reduce((s, c) => s + entry.counts[c], 0);
  if (total === 0) return <span className="muted small">No gaps then or now</span>;
  return (
    <span className="series-bar" aria-hidden="true">
      {CHANGE_ORDER.filter((c) => entry.counts[c] > 0).map((c) => (
        <i key={c} className={`series-seg seg-${c}`} style={{ flexGrow: entry.counts[c] }} title={`${CHANGE_WORDS[c]}: ${entry.counts[c]}`} />
      ))}
    </span>
  );
}

function Opened({ entry, onClose }: { entry: SeriesEntry; onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const comparison = useMemo(() => buildComparison(payloadFromRound(entry.comparison.ceo), payloadFromRound(entry.comparison.cto)), [entry]);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [entry]);
  return (
    <div className="stack series-opened" data-testid="series-opened">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h3 ref={heading} tabIndex={-1}>
          {entry.comparison.label} <span className="muted small">· compared {day(entry.comparison.completedAt)}</span>
        </h3>
        <button type="button" onClick={onClose}>
          Close the comparison
        </button>
      </div>
      <Suspense fallback={<p className="loading">Loading comparison…</p>}>
        <ComparisonView comparison={comparison} />
      </Suspense>
    </div>
  );
}

/**
 * Each comparison after the pair's first, measured against the one before it (its
 * baseline): how many statements closed, narrowed, stayed, shifted (as far apart, scores moved), came closer only by
 * scoring lower, widened or became gaps.
 */
export function RescoreSeries({ rounds }: { rounds: readonly Round[] }) {
  const series = useMemo(() => day30Series(rounds), [rounds]);
  const [open, setOpen] = useState<string>();
  const opened = series.find((e) => keyOf(e) === open);
  return (
    <div className="card stack" data-testid="day30-series">
      <div>
        <h2>Did the repair work?</h2>
        <p className="muted small">
          Every comparison after your first is measured against the one before it with the same partner: how many statements that were gaps
          closed (both now 4 or 5), narrowed, stayed as they were, came closer but scored lower (you met lower down: not a repair) or widened,
          and how many are new gaps.
        </p>
      </div>
      {series.length === 0 ? (
        <div className="history-empty" data-testid="day30-series-empty">
          <p>
            <strong>This starts with your second comparison.</strong> Once both of you have sealed a re-score — the plan schedules one at day 30 —
            it is measured here against the comparison before it.
          </p>
        </div>
      ) : (
        <ol className="series-list" aria-label="Comparisons against their baseline, newest first">
          {[...series].reverse().map((e, i) => (
            <li key={keyOf(e)} className="series-entry" data-testid="series-entry" data-label={e.comparison.label}>
              <div data-testid="series-name">
                <strong id={`series-name-${i}`}>{e.comparison.label}</strong>
                <div className="muted small">
                  {day(e.comparison.completedAt)} · against “{e.baseline.label}” ({day(e.baseline.completedAt)})
                </div>
              </div>
              <div className="series-counts">
                <ChangeBar entry={e} />
                <ul className="series-chips small">
                  {CHANGE_ORDER.map((c) => (
                    <li key={c} className={`count-${c}`}>
                      {c === 'new' ? 'New' : CHANGE_WORDS[c]} <strong data-testid={`series-${c}`}>{e.counts[c]}</strong>
                    </li>
                  ))}
                </ul>
              </div>
              <button type="button" aria-describedby={`series-name-${i}`} aria-expanded={open === keyOf(e)} onClick={() => setOpen(open === keyOf(e) ? undefined : keyOf(e))}>
                {open === keyOf(e) ? 'Close' : 'Open comparison'}
              </button>
            </li>
          ))}
        </ol>
      )}
      {opened && <Opened entry={opened} onClose={() => setOpen(undefined)} />}
    </div>
  );
}
