// @vitest-environment node
/*
 * Day 30 called a gap "unchanged" whenever the two leaders were as far apart as before, even when
 * both scores moved: 2 vs 4 that became 4 vs 2, or both up a point. The reader was told nothing
 * changed when the scores did. "Unchanged" now means the same two scores; the rest is "shifted".
 */
import { describe, expect, it } from 'vitest';
import { classifyChange, day30Diff, day30Summary } from '../../../../shared/offsite/day30';
import { CHANGE_ORDER, CHANGE_WORDS, day30Report, type PairSides } from '../../../../shared/offsite/day30-report';
import { agendaGaps } from '../../../../shared/offsite/next-agenda';
import type { Answers, AnswerValue } from '../../../../shared/assessment/types';
import { sealedRound, six, type PerArea } from '../history/fixtures';

describe('a gap as far apart as before', () => {
  it.each([
    [[2, 4], [4, 2]],
    [[2, 4], [3, 5]],
    [[5, 2], [4, 1]],
    [[1, 3], [3, 1]],
  ] as const)('%j → %j: the scores moved, so it is not "unchanged"', (before, after) => {
    expect(classifyChange(before as never, after as never)).toBe('shifted');
  });

  it.each([
    [[2, 4], [2, 4]],
    [[3, 3], [3, 3]],
  ] as const)('%j → %j: the same two scores is unchanged', (before, after) => {
    expect(classifyChange(before as never, after as never)).toBe('unchanged');
  });

  it('is counted and named apart from "unchanged"', () => {
    const a = (pairs: Record<string, AnswerValue>): Answers => Object.fromEntries(Object.entries(pairs).map(([k, v]) => [k, { value: v }]));
    const rows = day30Diff({ ceo: a({ 'db-1': 2, 'db-2': 3 }), cto: a({ 'db-1': 4, 'db-2': 3 }) }, { ceo: a({ 'db-1': 4, 'db-2': 3 }), cto: a({ 'db-1': 2, 'db-2': 3 }) });
    const s = day30Summary(rows);
    expect(s.shifted).toBe(1);
    expect(s.unchanged).toBe(1);
    expect(CHANGE_ORDER).toContain('shifted');
    expect(CHANGE_WORDS.shifted).toBe('As far apart, scores moved');
    expect(CHANGE_WORDS.shifted).not.toMatch(/unchanged/i);
  });
});

describe('an area as far apart as before', () => {
  const side = (areas: PerArea): PairSides['ceo'] => sealedRound({ id: 'x', role: 'ceo', label: 'x', sealedAt: '2026-03-10T09:00:00.000Z', answers: areas });
  it('is "shifted" when both area scores moved, "unchanged" only when neither did', () => {
    // Decision boundaries: CEO 2s vs CTO 4s, then CEO 4s vs CTO 2s. Same distance, swapped.
    const baseline = { ceo: side([six(2), six(3), six(3), six(3)]), cto: side([six(4), six(3), six(3), six(3)]) };
    const now = { ceo: side([six(4), six(3), six(3), six(3)]), cto: side([six(2), six(3), six(3), six(3)]) };
    const r = day30Report(baseline, now);
    expect(r.areas[0]).toMatchObject({ baseline: { delta: 50 }, now: { delta: 50 }, change: 'shifted' });
    expect(r.areas[1].change).toBe('unchanged');
  });
});

describe('the next offsite agenda', () => {
  it('does not call a swapped gap "unchanged"', () => {
    const round = (role: 'ceo' | 'cto', v: 2 | 4, id: string) =>
      sealedRound({ id, role, label: 'r', sealedAt: '2026-03-10T09:00:00.000Z', answers: [[v, 4, 4, 4, 4, 4], six(4), six(4), six(4)] });
    const gaps = agendaGaps({ ceo: round('ceo', 4, 'a'), cto: round('cto', 2, 'b') }, [], { ceo: round('ceo', 2, 'c'), cto: round('cto', 4, 'd'), completedAt: '2026-03-11T10:00:00.000Z' });
    expect(gaps[0].statementId).toBe('db-1');
    expect(gaps[0].title).not.toMatch(/unchanged/);
    expect(gaps[0].title).toMatch(/\(as far apart, scores moved since 2026-03-11\)$/);
  });
});
