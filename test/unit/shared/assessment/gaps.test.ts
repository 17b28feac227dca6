import { describe, it, expect } from 'vitest';
import {
  answerPoints,
  areaDeltas,
  compareOverall,
  gapWeight,
  itemDeltas,
  pinnedGaps,
  rankGaps,
  selectTopGaps,
  signPoints,
} from '../../../../shared/assessment/gaps';
import { scoreRound } from '../../../../shared/assessment/scoring';
import { allStatements } from '../../../../shared/framework/content';
import type { Answers, AnswerValue, WarningAnswers } from '../../../../shared/assessment/types';

function fill(value: AnswerValue): Answers {
  const answers: Answers = {};
  for (const s of allStatements()) answers[s.id] = { value };
  return answers;
}

function withAnswers(base: Answers, over: Record<string, AnswerValue>): Answers {
  const answers = { ...base };
  for (const [id, value] of Object.entries(over)) answers[id] = { value };
  return answers;
}

const ids = (gaps: { statementId: string }[]) => gaps.map((g) => g.statementId);

describe('answer points', () => {
  it('follows 3·|a − b| + 10 − a − b for scored pairs, and 0 when both are healthy', () => {
    expect(answerPoints(1, 5)).toBe(16);
    expect(answerPoints(2, 2)).toBe(6);
    expect(answerPoints(1, 1)).toBe(8);
    expect(answerPoints(3, 4)).toBe(6);
    expect(answerPoints(3, 3)).toBe(4);
    expect(answerPoints(4, 4)).toBe(0);
    expect(answerPoints(5, 4)).toBe(0);
    expect(answerPoints(5, 5)).toBe(0);
    expect(gapWeight(1, 5)).toBeCloseTo(0.8, 10);
  });

  it('reads "don\'t know" as a 3 at least 2 points away: 13 − x, both 10', () => {
    expect(answerPoints(5, 'dont-know')).toBe(8);
    expect(answerPoints('dont-know', 1)).toBe(12);
    expect(answerPoints('dont-know', 'dont-know')).toBe(10);
  });

  it('scores warning signs as max + |difference|, ignoring "don\'t know" and blanks', () => {
    expect(signPoints('often', 'never')).toBe(4);
    expect(signPoints('often', 'often')).toBe(2);
    expect(signPoints('sometimes', 'never')).toBe(2);
    expect(signPoints('never', 'never')).toBe(0);
    expect(signPoints('often', null)).toBe(2);
    expect(signPoints('dont-know', 'sometimes')).toBe(1);
    // A name every object inherits is no frequency (a stored answer read without the round schema).
    expect(signPoints('constructor' as never, 'never')).toBe(0);
    expect(signPoints(undefined, 'dont-know')).toBe(0);
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
  });
});

describe('healthy means 4 or 5, in the comparison as on the results page', () => {
  it('4/4 and 5/4 are not gaps, and neither leader lists them as weak', () => {
    const ceo = withAnswers(fill(4), { 'db-1': 5 });
    const cto = fill(4);
    expect(rankGaps(ceo, cto, undefined, Infinity)).toEqual([]);
    expect(scoreRound({ answers: ceo, warnings: {} }).weakest).toEqual([]);
    expect(scoreRound({ answers: cto, warnings: {} }).weakest).toEqual([]);
  });

  it('says "neither calls it healthy" only when that is true', () => {
    const ceo = withAnswers(fill(5), { 'db-1': 3, 'db-2': 4, 'db-3': 3 });
    const cto = withAnswers(fill(5), { 'db-1': 3, 'db-2': 3, 'db-3': 4 });
    const gaps = rankGaps(ceo, cto, undefined, Infinity);
    const by = (id: string) => gaps.find((g) => g.statementId === id)!;
    expect(by('db-1').why).toBe('You roughly agree (CEO 3, CTO 3), but neither of you calls it healthy yet.');
    expect(by('db-2').why).toBe('The CEO calls this healthy and the CTO does not yet (CEO 4, CTO 3).');
    expect(by('db-3').why).toBe('The CTO calls this healthy and the CEO does not yet (CEO 3, CTO 4).');
    expect(gaps.map((g) => g.kind)).toEqual(['not-healthy', 'not-healthy', 'not-healthy']);
    // On the CEO's results page the 3 is a weak spot and the 4 is not: the same line.
    const weak = scoreRound({ answers: ceo, warnings: {} }).weakest.map((w) => w.statementId);
    expect(weak).toContain('db-1');
    expect(weak).not.toContain('db-2');
  });

  it('names disagreement and shared lows with the right person higher', () => {
    const ceo: Answers = { 'db-1': { value: 1 }, 'db-2': { value: 2 }, 'db-3': { value: 5 } };
    const cto: Answers = { 'db-1': { value: 4 }, 'db-2': { value: 1 }, 'db-3': { value: 2 } };
    const gaps = rankGaps(ceo, cto, undefined, Infinity);
    const by = (id: string) => gaps.find((g) => g.statementId === id)!;
    expect(by('db-1').why).toBe('You see this differently (CEO 1, CTO 4): the CTO rates it 3 points higher.');
    expect(by('db-3').why).toBe('You see this differently (CEO 5, CTO 2): the CEO rates it 3 points higher.');
    expect(by('db-2')).toMatchObject({ kind: 'shared-low', why: 'You both rate this low (CEO 2, CTO 1), so it is a weakness you already share.' });
  });
});

describe('"one of you doesn\'t know" is a gap', () => {
  it('CEO 5 against CTO "don\'t know" on who owns delivery dates is ranked, not hidden', () => {
    const ceo = withAnswers(fill(4), { 'db-2': 5 });
    const cto = withAnswers(fill(4), { 'db-2': 'dont-know', 'cq-1': 3 });
    const gaps = rankGaps(ceo, cto, undefined, Infinity);
    expect(ids(gaps)).toEqual(['db-2', 'cq-1']);
    expect(gaps[0]).toMatchObject({ kind: 'unknown', ceo: 5, cto: 'dont-know', delta: null, points: 8, rank: 1 });
    expect(gaps[0].why).toBe("One of you doesn't know (CEO 5, CTO don't know): the CEO has an answer the CTO cannot give.");
  });

  it('a partner answering "don\'t know" everywhere leaves every statement a gap, never "all healthy"', () => {
    const gaps = rankGaps(fill(5), fill('dont-know'), undefined, Infinity);
    expect(gaps).toHaveLength(24);
    expect(gaps.every((g) => g.kind === 'unknown')).toBe(true);
    expect(rankGaps(fill('dont-know'), fill('dont-know'))[0].why).toMatch(/^Neither of you knows/);
  });

  it('blank answers are not compared', () => {
    expect(rankGaps(fill(1), {})).toEqual([]);
  });
});

describe('coverage: thin evidence is refused, not scored', () => {
  it('one scored statement and five "don\'t know" give no area number, and say why', () => {
    const ceo = fill(5);
    const cto = withAnswers(fill(4), { 'db-1': 2, 'db-2': 'dont-know', 'db-3': 'dont-know', 'db-4': 'dont-know', 'db-5': 'dont-know', 'db-6': 'dont-know' });
    const [db, cq] = areaDeltas({ answers: ceo }, { answers: cto });
    expect(db).toMatchObject({ ceo: null, cto: null, delta: null, signed: null });
    expect(db.coverage).toEqual({ total: 6, both: 1, ceo: { scored: 6, dontKnow: 0 }, cto: { scored: 1, dontKnow: 5 } });
    expect(db.refusal).toBe('Not compared: you both scored only 1 of 6 statements here (CEO 6, CTO 1); at least 3 are needed.');
    expect(cq).toMatchObject({ ceo: 100, cto: 75, delta: 25, signed: 25 });
    expect(cq.refusal).toBeUndefined();
    const overall = compareOverall({ answers: ceo }, { answers: cto });
    expect(overall).toMatchObject({ ceo: null, cto: null, delta: null, both: 19, total: 24 });
    expect(overall.refusal).toBe('No overall comparison: too few statements scored by both of you in Decision boundaries (19 statements of 24 in all).');
  });

  it('compares overall scores over the same statements only', () => {
    // The CEO scored all of db (three 5s, three 1s → own score 50); the CTO only db-1..3 (5s).
    // Over the statements both scored they agree: 100 and 100, not "50 points apart".
    const ceo = withAnswers(fill(4), { 'db-1': 5, 'db-2': 5, 'db-3': 5, 'db-4': 1, 'db-5': 1, 'db-6': 1 });
    const cto = withAnswers(fill(4), { 'db-1': 5, 'db-2': 5, 'db-3': 5, 'db-4': 'dont-know', 'db-5': 'dont-know', 'db-6': 'dont-know' });
    expect(scoreRound({ answers: ceo, warnings: {} }).areas[0].score).toBe(50);
    const [db] = areaDeltas({ answers: ceo }, { answers: cto });
    expect(db).toMatchObject({ ceo: 100, cto: 100, delta: 0, signed: 0 });
    expect(compareOverall({ answers: ceo }, { answers: cto })).toEqual({ ceo: 81, cto: 81, delta: 0, signed: 0, both: 21, total: 24 });
  });

  it('signs area deltas correctly in both directions', () => {
    const ceo = withAnswers(fill(3), { 'db-1': 5, 'db-2': 5, 'db-3': 5, 'db-4': 5, 'db-5': 5, 'db-6': 5 });
    const cto = withAnswers(fill(3), { 'cq-1': 5, 'cq-2': 5, 'cq-3': 5, 'cq-4': 5, 'cq-5': 5, 'cq-6': 5 });
    const [db, cq, sa] = areaDeltas({ answers: ceo }, { answers: cto });
    expect(db).toMatchObject({ ceo: 100, cto: 50, delta: 50, signed: 50 });
    expect(cq).toMatchObject({ ceo: 50, cto: 100, delta: 50, signed: -50 });
    expect(sa).toMatchObject({ delta: 0, signed: 0 });
    const reversed = areaDeltas({ answers: cto }, { answers: ceo });
    expect(reversed[0].signed).toBe(-50);
    expect(reversed[1].signed).toBe(50);
  });
});

describe('ties are disclosed and broken deterministically', () => {
  it('all 3s tie: framework order decides, and every gap says so', () => {
    const gaps = rankGaps(fill(3), fill(3), undefined, Infinity);
    expect(gaps).toHaveLength(24);
    expect(ids(gaps.slice(0, 3))).toEqual(['db-1', 'db-2', 'db-3']);
    expect(gaps[2].tie?.with).toHaveLength(23);
    expect(gaps[2].tie?.explanation).toBe(
      'Tied at 4 points with "Written decision rights", "Who owns delivery dates", "Shared risk budget" and 20 more; ' +
        "ties go by warning signs, then the wider split, then the diagnostic's order. " +
        'Ranked after "Who owns delivery dates" (diagnostic order) and ahead of "Shared risk budget" (diagnostic order).',
    );
  });

  it('warning signs break a tie before framework order, then the wider split', () => {
    // db-1: both "don't know" → 10. sa-1: 1/1 → 8, + both "often" on the late-strategy sign (2) → 10.
    // cq-1 and cr-1: 3 vs 1 and 1 vs 3 → 3·2 + 10 − 4 = 12 each.
    const ceo = withAnswers(fill(5), { 'db-1': 'dont-know', 'sa-1': 1, 'cr-1': 1, 'cq-1': 3 });
    const cto = withAnswers(fill(5), { 'db-1': 'dont-know', 'sa-1': 1, 'cr-1': 3, 'cq-1': 1 });
    const warnings: WarningAnswers = { 'ws-late-strategy': 'often' };
    const gaps = rankGaps({ answers: ceo, warnings }, { answers: cto, warnings }, undefined, Infinity);
    // cq-1 (1 vs 3 → 12) and cr-1 (1 vs 3 → 12, + "avoided disagreement" unanswered → 12) tie on a
    // 2-point split each: framework order. sa-1 and db-1 tie at 10: the sign puts sa-1 first.
    expect(gaps.map((g) => [g.statementId, g.points])).toEqual([
      ['cq-1', 12],
      ['cr-1', 12],
      ['sa-1', 10],
      ['db-1', 10],
    ]);
    expect(gaps[2].tie?.explanation).toMatch(/^Tied at 10 points with "Written decision rights"; .* Ranked ahead of "Written decision rights" \(warning signs\)\.$/);
    expect(gaps[3].tie?.explanation).toMatch(/Ranked after "CTO in strategy early" \(warning signs\)\.$/);
    expect(gaps[0].tie?.explanation).toMatch(/^Tied at 12 points with "Disagreement is said out loud"; .* Ranked ahead of "Disagreement is said out loud" \(diagnostic order\)\.$/);
  });

  it('a wider split wins a tie over a shared low', () => {
    // db-1: 1/1 → 8 (shared low); db-2: 5 vs 3 → 6 + 2 = 8 (a 2-point split).
    const gaps = rankGaps(withAnswers(fill(5), { 'db-1': 1, 'db-2': 5 }), withAnswers(fill(5), { 'db-1': 1, 'db-2': 3 }), undefined, Infinity);
    expect(ids(gaps)).toEqual(['db-2', 'db-1']);
    expect(gaps[0].tie?.explanation).toContain('Ranked ahead of "Written decision rights" (wider split).');
  });
});

describe('warning-sign disagreement', () => {
  it('CEO "often" against CTO "never" is flagged on the gap and lifts it in the ranking', () => {
    // db-1 (3 vs 1 → 12) outranks db-3 (2 vs 2 → 6) on answers alone…
    const ceo = withAnswers(fill(5), { 'db-1': 3, 'db-3': 2 });
    const cto = withAnswers(fill(5), { 'db-1': 1, 'db-3': 2 });
    expect(ids(rankGaps(ceo, cto))).toEqual(['db-1', 'db-3']);
    // …but "technical calls overridden on the spot" seen often by one and never by the other adds 4.
    const gaps = rankGaps({ answers: ceo, warnings: { 'ws-overrides': 'often' } }, { answers: cto, warnings: { 'ws-overrides': 'never' } });
    const db3 = gaps.find((g) => g.statementId === 'db-3')!;
    expect(db3).toMatchObject({ answerPoints: 6, signPoints: 4, points: 10 });
    expect(db3.signs).toEqual([{ id: 'ws-overrides', title: 'Technical calls overridden on the spot', ceo: 'often', cto: 'never', split: true }]);
    // A sign never makes a healthy pair a gap: db-5 (5/5) stays out though the sign points at it.
    expect(ids(gaps)).not.toContain('db-5');
  });

  it('a sign both see "often" lifts a tie the framework order would have dropped', () => {
    // Four 3/3 gaps tie at 4; cr-1 comes last in order but the CTO sees disagreements avoided often.
    const ceo = withAnswers(fill(5), { 'db-1': 3, 'db-2': 3, 'db-3': 3, 'cr-1': 3 });
    const cto = withAnswers(fill(5), { 'db-1': 3, 'db-2': 3, 'db-3': 3, 'cr-1': 3 });
    expect(ids(rankGaps(ceo, cto))).toEqual(['db-1', 'db-2', 'db-3']);
    expect(ids(rankGaps({ answers: ceo }, { answers: cto, warnings: { 'ws-avoided-disagreement': 'often' } }))).toEqual(['cr-1', 'db-1', 'db-2']);
  });
});

describe('pins', () => {
  // Built inside each test: Stryker switches a mutant on before the test, not at collection.
  const pinCase = () => {
    const ceo = withAnswers(fill(5), { 'db-1': 1, 'db-2': 2, 'db-3': 3, 'cq-1': 3 });
    const cto = withAnswers(fill(5), { 'db-1': 5, 'db-2': 5, 'db-3': 5, 'cq-1': 4 });
    return { ceo, cto, ranking: rankGaps(ceo, cto, undefined, Infinity) };
  };

  it('without pins the top three are the first three ranked', () => {
    const { ranking } = pinCase();
    expect(ids(ranking)).toEqual(['db-1', 'db-2', 'db-3', 'cq-1']);
    expect(ids(pinnedGaps(ranking, []))).toEqual(['db-1', 'db-2', 'db-3']);
    expect(pinnedGaps(ranking, []).every((g) => !g.pinned)).toBe(true);
  });

  it('pinning the fourth swaps out the third, keeping ranking order', () => {
    const { ranking } = pinCase();
    const top = pinnedGaps(ranking, ['cq-1']);
    expect(ids(top)).toEqual(['db-1', 'db-2', 'cq-1']);
    expect(top.map((g) => Boolean(g.pinned))).toEqual([false, false, true]);
  });

  it('ignores pins that are not gaps and never returns more than three', () => {
    const { ranking } = pinCase();
    expect(ids(pinnedGaps(ranking, ['sa-1', 'cq-1', 'db-3', 'db-2', 'db-1']))).toEqual(['db-2', 'db-3', 'cq-1']);
  });

  it('selectTopGaps is the one entry point: ranking with warning signs, then pins', () => {
    const { ceo, cto, ranking } = pinCase();
    expect(selectTopGaps({ answers: ceo, warnings: {} }, { answers: cto, warnings: {} }, ['cq-1'])).toEqual(pinnedGaps(ranking, ['cq-1']));
  });
});

describe("the README's worked example", () => {
  it('ranks sa-1, db-3, cr-3, db-2, cq-1 with the points the README prints, and pinning db-2 swaps out cr-3', () => {
    const ceo = withAnswers(fill(5), { 'sa-1': 4, 'db-3': 4, 'cr-3': 3, 'db-2': 5, 'cq-1': 3, 'cq-4': 4 });
    const cto = withAnswers(fill(5), { 'sa-1': 1, 'db-3': 2, 'cr-3': 1, 'db-2': 'dont-know', 'cq-1': 3, 'cq-4': 5 });
    const dana = { answers: ceo, warnings: { 'ws-late-strategy': 'sometimes', 'ws-overrides': 'never' } as WarningAnswers };
    const sam = { answers: cto, warnings: { 'ws-late-strategy': 'often', 'ws-overrides': 'often' } as WarningAnswers };
    const ranking = rankGaps(dana, sam, undefined, Infinity);
    expect(ranking.map((g) => [g.statementId, g.answerPoints, g.signPoints, g.points, g.rank])).toEqual([
      ['sa-1', 14, 3, 17, 1],
      ['db-3', 10, 4, 14, 2],
      ['cr-3', 12, 0, 12, 3],
      ['db-2', 8, 0, 8, 4],
      ['cq-1', 4, 0, 4, 5],
    ]);
    expect(ranking[1].signs[0].split).toBe(true);
    expect(ranking[3].kind).toBe('unknown');
    expect(ids(selectTopGaps(dana, sam))).toEqual(['sa-1', 'db-3', 'cr-3']);
    expect(ids(selectTopGaps(dana, sam, ['db-2']))).toEqual(['sa-1', 'db-3', 'db-2']);
  });
});
