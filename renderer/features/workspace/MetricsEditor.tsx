import { Suspense, lazy, useState } from 'react';
import { checkMetric, checkMetricCount, createMetric, MAX_METRICS, metricUnsetCaveat, MIN_METRICS } from '../../../shared/workspace/metrics';
import type { Metric, Workspace } from '../../../shared/workspace/types';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { AgreementBar } from './AgreementBar';
import { rowKey } from '../../../shared/workspace/agreement';
import { toIsoDate } from '../../../shared/workspace/dates';
import { EditorHead, Empty, Issues, TextInput } from './fields';

const MetricTrend = lazy(() => import('./MetricTrend'));

const thisMonth = () => new Date().toISOString().slice(0, 7);
/** The month the trend measures up to (measuredValues reads the local date). */
const thisLocalMonth = () => toIsoDate(new Date()).slice(0, 7);

function RecordValue({ metric }: { metric: Metric }) {
  const setMetricValue = useWorkspaceStore((s) => s.setMetricValue);
  const [month, setMonth] = useState(thisMonth);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const name = metric.name.trim() || 'metric';
  function record(e: React.FormEvent) {
    e.preventDefault();
    const n = Number(value);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return setError('Pick a month.');
    if (value.trim() === '' || !Number.isFinite(n)) return setError('Enter a number.');
    setError(undefined);
    setMetricValue(metric.id, month, n);
    setValue('');
  }
  return (
    <form className="row ws-record" onSubmit={record} aria-label={`Record a value for ${name}`}>
      <label className="field small">
        Month
        <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
      </label>
      <label className="field small">
        Value{metric.unit ? ` (${metric.unit})` : ''}
        <input type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={Boolean(error) || undefined} />
      </label>
      <button type="submit">Record</button>
      {error && <span className="field-error" role="alert">{error}</span>}
    </form>
  );
}

function MetricCard({ metric }: { metric: Metric }) {
  const { setField, removeItem, setMetricValue } = useWorkspaceStore();
  const issues = checkMetric(metric);
  const name = metric.name.trim() || 'metric';
  const set = (f: 'name' | 'definition' | 'unit' | 'owner' | 'target', v: string) => setField('metrics', metric.id, f, v);
  return (
    <article className="card ws-metric" data-metric={metric.id} aria-label={`Metric: ${name}`}>
      <div className="row ws-card-head">
        <TextInput label="Metric name" className="ws-topic" value={metric.name} invalid={!metric.name.trim()} onChange={(v) => set('name', v)} />
        <button type="button" className="ghost danger" aria-label={`Remove ${name}`} onClick={() => removeItem('metrics', metric.id)}>
          ✕
        </button>
      </div>
      <AgreementBar agreementKey={rowKey('metrics', metric.id)} label="Definition" agreedCaveat={metricUnsetCaveat(metric)} />
      <label className="field">
        Definition
        <TextInput label="Definition" multiline value={metric.definition} invalid={!metric.definition.trim()} onChange={(v) => set('definition', v)} />
      </label>
      <div className="ws-metric-grid">
        <label className="field">
          Unit
          <TextInput label="Unit" value={metric.unit} invalid={!metric.unit.trim()} onChange={(v) => set('unit', v)} />
        </label>
        <label className="field">
          Owner
          <TextInput label="Owner" value={metric.owner} invalid={!metric.owner.trim()} onChange={(v) => set('owner', v)} />
        </label>
        <label className="field">
          Target
          <TextInput label="Target" value={metric.target} placeholder="Agree it together" invalid={!metric.target.trim()} onChange={(v) => set('target', v)} />
        </label>
      </div>
      <Issues issues={issues} />
      <RecordValue metric={metric} />
      {metric.values.length > 0 && (
        <>
          <Suspense fallback={<p className="muted small">Loading chart…</p>}>
            <MetricTrend metric={metric} />
          </Suspense>
          <ul className="ws-values" aria-label={`Recorded values for ${name}`}>
            {metric.values.map((v) => (
              <li key={v.month}>
                {v.month}: <strong>{v.value}</strong>
                {v.month > thisLocalMonth() && <span className="muted"> (a later month: not a measurement yet)</span>}
                <button type="button" className="ghost small" aria-label={`Delete ${v.month} value of ${name}`} onClick={() => setMetricValue(metric.id, v.month, undefined)}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

export function MetricsEditor({ ws }: { ws: Workspace }) {
  const addMetric = useWorkspaceStore((s) => s.addMetric);
  const [refusal, setRefusal] = useState<string>();
  const count = checkMetricCount(ws.metrics);
  const countIssues = count.issues.filter((i) => /metric(s)? is too many|^Only/.test(i));
  const add = () => setRefusal(addMetric(createMetric()));
  return (
    <section aria-labelledby="ws-metrics-title">
      <EditorHead title="Exec metrics" artifact="metrics">
        {MIN_METRICS}–{MAX_METRICS} metrics both leaders read the same way: each with a definition, unit, owner and target, recorded monthly.
      </EditorHead>
      <div className="row ws-foot">
        <span className={countIssues.length ? 'field-error' : 'muted small'} role="status">
          {ws.metrics.length} of {MIN_METRICS}–{MAX_METRICS} metrics.{countIssues.length ? ` ${countIssues.join(' ')}` : ''}
        </span>
        <button type="button" className="primary" onClick={add} aria-describedby={refusal && ws.metrics.length >= MAX_METRICS ? 'metric-refusal' : undefined}>
          + Add metric
        </button>
        {refusal && ws.metrics.length >= MAX_METRICS && (
          <span id="metric-refusal" className="field-error" role="alert">
            {refusal}
          </span>
        )}
      </div>
      {ws.metrics.length === 0 ? (
        <Empty>Exec metrics are the few numbers that show delivery, reliability and cost together, defined once so nobody argues about meaning.</Empty>
      ) : (
        <div className="ws-cards">
          {ws.metrics.map((m) => (
            <MetricCard key={m.id} metric={m} />
          ))}
        </div>
      )}
    </section>
  );
}
