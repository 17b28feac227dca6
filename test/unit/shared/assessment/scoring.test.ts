import { describe, it, expect } from 'vitest';
import { FRAMEWORK, areaById } from '../../../../shared/framework/content';
import { HEALTHY_ANSWER, HEALTHY_SCORE, isHealthyAnswer, progress, scoreArea, scoreRound, toPercent } from '../../../../shared/assessment/scoring';
import type { Answers, AnswerValue, Round } from '../../../../shared/assessment/types';

const db = areaById('decision-boundaries')!;

/** Builds answers for one area from a list of six values (null = left blank). */
function areaAnswers(prefix: string, values: (AnswerValue | null)[]): Answers {
  const answers: Answers = {};
  values.forEach((value, i) => {
    answers[`${prefix}-${i + 1}`] = { value };
  });
  return answers;
}

function fill(value: AnswerValue): Answers {
  return {
    ...areaAnswers('db', Array(6).fill(value)),
    ...areaAnswers('cq', Array(6).fill(value)),
    ...areaAnswers('sa', Array(6).fill(value)),
    ...areaAnswers('cr', Array(6).fill(value)),
  };
}

describe('scoreArea', () => {
  it('maps the 1–5 mean onto 0–100', () => {
    // mean of 1,2,3,4,5,5 = 20/6 = 3.333…; (3.333−1)/4*100 = 58.33 → 58
    const s = scoreArea(db, areaAnswers('db', [1, 2, 3, 4, 5, 5]));
    expect(s).toEqual({ areaId: 'decision-boundaries', score: 58, answered: 6, dontKnow: 0, unanswered: 0, thin: false });
  });

  it('scores all-ones as 0 and all-fives as 100', () => {
    expect(scoreArea(db, areaAnswers('db', [1, 1, 1, 1, 1, 1])).score).toBe(0);
    expect(scoreArea(db, areaAnswers('db', [5, 5, 5, 5, 5, 5])).score).toBe(100);
  });

  it('excludes "dont-know" from the mean but counts it', () => {
    // numeric: 2, 4 → mean 3 → 50; two dont-know; two blank (one explicit null, one missing)
    const answers = areaAnswers('db', [2, 'dont-know', 4, 'dont-know', null]);
    const s = scoreArea(db, answers);
    expect(s).toEqual({ areaId: 'decision-boundaries', score: 50, answered: 2, dontKnow: 2, unanswered: 2, thin: true });
  });

  it('gives a null score when every answer is "dont-know"', () => {
    const s = scoreArea(db, areaAnswers('db', Array(6).fill('dont-know')));
    expect(s.score).toBeNull();
    expect(s.dontKnow).toBe(6);
    expect(s.answered).toBe(0);
  });

  it('gives a null score for an empty round', () => {
    expect(scoreArea(db, {})).toEqual({
      areaId: 'decision-boundaries',
      score: null,
      answered: 0,
      dontKnow: 0,
      unanswered: 6,
      thin: true,
    });
  });

  it('rounds half-way values up', () => {
    // mean of 1,2 = 1.5 → 12.5 → 13
    expect(scoreArea(db, areaAnswers('db', [1, 2])).score).toBe(13);
  });
});

describe('scoreRound', () => {
  it('averages non-null area scores for overall and skips null areas', () => {
    // db all 5 → 100; cq all 2 → 25; sa all dont-know → null; cr empty → null
    // overall = (100 + 25) / 2 = 62.5 → 63
    const answers = {
      ...areaAnswers('db', [5, 5, 5, 5, 5, 5]),
      ...areaAnswers('cq', [2, 2, 2, 2, 2, 2]),
      ...areaAnswers('sa', Array(6).fill('dont-know')),
    };
    const r = scoreRound({ answers, warnings: {} });
    expect(r.areas.map((a) => a.score)).toEqual([100, 25, null, null]);
    expect(r.overall).toBe(63);
  });

  it('has a null overall when nothing is scored', () => {
    const r = scoreRound({ answers: fill('dont-know'), warnings: {} });
    expect(r.overall).toBeNull();
    expect(r.weakest).toEqual([]);
  });

  it('fires warnings answered sometimes or often, in framework order', () => {
    const r = scoreRound({
      answers: {},
      warnings: { 'ws-avoided-disagreement': 'often', 'ws-overrides': 'sometimes', 'ws-late-strategy': 'never' },
    });
    expect(r.firedWarnings.map((w) => [w.id, w.frequency])).toEqual([
      ['ws-overrides', 'sometimes'],
      ['ws-avoided-disagreement', 'often'],
    ]);
    expect(r.firedWarnings[0].title).toBe(FRAMEWORK.warningSigns[0].title);
  });

  it('lists no weak spots when everything is healthy', () => {
    // all 4 → every area and item scores 75, which is healthy
    expect(scoreRound({ answers: fill(4), warnings: {} }).weakest).toEqual([]);
  });

  it('picks the lowest area first on a tie, then one item per area', () => {
    // Everything 3 (score 50), except db-2 = 1 (score 0) and cq-4 = 2 (score 25).
    // db area = mean(3,1,3,3,3,3) = 16/6 = 2.667 → 41.67 → 42
    // cq area = mean(3,3,3,2,3,3) = 17/6 = 2.833 → 45.8 → 46
    // Candidates sorted: db-2 item (0), cq-4 item (25), db area (42), cq area (46), …
    const answers = fill(3);
    answers['db-2'] = { value: 1 };
    answers['cq-4'] = { value: 2 };
    const weakest = scoreRound({ answers, warnings: {} }).weakest;
    expect(weakest.map((w) => [w.kind, w.statementId ?? w.areaId, w.score])).toEqual([
      ['item', 'db-2', 0],
      ['item', 'cq-4', 25],
      ['area', 'decision-boundaries', 42],
    ]);
    expect(weakest[0].title).toBe('Who owns delivery dates');
    expect(weakest[0].why).toContain('0 out of 100');
    expect(weakest[2].why).toContain('42 out of 100');
  });

  it('never takes two items from the same area', () => {
    // db-1 = 1, db-2 = 1, rest 5. db area mean = (1+1+20)/6 = 3.667 → 66.67 → 67
    // Items at 0: db-1, db-2 (only db-1 kept). Next lowest is the db area at 67.
    const answers = fill(5);
    answers['db-1'] = { value: 1 };
    answers['db-2'] = { value: 1 };
    const weakest = scoreRound({ answers, warnings: {} }).weakest;
    expect(weakest.map((w) => w.statementId ?? w.areaId)).toEqual(['db-1', 'decision-boundaries']);
  });

  it('puts an area before an item at the same score and keeps framework order otherwise', () => {
    // All 3 → every area and every item scores 50. Areas first (db, cq, sa), in framework order.
    const weakest = scoreRound({ answers: fill(3), warnings: {} }).weakest;
    expect(weakest.map((w) => w.areaId)).toEqual(['decision-boundaries', 'communication-quality', 'strategic-alignment']);
    expect(weakest.every((w) => w.kind === 'area')).toBe(true);
  });

  it('mentions dont-know answers in an area explanation', () => {
    const answers = areaAnswers('db', [1, 1, 1, 'dont-know', 'dont-know']);
    const spot = scoreRound({ answers, warnings: {} }).weakest.find((w) => w.kind === 'area')!;
    expect(spot.score).toBe(0);
    expect(spot.why).toContain('across the 3 statements you scored');
    expect(spot.why).toContain(`"Don't know" to 2 more`);
  });

  it('one scored answer among five "don\'t know" is thin: no area weak spot, not in the overall', () => {
    // db: one 5 and five don't know → score 100 on one statement; cq: all 2 → 25.
    const answers = { ...areaAnswers('db', [5, 'dont-know', 'dont-know', 'dont-know', 'dont-know', 'dont-know']), ...areaAnswers('cq', Array(6).fill(2)) };
    const r = scoreRound({ answers, warnings: {} });
    expect(r.areas[0]).toMatchObject({ score: 100, answered: 1, dontKnow: 5, thin: true });
    expect(r.overall).toBe(25);
    expect(r.overallAreas).toBe(1);
    expect(r.weakest.some((w) => w.kind === 'area' && w.areaId === 'decision-boundaries')).toBe(false);
  });

  it('calls 4 and 5 healthy and 3 not: the same line the comparison uses', () => {
    expect([1, 2, 3, 4, 5].map((v) => isHealthyAnswer(v as 1))).toEqual([false, false, false, true, true]);
    expect(isHealthyAnswer('dont-know')).toBe(false);
    expect(toPercent(HEALTHY_ANSWER)).toBe(HEALTHY_SCORE);
    // A round of all 4s lists no weak spot at all.
    expect(scoreRound({ answers: fill(4), warnings: {} }).weakest).toEqual([]);
    expect(scoreRound({ answers: fill(3), warnings: {} }).weakest.length).toBeGreaterThan(0);
  });
});

describe('progress', () => {
  it('counts any answer including dont-know, per area', () => {
    const round = {
      answers: { 'db-1': { value: 3 }, 'db-2': { value: 'dont-know' }, 'db-3': { value: null }, 'cr-6': { value: 1 } },
      warnings: { 'ws-overrides': 'never' },
    } as Pick<Round, 'answers' | 'warnings'>;
    const p = progress(round);
    expect(p.answered).toBe(3);
    expect(p.total).toBe(24);
    expect(p.perArea['decision-boundaries']).toEqual({ answered: 2, total: 6 });
    expect(p.perArea['conflict-resolution']).toEqual({ answered: 1, total: 6 });
    expect(p.perArea['strategic-alignment']).toEqual({ answered: 0, total: 6 });
    expect(p.warningsAnswered).toBe(1);
    expect(p.warningsTotal).toBe(6);
  });
});
