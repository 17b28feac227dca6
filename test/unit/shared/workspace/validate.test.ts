import { describe, expect, it } from 'vitest';
import { parseWorkspace } from '../../../../shared/workspace/validate';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { Workspace } from '../../../../shared/workspace/types';

const base = (): Workspace => defaultWorkspace(new Date(2026, 0, 15));
const errorsOf = (v: unknown): string[] => {
  const r = parseWorkspace(v);
  return r.ok ? [] : r.errors;
};

describe('parseWorkspace', () => {
  it('accepts the defaults and a JSON round trip, unchanged', () => {
    const ws = base();
    const r = parseWorkspace(JSON.parse(JSON.stringify(ws)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(ws);
  });

  it('keeps optional fields and linked gaps', () => {
    const ws = base();
    ws.linkedGaps = { matrix: ['db-1'], ladder: [] };
    ws.log = [{ id: 'l1', kind: 'decision', what: 'x', decidedBy: 'CEO', forum: 'Weekly', date: '2026-01-02', options: ['a'], commitDeadline: '2026-01-09', status: 'open' }];
    const r = parseWorkspace(ws);
    expect(r.ok && r.value.linkedGaps).toEqual({ matrix: ['db-1'], ladder: [] });
    expect(r.ok && r.value.log[0].commitDeadline).toBe('2026-01-09');
  });

  it('strips unknown keys', () => {
    const raw = { ...base(), extra: 1, matrix: base().matrix.map((m) => ({ ...m, junk: true })) };
    const r = parseWorkspace(raw);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect('extra' in r.value).toBe(false);
      expect('junk' in r.value.matrix[0]).toBe(false);
    }
  });

  it('rejects non-objects and a wrong version', () => {
    expect(errorsOf(null)).toEqual(['workspace: expected an object.']);
    expect(errorsOf([])).toEqual(['workspace: expected an object.']);
    expect(errorsOf({ ...base(), version: 2 })).toEqual(['workspace.version: expected 1, got 2.']);
  });

  it('reports each problem with its path', () => {
    const ws = base() as unknown as Record<string, any>;
    ws.matrix[1].accountable = ['CEO', 7];
    ws.ladder[0].askKind = 'vibes';
    ws.cadence[0].frequency = 'daily';
    ws.cadence[1].time = '25:00';
    ws.cadence[2].firstDate = '2026-02-30';
    ws.cadence[3].durationMinutes = 0;
    ws.riskBudgets.deliverySlipPercent = 140;
    ws.riskBudgets.criticalFlows = ['login'];
    ws.metrics[0].values = [{ month: '2026-13', value: 'x' }];
    ws.log = [{ id: 'l1', kind: 'memo', what: 'x', decidedBy: '', forum: '', date: 'today', options: [], status: 'open' }];
    ws.linkedGaps = { roadmap: ['db-1'] };
    expect(errorsOf(ws)).toEqual([
      'matrix[1].accountable[1]: expected a string.',
      'ladder[0].askKind: expected one of budget, scope, timing, got "vibes".',
      'cadence[0].frequency: expected one of weekly, monthly, quarterly, got "daily".',
      'cadence[1].time: "25:00" is not a 24-hour HH:MM time.',
      'cadence[2].firstDate: "2026-02-30" is not a YYYY-MM-DD date.',
      'cadence[3].durationMinutes: 0 is outside 1–1440.',
      'riskBudgets.criticalFlows: expected exactly 3 flows, got 1.',
      'riskBudgets.deliverySlipPercent: 140 is outside 0–100.',
      'metrics[0].values[0].month: "2026-13" is not YYYY-MM.',
      'metrics[0].values[0].value: expected a number.',
      'log[0].kind: expected one of decision, risk, incident, capacity, got "memo".',
      'log[0].date: "today" is not a YYYY-MM-DD date.',
      'linkedGaps.roadmap: unknown artifact; expected one of matrix, ladder, cadence, riskBudgets, metrics, dependencies, log.',
    ]);
  });

  it('reports missing sections and fields', () => {
    const { ladder: _l, ...rest } = base();
    void _l;
    const ws = rest as unknown as Record<string, any>;
    delete ws.matrix[0].decision;
    expect(errorsOf(ws)).toEqual(['matrix[0].decision: expected a string, missing.', 'ladder: expected an array.']);
  });

  it('rejects duplicate ids, dangling decision types and over-limit lists', () => {
    const ws = base();
    ws.matrix[1] = { ...ws.matrix[1], id: ws.matrix[0].id };
    ws.dependencies = {
      roadmapItem: 'X',
      dependencies: Array.from({ length: 11 }, (_, i) => ({ id: `d${i}`, name: `D${i}`, status: 'green' as const, owner: '', note: '' })),
    };
    ws.metrics = Array.from({ length: 9 }, (_, i) => ({ ...ws.metrics[0], id: `m${i}` }));
    const errors = errorsOf(ws);
    expect(errors).toContain('matrix[1].id: duplicate id "row-product-bet".');
    expect(errors).toContain('metrics: 9 items, at most 8 allowed.');
    expect(errors).toContain('dependencies.dependencies: 11 items, at most 10 allowed.');
    // The weekly 1:1 references the delivery-date row, now gone after the id clash.
    expect(errors).toContain('cadence[0].decisionTypes[0]: "row-top3-delivery-date" is not a decision row id.');
  });
});
