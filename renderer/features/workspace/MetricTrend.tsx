import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { laterValuesText, measuredValues, VALUES_NOT_AGREED } from '../../../shared/workspace/metrics';
import type { Metric } from '../../../shared/workspace/types';

/**
 * Monthly values of one metric; loaded on demand so recharts stays out of the start-up bundle.
 * Only measurements are drawn, as the plan's trend reads them: a value for a month after today's
 * (a forecast, or a figure filed ahead) is left out and counted, and one value draws no line.
 * Either laptop records the values, so the caption says they are not agreed.
 */
export default function MetricTrend({ metric, today = new Date() }: { metric: Metric; today?: Date }) {
  const { values: measured, later, unreadable } = measuredValues(metric, today);
  const values = [...measured].sort((a, b) => a.month.localeCompare(b.month));
  // "Values as recorded, not agreed" (VALUES_NOT_AGREED already starts with "values").
  const caption = [VALUES_NOT_AGREED[0].toUpperCase() + VALUES_NOT_AGREED.slice(1), laterValuesText(later, unreadable)].filter(Boolean).join('; ');
  if (values.length < 2) {
    return (
      <p className="muted small" data-testid="metric-no-trend">
        {values.length ? `One value recorded (${values[0].month}: ${values[0].value}): a trend needs a second month.` : 'No value recorded for this month or an earlier one: no trend yet.'}{' '}
        {caption}.
      </p>
    );
  }
  return (
    <figure className="ws-trend">
      <div className="ws-chart" role="img" aria-label={`Trend of ${metric.name} (${VALUES_NOT_AGREED}): ${values.map((v) => `${v.month} ${v.value}`).join(', ')}`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={values} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis dataKey="month" stroke="var(--muted)" fontSize={12} />
            <YAxis stroke="var(--muted)" fontSize={12} width={48} />
            <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
            <Line type="monotone" dataKey="value" name={metric.unit || 'value'} stroke="var(--accent)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted small">{caption}.</figcaption>
    </figure>
  );
}
