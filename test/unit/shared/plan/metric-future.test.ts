import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, today } from './fixtures';

describe('a metric value for a month after the plan date', () => {
  // today is 2026-01-15: June 2026 cannot have been measured yet (a forecast or a typo, not data).
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.metrics[0] = { ...ws.metrics[0], target: '< 2 days', values: [{ month: '2025-12', value: 3 }, { month: '2026-06', value: 1 }] };
    ws.metrics[1] = { ...ws.metrics[1], target: '99.9%', values: [{ month: '2026-03', value: 99.95 }] };
    const metrics = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } }).appendices.metrics.items;
    return { metrics };
  };

  it('is not printed as a measurement or a trend', () => {
    const { metrics } = build();
    expect(metrics[0].trend).toBe('2025-12: 3 (1 value for a later month left out)');
    expect(metrics[1].trend).toBe('no values recorded yet (1 value for a later month left out)');
  });
});

describe('a metric value a partner wrote under something that is not a month, or that is not a finite number', () => {
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.metrics[0] = {
      ...ws.metrics[0],
      target: '< 2 days',
      values: [
        { month: '2025-11', value: 4 },
        { month: ' 2027-01', value: 0.5 }, // sorts before "2026-01": it passed the later-month rule
        { month: '2025-13', value: 1 },
        { month: '2025-12', value: Number.NaN },
        { month: '2025-10', value: Number.POSITIVE_INFINITY },
        { month: '2025-12', value: 3 },
      ],
    };
    const metrics = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } }).appendices.metrics.items;
    return { metrics };
  };

  it('is not printed as a measurement nor counted in the trend, and the trend says how many were left out', () => {
    const { metrics } = build();
    // Left out silently before: the trend read as every value recorded.
    expect(metrics[0].trend).toBe('2025-11: 4 → 2025-12: 3 (falling) (4 values with no readable month or number left out)');
  });
});
