import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Legend } from 'recharts';
import { FRAMEWORK } from '../../../shared/framework/content';
import type { RadarSeries } from './AreaRadar';

/** The radar itself (recharts): loaded and drawn after the page's text, see AreaRadar. */
export default function AreaRadarChart({ series, height }: { series: RadarSeries[]; height: number }) {
  const data = FRAMEWORK.areas.map((area) => {
    const scores = series.map((s) => s.areas.find((a) => a.areaId === area.id)?.score ?? null);
    // An area nobody could be scored on is drawn at 0, so the axis says it is not a measurement.
    const row: Record<string, string | number> = { area: scores.every((x) => x === null) ? `${area.title} (not scored)` : area.title };
    series.forEach((s, i) => {
      row[`s${i}`] = s.areas.find((a) => a.areaId === area.id)?.score ?? 0;
    });
    return row;
  });
  return (
    <div style={{ height }} role="img" aria-label={`Radar chart of area scores for ${series.map((s) => s.name).join(' and ')}`}>
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="80%">
          <PolarGrid stroke="var(--border)" />
          <PolarAngleAxis dataKey="area" tick={{ fill: 'var(--text)', fontSize: 13 }} />
          {/* Ticks on the diagonal between two axes, so "100" never sits on an area's label. */}
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} tick={{ fill: 'var(--muted)', fontSize: 11 }} angle={45} />
          {series.map((s, i) => (
            <Radar
              key={s.name + i}
              name={`${s.name} (${s.role.toUpperCase()})`}
              dataKey={`s${i}`}
              stroke={`var(--${s.role})`}
              fill={`var(--${s.role})`}
              fillOpacity={0.25}
              isAnimationActive={false}
            />
          ))}
          {series.length > 1 && <Legend />}
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
