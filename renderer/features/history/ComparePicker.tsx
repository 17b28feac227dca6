import { useState } from 'react';
import type { Round } from '../../../shared/assessment/types';
import { ROLE_LABELS } from '../../../shared/framework/labels';
import { periodKey } from '../../../shared/history/periods';
import { compareRounds, warningChangeText } from '../../../shared/history/compare-rounds';
import { roundName } from './history-format';

/** Any two sealed rounds side by side: how one leader moved, or where two differ. */
function defaultPair(sealed: Round[]): [string, string] {
  // The newest round and the previous one of the same role: "how did I move since last time?"
  const newest = sealed[sealed.length - 1];
  if (!newest) return ['', ''];
  const previous = [...sealed].reverse().find((r) => r.id !== newest.id && r.role === newest.role && periodKey(r.label) !== periodKey(newest.label));
  return previous ? [previous.id, newest.id] : ['', ''];
}

export function ComparePicker({ sealed }: { sealed: Round[] }) {
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
