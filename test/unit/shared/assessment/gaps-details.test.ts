// What a gap carries beside its rank (notes, signs, weight) and how ties and area splits read.
import { describe, expect, it } from 'vitest';
import { gapReading, isSignSplit, pinnedGaps, rankGaps } from '../../../../shared/assessment/gaps';
import { areaDeltas, compareOverall, signedText } from '../../../../shared/assessment/area-comparison';
import { allStatements } from '../../../../shared/framework/content';
import type { Answers, AnswerValue } from '../../../../shared/assessment/types';

function answersOf(base: AnswerValue, over: Record<string, AnswerValue> = {}, notes: Record<string, string> = {}): Answers {
  const out: Answers = {};
  for (const s of allStatements()) out[s.id] = { value: over[s.id] ?? base };
  for (const [id, note] of Object.entries(notes)) out[id] = { ...out[id], note };
  return out;
}

describe('a gap', () => {
  it("carries each leader's note, trimmed, and no note that is blank", () => {
    const ceo = answersOf(5, { 'db-1': 2 }, { 'db-1': '  we never wrote it down ' });
    const cto = answersOf(5, { 'db-1': 4 }, { 'db-1': '   ' });
    const [g] = rankGaps(ceo, cto);
    expect(g.ceoNote).toBe('we never wrote it down');
    expect('ctoNote' in g).toBe(false);
    const [h] = rankGaps(cto, ceo);
    expect(h.ctoNote).toBe('we never wrote it down');
    expect('ceoNote' in h).toBe(false);
  });

  it('weighs its points out of 20, and lists only the signs someone answered', () => {
    const ceo = answersOf(5, { 'db-3': 2 });
    const cto = answersOf(5, { 'db-3': 2 });
    const [g] = rankGaps({ answers: ceo, warnings: { 'ws-overrides': 'sometimes' } }, { answers: cto, warnings: {} });
    expect(g).toMatchObject({ statementId: 'db-3', answerPoints: 6, signPoints: 1, points: 7, weight: 7 / 20 });
    expect(g.signs).toEqual([{ id: 'ws-overrides', title: 'Technical calls overridden on the spot', ceo: 'sometimes', cto: null, split: false }]);
    expect(rankGaps(ceo, cto)[0].signs).toEqual([]);
  });

  it('no limit below zero: a negative limit is an empty list', () => {
    expect(rankGaps(answersOf(1), answersOf(5), undefined, -1)).toEqual([]);
    expect(rankGaps(answersOf(1), answersOf(5), undefined, 2)).toHaveLength(2);
  });

  it('names two or three tied peers in full, with "and" before the last', () => {
    const two = rankGaps(answersOf(5, { 'db-1': 3, 'db-2': 3 }), answersOf(5, { 'db-1': 3, 'db-2': 3 }), undefined, Infinity);
    expect(two[0].tie?.explanation).toMatch(/^Tied at 4 points with "Who owns delivery dates"; /);
    const four = rankGaps(answersOf(5, { 'db-1': 3, 'db-2': 3, 'db-3': 3, 'db-4': 3 }), answersOf(5, { 'db-1': 3, 'db-2': 3, 'db-3': 3, 'db-4': 3 }), undefined, Infinity);
    expect(four[0].tie?.explanation).toMatch(/^Tied at 4 points with "Who owns delivery dates", "Technical calls stick" and "Shared risk budget"; /);
    expect(four[0].tie?.with).toEqual(['db-2', 'db-3', 'db-4']);
    expect(four[1].tie?.explanation).toContain('Ranked after "Written decision rights" (diagnostic order) and ahead of "Technical calls stick" (diagnostic order).');
  });

  it('is not tied with a gap of other points', () => {
    const gaps = rankGaps(answersOf(5, { 'db-1': 1, 'db-2': 3 }), answersOf(5, { 'db-1': 5, 'db-2': 3 }), undefined, Infinity);
    expect(gaps.map((g) => g.tie)).toEqual([undefined, undefined]);
  });
});

describe('pinnedGaps', () => {
  it('takes at most `count`, first pins first', () => {
    const ranking = rankGaps(answersOf(5, { 'db-1': 1, 'db-2': 2, 'db-3': 3 }), answersOf(5), undefined, Infinity);
    expect(pinnedGaps(ranking, ['db-3', 'db-2'], 1).map((g) => [g.statementId, g.pinned])).toEqual([['db-3', true]]);
    expect(pinnedGaps(ranking, [], 2).map((g) => g.statementId)).toEqual(['db-1', 'db-2']);
  });
});

describe('area comparison wording', () => {
  it('reads the sign out in plain words', () => {
    expect(signedText(null)).toBe('');
    expect(signedText(0)).toBe('Same score');
    expect(signedText(12)).toBe('CEO 12 higher');
    expect(signedText(-7)).toBe('CTO 7 higher');
  });

  it('counts "don\'t know" per leader in the coverage', () => {
    const [db] = areaDeltas({ answers: answersOf(4, { 'db-1': 'dont-know', 'db-2': 'dont-know' }) }, { answers: answersOf(4, { 'db-3': 'dont-know' }) });
    expect(db.coverage).toEqual({ total: 6, both: 3, ceo: { scored: 4, dontKnow: 2 }, cto: { scored: 5, dontKnow: 1 } });
    expect(db).toMatchObject({ ceo: 75, cto: 75, delta: 0, signed: 0 });
  });

  it('says "1 statement" for one, and names every thin area', () => {
    const ceo: Answers = { 'db-1': { value: 3 } };
    const overall = compareOverall({ answers: ceo }, { answers: ceo });
    expect(overall.refusal).toBe(
      'No overall comparison: too few statements scored by both of you in Decision boundaries, Communication quality, Strategic alignment, Conflict resolution (1 statement of 24 in all).',
    );
    expect(overall).toMatchObject({ ceo: null, cto: null, delta: null, signed: null, both: 1, total: 24 });
  });

  it('the overall comparison is the rounded mean of the four area scores, with its sign', () => {
    // CEO: db 100, others 75 → 81.25 → 81; CTO: all 50 (3s).
    const overall = compareOverall({ answers: answersOf(4, { 'db-1': 5, 'db-2': 5, 'db-3': 5, 'db-4': 5, 'db-5': 5, 'db-6': 5 }) }, { answers: answersOf(3) });
    expect(overall).toEqual({ ceo: 81, cto: 50, delta: 31, signed: 31, both: 24, total: 24 });
    const reversed = compareOverall({ answers: answersOf(3) }, { answers: answersOf(4, { 'db-1': 5, 'db-2': 5, 'db-3': 5, 'db-4': 5, 'db-5': 5, 'db-6': 5 }) });
    expect(reversed).toMatchObject({ delta: 31, signed: -31 });
  });
});

describe('how a gap reads', () => {
  it('flags a sign split only for "often" against "never", either way round', () => {
    expect(isSignSplit('often', 'never')).toBe(true);
    expect(isSignSplit('never', 'often')).toBe(true);
    for (const [a, b] of [['often', 'sometimes'], ['sometimes', 'never'], ['never', 'sometimes'], ['sometimes', 'often'], ['often', 'often'], ['never', 'never'], ['never', null], [null, 'often']] as const)
      expect(isSignSplit(a, b)).toBe(false);
  });

  it('carries the split and the pair\'s mean, none for "don\'t know"', () => {
    expect(rankGaps(answersOf(5, { 'db-1': 4 }), answersOf(5, { 'db-1': 1 }))[0]).toMatchObject({ delta: 3, joint: 2.5 });
    expect(rankGaps(answersOf(5, { 'db-1': 'dont-know' }), answersOf(5, { 'db-1': 1 }))[0]).toMatchObject({ delta: null, joint: null });
  });

  it('two points apart is a split', () => {
    expect(rankGaps(answersOf(5, { 'db-1': 3 }), answersOf(5, { 'db-1': 5 }))[0].kind).toBe('split');
    expect(rankGaps(answersOf(5, { 'db-1': 3 }), answersOf(5, { 'db-1': 4 }))[0].kind).toBe('not-healthy');
  });

  it('a 2 against a 3 is not a shared low', () => {
    expect(rankGaps(answersOf(5, { 'db-1': 2 }), answersOf(5, { 'db-1': 3 }))[0].kind).toBe('not-healthy');
  });

  it('says which leader has the answer when one does not know', () => {
    expect(gapReading('dont-know', 3)).toBe("One of you doesn't know (CEO don't know, CTO 3): the CTO has an answer the CEO cannot give.");
    expect(gapReading(2, 'dont-know')).toBe("One of you doesn't know (CEO 2, CTO don't know): the CEO has an answer the CTO cannot give.");
  });

  it('a 3-point split ranks ahead of a 2-point split at equal points, whatever the order', () => {
    // db-1: 1 vs 3 → 6 + 6 = 12; db-2: 2 vs 5 → 9 + 3 = 12.
    const gaps = rankGaps(answersOf(5, { 'db-1': 1, 'db-2': 2 }), answersOf(5, { 'db-1': 3, 'db-2': 5 }), undefined, Infinity);
    expect(gaps.map((g) => [g.statementId, g.points])).toEqual([['db-2', 12], ['db-1', 12]]);
  });
});
