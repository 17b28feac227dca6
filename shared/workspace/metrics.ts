/**
 * Exec metrics rules. Five to eight metrics is small enough to teach and big
 * enough to show delivery, reliability and cost together. A metric without a
 * definition, unit, owner and target invites two leaders to read it differently.
 */
import type { Metric } from './types';
import { fail, ok, type Result } from '../schema/result';
import { newId } from './id';
import { toIsoDate } from './dates';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A metric's measurements as of `today`: values under a real month with a finite number (not
 * " 2027-01" or NaN a peer wrote: counted in `unreadable`), none for a month after today's — a
 * forecast or a typo, not data — which are counted in `later`.
 */
export function measuredValues(m: Metric, today?: Date): { values: Metric['values']; later: number; unreadable: number } {
  const month = today ? toIsoDate(today).slice(0, 7) : undefined;
  const real = m.values.filter((v) => MONTH.test(v.month) && Number.isFinite(v.value));
  const values = month ? real.filter((v) => v.month <= month) : real;
  return { values, later: real.length - values.length, unreadable: m.values.length - real.length };
}

const valuesCount = (n: number) => (n === 1 ? '1 value' : `${n} values`);

/**
 * "2 values for a later month left out; 1 value with no readable month or number left out"; ''
 * for none. A trend or a latest value never drops a recorded value without saying so.
 */
export function laterValuesText(later: number, unreadable = 0): string {
  return [
    later ? `${valuesCount(later)} for a later month left out` : '',
    unreadable ? `${valuesCount(unreadable)} with no readable month or number left out` : '',
  ].filter(Boolean).join('; ');
}

/**
 * A metric's agreement covers its definition, owner and target; the monthly values are data
 * either laptop records. A column of values beside an agreement state says so in its heading.
 */
export const VALUES_NOT_AGREED = 'values as recorded, not agreed';

/**
 * A metric's definition is agreed with its target, blank or not: "agreed by both" beside an empty
 * target would read as a target the pair settled. What to say after it; undefined with a target.
 */
export const metricUnsetCaveat = (m: Pick<Metric, 'target'>): string | undefined => (m.target.trim() ? undefined : 'with no target set');

export const MIN_METRICS = 5;
export const MAX_METRICS = 8;

const REQUIRED: (keyof Pick<Metric, 'name' | 'definition' | 'unit' | 'owner' | 'target'>)[] = [
  'name',
  'definition',
  'unit',
  'owner',
  'target',
];

export function checkMetric(metric: Metric): string[] {
  const label = metric.name.trim() ? `"${metric.name.trim()}"` : `metric ${metric.id}`;
  return REQUIRED.filter((f) => !metric[f].trim()).map((f) => `${label}: ${f} is missing.`);
}

export interface MetricCountCheck {
  /** True when the count is in range and every metric is fully defined. */
  ok: boolean;
  count: number;
  issues: string[];
}

export function checkMetricCount(metrics: readonly Metric[]): MetricCountCheck {
  const issues: string[] = [];
  const n = metrics.length;
  if (n < MIN_METRICS) issues.push(`Only ${n} metric${n === 1 ? '' : 's'}; pick at least ${MIN_METRICS} for the exec layer.`);
  if (n > MAX_METRICS) issues.push(`${n} metrics is too many to teach; keep at most ${MAX_METRICS}.`);
  const names = new Set<string>();
  for (const m of metrics) {
    issues.push(...checkMetric(m));
    const key = m.name.trim().toLowerCase();
    if (key && names.has(key)) issues.push(`"${m.name.trim()}": defined twice; one name should mean one thing.`);
    names.add(key);
  }
  return { ok: issues.length === 0, count: n, issues };
}

/** Adds a metric unless the list is already at the maximum. */
export function addMetric(metrics: readonly Metric[], metric: Metric): Result<Metric[]> {
  if (metrics.length >= MAX_METRICS) return fail(`metrics: already ${metrics.length}; remove one before adding "${metric.name}".`);
  return ok([...metrics, metric]);
}

export function removeMetric(metrics: readonly Metric[], id: string): Metric[] {
  return metrics.filter((m) => m.id !== id);
}

export function createMetric(partial: Partial<Metric> = {}): Metric {
  return {
    id: partial.id ?? newId('metric'),
    name: partial.name ?? '',
    definition: partial.definition ?? '',
    unit: partial.unit ?? '',
    owner: partial.owner ?? '',
    target: partial.target ?? '',
    values: partial.values ?? [],
  };
}

/** Records a month's value, replacing an earlier value for the same month, kept sorted. */
export function setMetricValue(metric: Metric, month: string, value: number): Metric {
  const values = metric.values.filter((v) => v.month !== month).concat({ month, value });
  values.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return { ...metric, values };
}
