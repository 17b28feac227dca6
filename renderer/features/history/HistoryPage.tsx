import { listWithheldReveals, type WithheldReveal } from '../../stores/withheld-reveals';
import { useEffect, useState } from 'react';
import type { Round } from '../../../shared/assessment/types';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import { areaTrends, pairRoundsByPeriod, periodKey } from '../../../shared/history/periods';
import { compareRounds, warningChangeText } from '../../../shared/history/compare-rounds';
import { useRoundsStore } from '../../stores/rounds-store';
import { privacyOf, useLocalPairStore } from '../../stores/local-pair-store';
import { TrendCharts } from './TrendCharts';
import { BackupPanel } from './BackupPanel';
import { RescoreSeries } from './RescoreSeries';
import './history.css';
import { duplicateReceivedRounds } from '../../../shared/history/duplicate-rounds';

/**
 * A partner's round kept on this laptop: when sealed and which copy it is, so two copies
 * can be told apart; a copy can be deleted (it is a received, read-only copy: the
 * partner still holds the original, and this laptop's own rounds are untouched).
 */
function ReceivedCopy({ round, duplicateOf }: { round: Round; duplicateOf?: string }) {
  const remove = useRoundsStore((s) => s.remove);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <span className="received-copy small" data-testid="received-copy" data-round={round.id}>
      <span className="muted">
        sealed {round.sealedAt ? new Date(round.sealedAt).toLocaleString() : '–'} · copy {round.id.replace(/^partner-/, '').slice(0, 8)}
      </span>
      {duplicateOf && (
        <span className="badge" data-testid="duplicate-round">
          Same sealed content as copy {duplicateOf.replace(/^partner-/, '').slice(0, 8)}
        </span>
      )}
      {asking ? (
        <>
          <button
            type="button"
            className="small danger"
            onClick={() => {
              remove(round.id).catch((e: unknown) => setError(`Could not delete it: ${e instanceof Error ? e.message : String(e)}`));
            }}
          >
            Delete this copy
          </button>
          <button type="button" className="small ghost" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" className="small ghost" aria-label={`Delete the partner's round ${round.personName}, copy ${round.id.slice(0, 16)}`} onClick={() => setAsking(true)}>
          Delete…
        </button>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

function day(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function roundName(r: Round): string {
  return `${r.label} · ${ROLE_LABELS[r.role]} ${r.personName}${r.receivedFrom ? ' (partner’s)' : ''}`;
}

interface Group {
  label: string;
  last: string;
  rounds: { round: Round; private: boolean }[];
}

/** All rounds, grouped by period label, newest period first. */
function groupAll(rounds: Round[], isPrivate: (id: string) => boolean): Group[] {
  const groups = new Map<string, Group>();
  for (const round of rounds) {
    const key = periodKey(round.label);
    const at = round.sealedAt ?? round.updatedAt;
    const g = groups.get(key) ?? { label: round.label.trim(), last: at, rounds: [] };
    if (at > g.last) g.last = at;
    g.rounds.push({ round, private: isPrivate(round.id) });
    groups.set(key, g);
  }
  for (const g of groups.values()) g.rounds.sort((a, b) => a.round.role.localeCompare(b.round.role) || a.round.createdAt.localeCompare(b.round.createdAt));
  return [...groups.values()].sort((a, b) => b.last.localeCompare(a.last));
}

/** Comparisons where this laptop revealed and the partner never did. */
function WithheldReveals() {
  const [entries, setEntries] = useState<WithheldReveal[]>([]);
  useEffect(() => {
    let alive = true;
    void listWithheldReveals().then((e) => alive && setEntries(e));
    return () => {
      alive = false;
    };
  }, []);
  if (!entries.length) return null;
  return (
    <div className="alert error small" data-testid="withheld-history" role="note">
      <strong>Comparisons your partner did not finish.</strong>
      <ul>
        {entries.map((e) => (
          <li key={e.room}>
            {new Date(e.revealedAt ?? e.notedAt).toLocaleString()}: {e.partnerName} ({e.partnerRole.toUpperCase()}) received your answers and never
            revealed theirs.
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function HistoryPage() {
  const { rounds, problems, loaded } = useRoundsStore();
  const { pair, unlocked } = useLocalPairStore();
  const isPrivate = (id: string) => privacyOf(id, { pair, unlocked }) !== 'open';
  // Private rounds (same-laptop mode, before both have sealed) stay out of every chart and comparison.
  const visible = rounds.filter((r) => !isPrivate(r.id));
  const sealed = visible.filter((r) => r.sealedAt).sort((a, b) => a.sealedAt!.localeCompare(b.sealedAt!));
  const periods = pairRoundsByPeriod(sealed);
  const trends = areaTrends(periods);
  const groups = groupAll(rounds, isPrivate);
  const duplicates = duplicateReceivedRounds(visible);

  return (
    <section className="page stack history" aria-labelledby="history-title">
      <div className="page-head">
        <div>
          <h1 id="history-title">History</h1>
          <p className="muted">Every round on this laptop, how each area moves from period to period, and a backup of it all.</p>
        </div>
        <a className="button primary" href="#/new">
          + Start the next round
        </a>
      </div>
      <p className="alert carry-over small" data-testid="workspace-carries-over">
        <strong>Your workspace carries over.</strong> The decision log and the artifacts you built together are one shared document, not
        part of a round: a new round starts with them as you left them.
      </p>

      <WithheldReveals />

      {problems.length > 0 && (
        <p className="alert warn small">
          {problems.length} stored {problems.length === 1 ? 'record' : 'records'} could not be read and {problems.length === 1 ? 'is' : 'are'} left
          out here (see the Rounds page). Nothing was deleted.
        </p>
      )}

      <div className="card">
        <h2>Trends by area</h2>
        {periods.length === 0 ? (
          <div className="history-empty" data-testid="trends-empty">
            <p>
              <strong>Trends start with your first sealed round.</strong> Each period — e.g. “2026-Q3 quarterly reset” — gets one point per
              leader. Give both rounds of a period the same name, so they line up here; the gap between the two lines is what you came
              for.
            </p>
          </div>
        ) : (
          <>
            <p className="muted small">
              Scores are 0–100 per area. The bars show how far apart the CEO and the CTO are: the shorter, the more aligned.
              {periods.length === 1 && ' With one period so far, each chart shows a single point; the next period draws the line.'}
            </p>
            <TrendCharts trends={trends} />
            <DisagreementTable trends={trends} />
          </>
        )}
      </div>

      <RescoreSeries rounds={sealed} />

      <ComparePicker sealed={sealed} />

      <div className="card">
        <h2>All rounds</h2>
        {loaded && groups.length === 0 ? (
          <div className="history-empty">
            <p>No rounds yet. Start a private diagnostic; when your partner&apos;s round arrives after a comparison it is kept here too.</p>
            <a className="button primary" href="#/new">
              Start your first round
            </a>
          </div>
        ) : (
          <ol className="period-list" aria-label="Rounds by period">
            {groups.map((g) => (
              <li key={g.label} className="period">
                <h3>
                  {g.label} <span className="muted small">· {day(g.last)}</span>
                </h3>
                <ul className="list-plain">
                  {g.rounds.map(({ round, private: hidden }) => (
                    <li key={round.id} className="period-round">
                      <span className={`badge ${round.role}`}>{ROLE_LABELS[round.role]}</span>
                      {hidden ? (
                        <>
                          <span className="badge">Private</span>
                          <span className="muted small">Hidden while you take turns on this laptop</span>
                        </>
                      ) : (
                        <>
                          <span className="period-name">{round.personName}</span>
                          {round.sealedAt ? <span className="badge sealed">Sealed ✓</span> : <span className="badge">Answering</span>}
                          {round.receivedFrom && <span className="badge">Partner&apos;s round{round.receivedFrom === 'file' ? ' (file)' : ''}</span>}
                          {round.receivedFrom && <ReceivedCopy round={round} duplicateOf={duplicates.get(round.id)} />}
                          <span className="spacer" />
                          {round.sealedAt ? (
                            <a href={`#/results/${round.id}`}>Results</a>
                          ) : (
                            <a href={`#/assess/${round.id}/0`}>Continue</a>
                          )}
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </div>

      <BackupPanel />
    </section>
  );
}

function DisagreementTable({ trends }: { trends: ReturnType<typeof areaTrends> }) {
  const labels = trends[0]?.points.map((p) => p.label) ?? [];
  return (
    <details className="history-table">
      <summary>Show the numbers</summary>
      <table className="table" data-testid="disagreement-table">
        <caption className="small muted">CEO / CTO / disagreement per period</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            {labels.map((l) => (
              <th key={l} scope="col">
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trends.map((t) => (
            <tr key={t.areaId}>
              <th scope="row">{t.title}</th>
              {t.points.map((p) => (
                <td key={p.label}>
                  {p.ceo ?? '—'} / {p.cto ?? '—'} / <strong>{p.delta ?? '—'}</strong>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function defaultPair(sealed: Round[]): [string, string] {
  // The newest round and the previous one of the same role: "how did I move since last time?"
  const newest = sealed[sealed.length - 1];
  if (!newest) return ['', ''];
  const previous = [...sealed].reverse().find((r) => r.id !== newest.id && r.role === newest.role && periodKey(r.label) !== periodKey(newest.label));
  return previous ? [previous.id, newest.id] : ['', ''];
}

function ComparePicker({ sealed }: { sealed: Round[] }) {
  const [choice, setChoice] = useState<[string, string] | null>(null);
  const [beforeId, afterId] = choice ?? defaultPair(sealed);
  const before = sealed.find((r) => r.id === beforeId);
  const after = sealed.find((r) => r.id === afterId);
  const comparison = before && after && before.id !== after.id ? compareRounds(before, after) : undefined;

  if (sealed.length < 2) {
    return (
      <div className="card">
        <h2>Compare two rounds</h2>
        <div className="history-empty">
          <p>
            Once two rounds are sealed — yours from last quarter and this one, say — pick them here to see which statements improved and
            which slipped, in plain words.
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="card stack" data-testid="compare-rounds">
      <div>
        <h2>Compare two rounds</h2>
        <p className="muted small">Any two sealed rounds: usually your own, one period apart. Higher is healthier, so “up” is an improvement.</p>
      </div>
      <div className="compare-pickers">
        <label className="field">
          Before
          <select value={beforeId} onChange={(e) => setChoice([e.target.value, afterId])}>
            <option value="">Choose a round…</option>
            {sealed.map((r) => (
              <option key={r.id} value={r.id}>
                {roundName(r)}
              </option>
            ))}
          </select>
        </label>
        <span aria-hidden="true" className="compare-arrow">
          →
        </span>
        <label className="field">
          After
          <select value={afterId} onChange={(e) => setChoice([beforeId, e.target.value])}>
            <option value="">Choose a round…</option>
            {sealed.map((r) => (
              <option key={r.id} value={r.id}>
                {roundName(r)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {before && after && before.id === after.id && <p className="muted">Pick two different rounds.</p>}
      {!comparison && (!before || !after) && <p className="muted">Pick a “before” and an “after” round.</p>}
      {comparison && (
        <>
          {before!.role !== after!.role && (
            <p className="alert warn small">
              These are two different people’s rounds ({ROLE_LABELS[before!.role]} and {ROLE_LABELS[after!.role]}): the differences are how
              you see things differently, not a change over time.
            </p>
          )}
          <table className="table compare-areas" data-testid="compare-areas">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {comparison.areas.map((a) => (
                <tr key={a.areaId}>
                  <th scope="row">{a.title}</th>
                  <td>{a.before ?? '—'}</td>
                  <td>{a.after ?? '—'}</td>
                  <td className={a.change === null || a.change === 0 ? 'muted' : a.change > 0 ? 'change-up' : 'change-down'}>
                    {a.change === null ? '—' : a.change > 0 ? `▲ +${a.change}` : a.change < 0 ? `▼ ${a.change}` : '0'}
                    {a.change !== null && a.change !== 0 && (
                      <span className="change-bar" aria-hidden="true" style={{ width: `${Math.min(100, Math.abs(a.change))}%` }} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="change-columns">
            <div>
              <h3 className="change-up">Improved ({comparison.improved.length})</h3>
              {comparison.improved.length === 0 ? (
                <p className="muted small">No statement scores higher than before.</p>
              ) : (
                <ul className="change-list" data-testid="improved">
                  {comparison.improved.map((l) => (
                    <li key={l.statementId}>{l.text}</li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3 className="change-down">Regressed ({comparison.regressed.length})</h3>
              {comparison.regressed.length === 0 ? (
                <p className="muted small">Nothing slipped.</p>
              ) : (
                <ul className="change-list" data-testid="regressed">
                  {comparison.regressed.map((l) => (
                    <li key={l.statementId}>{l.text}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
          {comparison.warnings.length > 0 && (
            <div>
              <h3>Warning signs</h3>
              <ul className="change-list">
                {comparison.warnings.map((w) => (
                  <li key={w.id} className={w.direction === 'better' ? 'change-up' : 'change-down'}>
                    {warningChangeText(w)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {comparison.notComparable > 0 && (
            <p className="muted small">
              {comparison.notComparable} {comparison.notComparable === 1 ? 'statement was' : 'statements were'} scored in only one of the two
              rounds (“don’t know” or skipped in the other) and {comparison.notComparable === 1 ? 'is' : 'are'} not compared.
            </p>
          )}
        </>
      )}
    </div>
  );
}
