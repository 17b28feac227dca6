import { describe, expect, it } from 'vitest';
import { compareRounds, warningChangeText } from '../../../../shared/history/compare-rounds';
import { sealedRound, six } from './fixtures';

/*
 * Before (Q3): db 2 2 2 2 2 2 → 25; cq 3 3 3 3 3 3 → 50; sa 4 4 4 4 4 4 → 75; cr 5 5 5 5 5 dont-know → 100
 * After  (Q4): db 4 2 2 2 2 2 → mean 14/6 = 2.333 → 33; cq 3 3 3 3 3 3 → 50;
 *              sa 4 4 4 4 4 1 → mean 21/6 = 3.5 → 63 (62.5 rounds up); cr 5 5 5 5 5 5 → 100
 * Changes: db +8, cq 0, sa −12, cr 0.
 * Items: db-1 2→4 (+2) improved; sa-6 4→1 (−3) regressed; cr-6 dont-know→5 not comparable.
 */
const before = sealedRound({
  id: 'a',
  role: 'ceo',
  label: '2026-Q3 quarterly reset',
  sealedAt: '2026-07-01T09:00:00.000Z',
  answers: [six(2), six(3), six(4), [5, 5, 5, 5, 5, 'dont-know']],
  warnings: { 'ws-overrides': 'often', 'ws-priority-drift': 'never' },
});
const after = sealedRound({
  id: 'b',
  role: 'ceo',
  label: '2026-Q4 quarterly reset',
  sealedAt: '2026-10-01T09:00:00.000Z',
  answers: [[4, 2, 2, 2, 2, 2], six(3), [4, 4, 4, 4, 4, 1], six(5)],
  warnings: { 'ws-overrides': 'sometimes', 'ws-priority-drift': 'often' },
});

describe('compareRounds', () => {
  const c = compareRounds(before, after);

  it('scores each area before and after (hand-computed)', () => {
    expect(c.areas.map((a) => [a.areaId, a.before, a.after, a.change])).toEqual([
      ['decision-boundaries', 25, 33, 8],
      ['communication-quality', 50, 50, 0],
      ['strategic-alignment', 75, 63, -12],
      ['conflict-resolution', 100, 100, 0],
    ]);
    expect(c.summary).toEqual(['Decision boundaries rose from 25 to 33 (+8).', 'Strategic alignment fell from 75 to 63 (-12).']);
  });

  it('lists improved and regressed items in plain words', () => {
    expect(c.improved).toEqual([
      {
        statementId: 'db-1',
        areaId: 'decision-boundaries',
        change: 2,
        text: '“Written decision rights” went from 2 (Disagree) to 4 (Agree): up 2 points.',
      },
    ]);
    expect(c.regressed.map((l) => [l.statementId, l.change])).toEqual([['sa-6', -3]]);
    expect(c.regressed[0].text).toMatch(/went from 4 \(Agree\) to 1 \(Strongly disagree\): down 3 points\.$/);
    expect(c.items).toHaveLength(24);
    expect(c.items.find((i) => i.statementId === 'cr-6')).toMatchObject({ before: 'dont-know', after: 5, change: null });
    expect(c.notComparable).toBe(1);
  });

  it('orders by size of change, framework order on ties', () => {
    const b2 = { ...after, answers: { ...after.answers, 'cq-2': { value: 5 as const }, 'cq-1': { value: 5 as const }, 'db-3': { value: 3 as const } } };
    // cq-1 and cq-2: 3 → 5 (+2), db-1: 2 → 4 (+2), db-3: 2 → 3 (+1).
    expect(compareRounds(before, b2).improved.map((l) => l.statementId)).toEqual(['db-1', 'cq-1', 'cq-2', 'db-3']);
  });

  it('reports warning signs that changed frequency', () => {
    expect(c.warnings.map((w) => [w.id, w.before, w.after, w.direction])).toEqual([
      ['ws-overrides', 'often', 'sometimes', 'better'],
      ['ws-priority-drift', 'never', 'often', 'worse'],
    ]);
    expect(warningChangeText(c.warnings[0])).toBe('Technical calls overridden on the spot: Often → Sometimes');
  });

  it('finds nothing between a round and itself', () => {
    const same = compareRounds(after, after);
    expect(same.improved).toEqual([]);
    expect(same.regressed).toEqual([]);
    expect(same.summary).toEqual([]);
    expect(same.warnings).toEqual([]);
  });
});
