import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Metric } from '../../../shared/workspace/types';

/** Monthly values of one metric; loaded on demand so recharts stays out of the start-up bundle. */
export default function MetricTrend({ metric }: { metric: Metric }) {
  return (
    <div className="ws-chart" role="img" aria-label={`Trend of ${metric.name}: ${metric.values.map((v) => `${v.month} ${v.value}`).join(', ')}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={metric.values} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="month" stroke="var(--muted)" fontSize={12} />
          <YAxis stroke="var(--muted)" fontSize={12} width={48} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Line type="monotone" dataKey="value" name={metric.unit || 'value'} stroke="var(--accent)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
