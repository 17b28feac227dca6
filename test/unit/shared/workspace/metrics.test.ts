import { describe, expect, it } from 'vitest';
import {
  addMetric,
  laterValuesText,
  checkMetric,
  checkMetricCount,
  createMetric,
  MAX_METRICS,
  removeMetric,
  setMetricValue,
} from '../../../../shared/workspace/metrics';
import { DEFAULT_METRICS } from '../../../../shared/framework/workspace-defaults';

const full = (i: number) =>
  createMetric({ id: `m${i}`, name: `Metric ${i}`, definition: 'd', unit: '%', owner: 'CTO', target: '≥ 90' });

describe('checkMetricCount', () => {
  it('accepts 5 and 8 fully defined metrics', () => {
    expect(checkMetricCount([1, 2, 3, 4, 5].map(full))).toEqual({ ok: true, count: 5, issues: [] });
    expect(checkMetricCount([1, 2, 3, 4, 5, 6, 7, 8].map(full)).ok).toBe(true);
  });

  it('rejects 4 and 9', () => {
    const low = checkMetricCount([1, 2, 3, 4].map(full));
    expect(low.ok).toBe(false);
    expect(low.issues).toEqual(['Only 4 metrics; pick at least 5 for the exec layer.']);
    const high = checkMetricCount([1, 2, 3, 4, 5, 6, 7, 8, 9].map(full));
    expect(high.issues).toEqual(['9 metrics is too many to teach; keep at most 8.']);
  });

  it('requires definition, unit, owner and target on each metric', () => {
    const m = createMetric({ id: 'x', name: 'Lead time', definition: ' ', unit: 'days' });
    expect(checkMetric(m)).toEqual([
      '"Lead time": definition is missing.',
      '"Lead time": owner is missing.',
      '"Lead time": target is missing.',
    ]);
    const r = checkMetricCount([1, 2, 3, 4].map(full).concat(m));
    expect(r.ok).toBe(false);
    expect(r.issues).toHaveLength(3);
  });

  it('flags a name used twice', () => {
    const list = [1, 2, 3, 4, 5].map(full);
    list[4] = { ...list[4], name: 'metric 1' };
    expect(checkMetricCount(list).issues).toEqual(['"metric 1": defined twice; one name should mean one thing.']);
  });

  it('defaults: six metrics, defined, targets left for the leaders', () => {
    const r = checkMetricCount(DEFAULT_METRICS);
    expect(r.count).toBe(6);
    expect(r.issues).toHaveLength(6);
    expect(r.issues.every((i) => i.endsWith('target is missing.'))).toBe(true);
  });
});

describe('helpers', () => {
  it('addMetric refuses a ninth metric', () => {
    const eight = Array.from({ length: MAX_METRICS }, (_, i) => full(i));
    const r = addMetric(eight, full(99));
    expect(r.ok).toBe(false);
    const seven = eight.slice(0, 7);
    const r2 = addMetric(seven, full(99));
    expect(r2.ok && r2.value.length).toBe(8);
    expect(removeMetric(seven, 'm0')).toHaveLength(6);
  });

  it('setMetricValue replaces a month and keeps months sorted', () => {
    let m = full(1);
    m = setMetricValue(m, '2026-03', 5);
    m = setMetricValue(m, '2026-01', 7);
    m = setMetricValue(m, '2026-03', 4);
    expect(m.values).toEqual([
      { month: '2026-01', value: 7 },
      { month: '2026-03', value: 4 },
    ]);
  });
});

describe('what a trend leaves out, said', () => {
  it('counts later months and unreadable values apart', () => {
    expect(laterValuesText(0)).toBe('');
    expect(laterValuesText(1)).toBe('1 value for a later month left out');
    expect(laterValuesText(0, 2)).toBe('2 values with no readable month or number left out');
    expect(laterValuesText(2, 1)).toBe('2 values for a later month left out; 1 value with no readable month or number left out');
  });
});
