import { listWithheldReveals, partnerOutcome, type WithheldReveal } from '../../stores/withheld-reveals';
import { useEffect, useState } from 'react';
import type { Round } from '../../../shared/assessment/types';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import { areaTrends, comparedOwnRounds, pairRoundsByPeriod, periodKey } from '../../../shared/history/periods';
import { localDayOf } from '../../../shared/workspace/dates';
import { isReplayedFor, replayedInPeriods } from '../../../shared/history/replayed-round';
import { compareTimes } from '../../../shared/schema/iso-date-time';
import { useRoundsStore } from '../../stores/rounds-store';
import { privacyOf, useLocalPairStore } from '../../stores/local-pair-store';
import { TrendCharts } from './TrendCharts';
import { BackupPanel } from './BackupPanel';
import { RescoreSeries } from './RescoreSeries';
import { ComparePicker } from './ComparePicker';
import { day } from './history-format';
import './history.css';
import { duplicateReceivedRounds } from '../../../shared/history/duplicate-rounds';
import { PartnerText, plainPartnerText } from '../../app/PartnerText';

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
        <button type="button" className="small ghost" aria-label={`Delete the partner's round ${plainPartnerText(round.personName)}, copy ${round.id.slice(0, 16)}`} onClick={() => setAsking(true)}>
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

interface Group {
  label: string;
  /** Orders the periods (every round's time). */
  last: string;
  /** The date shown: of the rounds not private only (a private round's seal time is its own). */
  shownLast?: string;
  /**
   * `again`: a partner's round listed here for a later comparison that brought it back, with our
   * round it was first compared with (`first`, absent when that is no longer here).
   */
  rounds: { round: Round; private: boolean; again?: { first?: Round } }[];
}

/** All rounds, grouped by period label, newest period first. */
function groupAll(rounds: Round[], isPrivate: (id: string) => boolean): Group[] {
  const groups = new Map<string, Group>();
  // A partner's round is listed with the round it was compared with, as in the trends — with each
  // one, when a later comparison brought the same sealed round back.
  const comparedOwn = comparedOwnRounds(rounds);
  for (const round of rounds) {
    const own = comparedOwn(round);
    const seen = new Set<string>();
    for (const filed of own.length ? own : [round]) {
      const key = periodKey(filed.label);
      if (seen.has(key)) continue;
      seen.add(key);
      const at = round.sealedAt ?? round.updatedAt;
      const g = groups.get(key) ?? { label: filed.label.trim(), last: at, rounds: [] };
      if (at > g.last) g.last = at;
      const hidden = isPrivate(round.id);
      if (!hidden && (!g.shownLast || at > g.shownLast)) g.shownLast = at;
      const again = isReplayedFor(round, filed) ? { again: own[0]?.id === round.pairedWith ? { first: own[0] } : {} } : {};
      g.rounds.push({ round, private: hidden, ...again });
      groups.set(key, g);
    }
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
            {new Date(e.revealedAt ?? e.notedAt).toLocaleString()}: <PartnerText text={e.partnerName} /> ({e.partnerRole.toUpperCase()}) received your answers and{' '}
            {partnerOutcome(e.refused)}.
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function HistoryPage() {
  const { rounds, problems, loaded } = useRoundsStore();
  const { pair, unlocked, loaded: pairLoaded } = useLocalPairStore();
  // Until the pair setting is read, any round may be private.
  const isPrivate = (id: string) => !pairLoaded || privacyOf(id, { pair, unlocked }) !== 'open';
  // Private rounds (same-laptop mode, before both have sealed) stay out of every chart and comparison.
  const visible = rounds.filter((r) => !isPrivate(r.id));
  const sealed = visible.filter((r) => r.sealedAt).sort((a, b) => compareTimes(a.sealedAt, b.sealedAt));
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
            {replayedInPeriods(periods).map((r) => (
              <p key={`${r.period}-${r.role}`} className="alert warn small" role="note" data-testid="replayed-in-trends">
                In “{r.period}” the {ROLE_LABELS[r.role]}’s scores are their answers sealed on {r.sealedAt ? localDayOf(r.sealedAt) : 'an earlier day'},
                brought back from an earlier comparison: not new answers for that period.
              </p>
            ))}
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
                  {g.label} {g.shownLast && <span className="muted small">· {day(g.shownLast)}</span>}
                </h3>
                <ul className="list-plain">
                  {g.rounds.map(({ round, private: hidden, again }) => (
                    <li key={round.id} className="period-round">
                      <span className={`badge ${round.role}`}>{ROLE_LABELS[round.role]}</span>
                      {hidden ? (
                        <>
                          <span className="badge">Private</span>
                          <span className="muted small">Hidden while you take turns on this laptop</span>
                        </>
                      ) : (
                        <>
                          <span className="period-name">
                            <PartnerText text={round.personName} />
                          </span>
                          {round.sealedAt ? <span className="badge sealed">Sealed ✓</span> : <span className="badge">Answering</span>}
                          {round.receivedFrom && <span className="badge">Partner&apos;s round{round.receivedFrom === 'file' ? ' (file)' : ''}</span>}
                          {round.unverified && <span className="badge">Not verified</span>}
                          {again && (
                            <span className="badge" data-testid="replayed-round">
                              Earlier answers: sealed {round.sealedAt ? localDayOf(round.sealedAt) : '–'}, first compared with{' '}
                              {again.first ? `“${again.first.label.trim()}”` : 'a round no longer here'}
                            </span>
                          )}
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
