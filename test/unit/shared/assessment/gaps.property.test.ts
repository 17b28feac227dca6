// Properties of the top three gaps and the per-statement and per-area deltas, over any two rounds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaDeltas, itemDeltas, rankGaps, selectTopGaps, TOP_GAP_COUNT } from '../../../../shared/assessment/gaps';
import { allStatements, FRAMEWORK } from '../../../../shared/framework/content';
import type { Answers, AnswerValue, WarningAnswer, WarningAnswers } from '../../../../shared/assessment/types';

const STATEMENTS = allStatements().map((s) => s.id);
const SIGNS = FRAMEWORK.warningSigns.map((w) => w.id);
const answer = fc.option(fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'dont-know'), { nil: undefined });
const answers = fc.array(answer, { minLength: STATEMENTS.length, maxLength: STATEMENTS.length }).map((vs) => {
  const out: Answers = {};
  vs.forEach((v, i) => {
    if (v !== undefined) out[STATEMENTS[i]] = { value: v };
  });
  return out;
});
const warnings = fc
  .array(fc.option(fc.constantFrom<WarningAnswer>('never', 'sometimes', 'often', 'dont-know'), { nil: undefined }), { minLength: SIGNS.length, maxLength: SIGNS.length })
  .map((vs) => Object.fromEntries(vs.flatMap((v, i) => (v ? [[SIGNS[i], v]] : []))) as WarningAnswers);
const side = fc.record({ answers, warnings });
const numeric = (v: AnswerValue | null | undefined): v is 1 | 2 | 3 | 4 | 5 => typeof v === 'number';
const healthy = (v: AnswerValue | null | undefined) => v === 4 || v === 5;
const ids = (gs: { statementId: string }[]) => gs.map((g) => g.statementId);

describe('top three gaps (property)', () => {
  it('are the three highest-ranked gaps, never an unanswered or both-healthy statement, in ranking order', () => {
    fc.assert(
      fc.property(side, side, (ceo, cto) => {
        const ranking = rankGaps(ceo, cto, undefined, Infinity);
        const top = selectTopGaps(ceo, cto);
        expect(ids(top)).toEqual(ids(ranking.slice(0, TOP_GAP_COUNT)));
        expect(top.length).toBe(Math.min(TOP_GAP_COUNT, ranking.length));
        for (const g of ranking) {
          const a = ceo.answers[g.statementId]?.value;
          const b = cto.answers[g.statementId]?.value;
          expect(a).toBeDefined();
          expect(b).toBeDefined();
          expect(healthy(a) && healthy(b)).toBe(false);
        }
        // Every statement both answered that is not both healthy is ranked: none is dropped.
        const expected = STATEMENTS.filter((id) => {
          const a = ceo.answers[id]?.value;
          const b = cto.answers[id]?.value;
          return a !== undefined && b !== undefined && !(healthy(a) && healthy(b));
        });
        expect([...ids(ranking)].sort()).toEqual([...expected].sort());
        // Points never rise down the ranking; ranks are 1..n; no gap outside the top has more points than one inside.
        ranking.forEach((g, i) => {
          expect(g.rank).toBe(i + 1);
          if (i > 0) expect(g.points).toBeLessThanOrEqual(ranking[i - 1].points);
        });
        const lowestTop = Math.min(...top.map((g) => g.points));
        expect(ranking.slice(TOP_GAP_COUNT).every((g) => g.points <= lowestTop)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('do not depend on the order the answers were stored in', () => {
    fc.assert(
      fc.property(side, side, (ceo, cto) => {
        const reversed = (a: Answers): Answers => Object.fromEntries(Object.entries(a).reverse());
        const again = selectTopGaps({ ...ceo, answers: reversed(ceo.answers) }, { ...cto, answers: reversed(cto.answers) });
        expect(again).toEqual(selectTopGaps(ceo, cto));
      }),
      { numRuns: 100 },
    );
  });

  it('swapping CEO and CTO keeps the same gaps with the same points', () => {
    fc.assert(
      fc.property(side, side, (ceo, cto) => {
        const one = rankGaps(ceo, cto, undefined, Infinity);
        const other = rankGaps(cto, ceo, undefined, Infinity);
        expect(other.map((g) => [g.statementId, g.points, g.kind])).toEqual(one.map((g) => [g.statementId, g.points, g.kind]));
      }),
      { numRuns: 100 },
    );
  });
});

describe('deltas (property)', () => {
  it('a statement has a delta exactly when both scored it 1–5, and it is |CEO − CTO|', () => {
    fc.assert(
      fc.property(answers, answers, (ceo, cto) => {
        for (const d of itemDeltas(ceo, cto)) {
          const a = ceo[d.statementId]?.value;
          const b = cto[d.statementId]?.value;
          expect(d.delta).toBe(numeric(a) && numeric(b) ? Math.abs(a - b) : null);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an area is compared only on 3+ statements both scored; its delta is |signed| and swapping the leaders flips the sign', () => {
    fc.assert(
      fc.property(answers, answers, (ceo, cto) => {
        const here = areaDeltas({ answers: ceo }, { answers: cto });
        const swapped = areaDeltas({ answers: cto }, { answers: ceo });
        here.forEach((d, i) => {
          const area = FRAMEWORK.areas[i];
          const both = area.statements.filter((s) => numeric(ceo[s.id]?.value) && numeric(cto[s.id]?.value)).length;
          expect(d.coverage.both).toBe(both);
          expect(d.delta === null).toBe(both < 3);
          expect(Boolean(d.refusal)).toBe(both < 3);
          if (d.signed !== null) {
            expect(d.delta).toBe(Math.abs(d.signed));
            expect(d.signed).toBe(d.ceo! - d.cto!);
            expect(swapped[i].signed! + d.signed).toBe(0);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
