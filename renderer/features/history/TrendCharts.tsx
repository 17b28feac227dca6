import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AreaTrend, TrendPoint } from '../../../shared/history/periods';
import { closerBy } from '../../../shared/offsite/day30';

/** "2026-Q4 quarterly reset" → "2026-Q4"; other labels are cut to fit under the axis. */
export function shortLabel(label: string): string {
  const quarter = /^(\d{4}-Q[1-4])\b/.exec(label);
  if (quarter) return quarter[1];
  return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}

/**
 * The disagreement now against the period before. Closer is "narrower" (green) only when the
 * lower of the two area scores did not fall, as on day 30 (closerBy): two leaders who meet
 * lower down are "closer, but scored lower", drawn as bad news.
 */
export function gapText(points: TrendPoint[]): { now: string; was?: string; direction?: 'narrower' | 'fell' | 'wider' | 'same' } {
  const withGap = points.filter((p) => p.delta !== null);
  if (withGap.length === 0) return { now: '—' };
  const last = withGap[withGap.length - 1];
  if (withGap.length === 1) return { now: String(last.delta) };
  const prev = withGap[withGap.length - 2];
  // A delta is known only when both leaders scored the area, so ceo and cto are numbers here.
  const closer = () => (closerBy(prev.ceo!, prev.cto!, last.ceo!, last.cto!) === 'narrowed' ? 'narrower' : 'fell');
  const direction = last.delta! < prev.delta! ? closer() : last.delta! > prev.delta! ? 'wider' : 'same';
  return { now: String(last.delta), was: String(prev.delta), direction };
}

const DIRECTION_WORDS = { narrower: ', narrower', fell: ', closer but scored lower', wider: ', wider', same: '' };

function describe(trend: AreaTrend): string {
  const parts = trend.points.map(
    (p) => `${p.label}: CEO ${p.ceo ?? 'none'}, CTO ${p.cto ?? 'none'}, disagreement ${p.delta ?? 'not known'}`,
  );
  return `${trend.title} over time. ${parts.join('; ')}.`;
}

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', borderRadius: 8 };

/** One small multiple per area: CEO line, CTO line, and the gap between them as bars. */
export function TrendCharts({ trends }: { trends: AreaTrend[] }) {
  return (
    <>
      <div className="history-legend small" aria-hidden="true">
        <span>
          <i className="swatch line ceo" /> CEO score
        </span>
        <span>
          <i className="swatch line cto" /> CTO score
        </span>
        <span>
          <i className="swatch gap-swatch" /> Disagreement (how far apart, 0–100)
        </span>
      </div>
      <div className="trend-grid">
        {trends.map((trend) => {
          const gap = gapText(trend.points);
          const data = trend.points.map((p) => ({ ...p, x: shortLabel(p.label) }));
          return (
            <article key={trend.areaId} className="card trend-card" data-testid={`trend-${trend.areaId}`} aria-label={trend.title}>
              <div className="trend-head">
                <h3>{trend.title}</h3>
                <div className={`trend-gap ${gap.direction ?? ''}`} data-testid="trend-gap-now">
                  Gap <strong>{gap.now}</strong>
                  {gap.was !== undefined && (
                    <span className="small">
                      {' '}
                      (was {gap.was}
                      {gap.direction ? DIRECTION_WORDS[gap.direction] : ''})
                    </span>
                  )}
                </div>
              </div>
              <div className="trend-chart" role="img" aria-label={describe(trend)}>
                <ResponsiveContainer width="100%" height="100%">
                  <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
                    <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="x" stroke="var(--muted)" fontSize={12} tickLine={false} padding={{ left: 12, right: 12 }} />
                    <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="var(--muted)" fontSize={11} width={44} tickLine={false} />
                    <Tooltip
                      contentStyle={tooltipStyle}
                      labelStyle={{ color: 'var(--text)', fontWeight: 600 }}
                      cursor={{ fill: 'var(--surface-2)', opacity: 0.6 }}
                    />
                    <Bar dataKey="delta" name="Disagreement" fill="var(--gap)" barSize={28} radius={[4, 4, 0, 0]} isAnimationActive={false} />
                    <Line
                      type="linear"
                      dataKey="ceo"
                      name="CEO"
                      stroke="var(--ceo)"
                      strokeWidth={4}
                      strokeOpacity={0.85}
                      dot={{ r: 5, fill: 'var(--ceo)', strokeWidth: 0 }}
                      isAnimationActive={false}
                    />
                    <Line
                      type="linear"
                      dataKey="cto"
                      name="CTO"
                      stroke="var(--cto)"
                      strokeWidth={2}
                      strokeDasharray="6 3"
                      dot={{ r: 3.5, fill: 'var(--cto)', stroke: 'var(--bg)', strokeWidth: 1 }}
                      isAnimationActive={false}
                    />
                  </ComposedChart>
                </ResponsiveContainer>
              </div>
            </article>
          );
        })}
      </div>
    </>
  );
}
