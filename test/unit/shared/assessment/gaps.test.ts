import { describe, it, expect } from 'vitest';
import { areaDeltas, gapWeight, itemDeltas, rankGaps } from '../../../../shared/assessment/gaps';
import { allStatements } from '../../../../shared/framework/content';
import type { Answers, AnswerValue } from '../../../../shared/assessment/types';

function fill(value: AnswerValue): Answers {
  const answers: Answers = {};
  for (const s of allStatements()) answers[s.id] = { value };
  return answers;
}

describe('gapWeight', () => {
  it('follows 0.6·delta/4 + 0.4·(5 − joint)/4', () => {
    // 1 vs 5: delta 4, joint 3 → 0.6 + 0.4·0.5 = 0.8
    expect(gapWeight(1, 5)).toBeCloseTo(0.8, 10);
    // 2 vs 2: delta 0, joint 2 → 0.4·0.75 = 0.3
    expect(gapWeight(2, 2)).toBeCloseTo(0.3, 10);
    // 5 vs 5 → 0
    expect(gapWeight(5, 5)).toBe(0);
    // 1 vs 1 → 0.4
    expect(gapWeight(1, 1)).toBeCloseTo(0.4, 10);
    // 3 vs 4: delta 1 → 0.15; joint 3.5 → 0.4·0.375 = 0.15 → 0.3
    expect(gapWeight(3, 4)).toBeCloseTo(0.3, 10);
  });
});

describe('itemDeltas', () => {
  it('returns every statement in framework order with deltas only where both scored', () => {
    const ceo: Answers = { 'db-1': { value: 2 }, 'db-2': { value: 'dont-know' }, 'cq-1': { value: 5 } };
    const cto: Answers = { 'db-1': { value: 5 }, 'db-2': { value: 3 } };
    const d = itemDeltas(ceo, cto);
    expect(d).toHaveLength(24);
    expect(d[0]).toEqual({ statementId: 'db-1', areaId: 'decision-boundaries', ceo: 2, cto: 5, delta: 3, joint: 3.5 });
    expect(d[1]).toMatchObject({ statementId: 'db-2', ceo: 'dont-know', cto: 3, delta: null, joint: null });
    expect(d[6]).toMatchObject({ statementId: 'cq-1', ceo: 5, cto: null, delta: null, joint: null });
    expect(d[23].statementId).toBe('cr-6');
  });
});

describe('areaDeltas', () => {
  it('compares 0–100 area scores and is null when either side is missing', () => {
    // CEO db all 5 → 100; CTO db all 2 → 25; delta 75. cq: CEO only → null.
    const ceo = fill(5);
    const cto: Answers = {};
    for (let i = 1; i <= 6; i++) cto[`db-${i}`] = { value: 2 };
    const d = areaDeltas({ answers: ceo }, { answers: cto });
    expect(d[0]).toEqual({ areaId: 'decision-boundaries', ceo: 100, cto: 25, delta: 75 });
    expect(d[1]).toEqual({ areaId: 'communication-quality', ceo: 100, cto: null, delta: null });
  });
});

describe('rankGaps', () => {
  it('ranks the biggest disagreement first and carries notes', () => {
    const ceo = fill(4);
    const cto = fill(4);
    // Baseline 4/4 → weight 0.1 everywhere.
    ceo['sa-2'] = { value: 5, note: 'We ship what sales asks for.' };
    cto['sa-2'] = { value: 1, note: '  Half the quarter went to one-off deals. ' };
    // sa-2: 5 vs 1 → 0.8
    ceo['cr-1'] = { value: 2 };
    cto['cr-1'] = { value: 2 };
    // cr-1: 2 vs 2 → 0.3
    ceo['db-4'] = { value: 3 };
    cto['db-4'] = { value: 5 };
    // db-4: delta 2 → 0.3; joint 4 → 0.1 → 0.4
    const gaps = rankGaps(ceo, cto);
    expect(gaps.map((g) => [g.statementId, g.weight])).toEqual([
      ['sa-2', 0.8],
      ['db-4', 0.4],
      ['cr-1', 0.3],
    ]);
    expect(gaps[0]).toMatchObject({
      title: 'Shipped work serves the growth plan',
      ceo: 5,
      cto: 1,
      delta: 4,
      joint: 3,
      ceoNote: 'We ship what sales asks for.',
      ctoNote: 'Half the quarter went to one-off deals.',
    });
    expect(gaps[2].ceoNote).toBeUndefined();
  });

  it('explains disagreement, shared lows and middling scores differently', () => {
    const ceo: Answers = { 'db-1': { value: 1 }, 'db-2': { value: 2 }, 'db-3': { value: 3 } };
    const cto: Answers = { 'db-1': { value: 4 }, 'db-2': { value: 2 }, 'db-3': { value: 4 } };
    // db-1: 0.6·3/4 + 0.4·2.5/4 = 0.45 + 0.25 = 0.7; db-2: 0.3; db-3: 0.3 (tie → framework order)
    const [split, low, mid] = rankGaps(ceo, cto);
    expect(split.statementId).toBe('db-1');
    expect(split.why).toMatch(/differently/);
    expect(split.why).toContain('CEO 1, CTO 4');
    expect(split.why).toContain('The CTO rates it 3 points higher');
    expect(low.statementId).toBe('db-2');
    expect(low.why).toMatch(/both rate this low/);
    expect(mid.statementId).toBe('db-3');
    expect(mid.why).toMatch(/roughly agree/);
    expect(new Set([split.why, low.why, mid.why]).size).toBe(3);
  });

  it('breaks ties by framework order', () => {
    // Both all 3s: every item weighs 0.4·(2/4) = 0.2, so the first three statements win.
    const gaps = rankGaps(fill(3), fill(3));
    expect(gaps.map((g) => g.statementId)).toEqual(['db-1', 'db-2', 'db-3']);
    expect(gaps.every((g) => g.weight === 0.2)).toBe(true);
  });

  it('keeps framework order across areas for equal weights', () => {
    const ceo: Answers = { 'cr-6': { value: 1 }, 'sa-1': { value: 5 }, 'db-6': { value: 1 } };
    const cto: Answers = { 'cr-6': { value: 5 }, 'sa-1': { value: 1 }, 'db-6': { value: 5 } };
    // all three are 1 vs 5 → 0.8
    expect(rankGaps(ceo, cto).map((g) => g.statementId)).toEqual(['db-6', 'sa-1', 'cr-6']);
  });

  it('finds no gaps when both answered 5 everywhere', () => {
    expect(rankGaps(fill(5), fill(5))).toEqual([]);
  });

  it('finds no gaps when everything is dont-know', () => {
    expect(rankGaps(fill('dont-know'), fill('dont-know'))).toEqual([]);
    expect(rankGaps(fill('dont-know'), fill(1))).toEqual([]);
  });

  it('finds no gaps when one side has not answered', () => {
    expect(rankGaps(fill(1), {})).toEqual([]);
  });

  it('honours the limit', () => {
    expect(rankGaps(fill(1), fill(1), undefined, 5)).toHaveLength(5);
    expect(rankGaps(fill(1), fill(1), undefined, 0)).toEqual([]);
  });
});
