import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Day30AreaRow } from '../../../shared/offsite/day30-report';

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)', borderRadius: 8 };

/** How far apart the two were per area, then and now (0–100): shorter bars now mean closer. Loaded on demand (recharts). */
export default function AreaGapChart({ areas }: { areas: Day30AreaRow[] }) {
  const data = areas.map((a) => ({ name: a.title, then: a.baseline.delta, now: a.now.delta }));
  // Small gaps stay readable: the axis ends at the next quarter above the largest one.
  const top = Math.min(100, Math.max(25, Math.ceil(Math.max(0, ...data.flatMap((d) => [d.then ?? 0, d.now ?? 0])) / 25) * 25));
  const ticks = [0, 25, 50, 75, 100].filter((t) => t <= top);
  const description = areas
    .map((a) => `${a.title}: ${a.baseline.delta ?? 'not compared'} then, ${a.now.delta ?? 'not compared'} now`)
    .join('; ');
  return (
    <div className="since-area-chart" role="img" aria-label={`How far apart you are per area, 0–100. ${description}.`} data-testid="since-area-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} barGap={2}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" stroke="var(--muted)" fontSize={11} tickLine={false} interval={0} />
          <YAxis domain={[0, top]} ticks={ticks} stroke="var(--muted)" fontSize={11} width={44} tickLine={false} />
          <Tooltip contentStyle={tooltipStyle} labelStyle={{ color: 'var(--text)', fontWeight: 600 }} cursor={{ fill: 'var(--surface-2)', opacity: 0.6 }} />
          <Legend itemSorter={null} wrapperStyle={{ fontSize: 12, color: 'var(--muted)' }} />
          <Bar dataKey="then" name="Apart then" fill="var(--muted)" fillOpacity={0.45} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="now" name="Apart now" fill="var(--accent)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
