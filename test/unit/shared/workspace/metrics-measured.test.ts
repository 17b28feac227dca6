// A metric's measurements as of today, and what "agreed" beside a metric with no target adds.
import { describe, expect, it } from 'vitest';
import { createMetric, measuredValues, metricUnsetCaveat } from '../../../../shared/workspace/metrics';

const metric = (values: { month: string; value: number }[]) => createMetric({ id: 'm', name: 'Lead time', values });

describe('measuredValues', () => {
  it('keeps values up to this month, counting later months and unreadable values apart', () => {
    const m = metric([
      { month: '2026-01', value: 3 },
      { month: '2026-02', value: 4 },
      { month: '2026-03', value: 5 },
      { month: ' 2026-01', value: 1 },
      { month: '2026-13', value: 1 },
      { month: '2026-00', value: 1 },
      { month: '2026-01x', value: 1 },
      { month: 'x2026-01', value: 1 },
      { month: '2026-02', value: NaN },
      { month: '2026-02', value: Infinity },
    ]);
    const r = measuredValues(m, new Date(2026, 1, 28, 23, 0));
    expect(r.values).toEqual([
      { month: '2026-01', value: 3 },
      { month: '2026-02', value: 4 },
    ]);
    expect(r.later).toBe(1);
    expect(r.unreadable).toBe(7);
  });

  it('without a date keeps every readable value', () => {
    const m = metric([
      { month: '2030-12', value: 0 },
      { month: '2026-10', value: -2 },
    ]);
    expect(measuredValues(m)).toEqual({ values: m.values, later: 0, unreadable: 0 });
  });
});

describe('metricUnsetCaveat', () => {
  it('says a metric has no target only when its target is blank', () => {
    expect(metricUnsetCaveat({ target: ' ' })).toBe('with no target set');
    expect(metricUnsetCaveat({ target: '' })).toBe('with no target set');
    expect(metricUnsetCaveat({ target: '≥ 90%' })).toBeUndefined();
  });
});
