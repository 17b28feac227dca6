// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selectTopGaps } from '../../../../shared/assessment/gaps';
import { agendaGaps } from '../../../../shared/offsite/next-agenda';
import { baselineCeo, baselineCto, rescoreCeo, rescoreCto } from './day30-fixtures';
import { makeRound } from '../plan/fixtures';

const now = { ceo: rescoreCeo, cto: rescoreCto };
const baseline = { ceo: baselineCeo, cto: baselineCto, completedAt: '2026-10-02T10:00:00.000Z' };

describe('the gaps an offsite agenda starts from', () => {
  it('after a re-score: what did not close, worst news first, each saying how it moved since the baseline', () => {
    expect(agendaGaps(now, [], baseline)).toEqual([
      { statementId: 'sa-3', title: 'Capacity shapes the roadmap (widened since 2026-10-02)' },
      expect.objectContaining({ statementId: 'db-6', title: expect.stringMatching(/\(new since 2026-10-02\)$/) }),
      expect.objectContaining({ statementId: 'cq-4', title: expect.stringMatching(/\(unchanged since 2026-10-02\)$/) }),
    ]);
  });

  it("the pair's pins win over the carry-over", () => {
    const gaps = agendaGaps(now, ['cr-3'], baseline);
    expect(gaps.map((g) => g.statementId)).toContain('cr-3');
    expect(gaps.map((g) => g.statementId)).toEqual(selectTopGaps(rescoreCeo, rescoreCto, ['cr-3']).map((g) => g.statementId));
    expect(gaps.every((g) => !/since/.test(g.title))).toBe(true);
  });

  it('a first comparison (no baseline) uses its own top gaps', () => {
    expect(agendaGaps(now, []).map((g) => g.statementId)).toEqual(selectTopGaps(rescoreCeo, rescoreCto, []).map((g) => g.statementId));
  });

  it('when everything closed, the agenda falls back to the top gaps of now', () => {
    expect(agendaGaps(now, [], { ...baseline, ceo: rescoreCeo, cto: rescoreCto }).map((g) => g.statementId)).toEqual(
      selectTopGaps(rescoreCeo, rescoreCto, []).map((g) => g.statementId),
    );
  });
});

describe('gaps both leaders now score at the floor', () => {
  it('lead the next agenda as "closer but scored lower", ahead of minor new gaps', () => {
    // Baseline CEO 5 / CTO 2 in db-1..3; now 1 / 1 there (8 points each) and three new 4-vs-3 gaps (6 points).
    const before = { ceo: makeRound('ceo', { base: 5 }), cto: makeRound('cto', { base: 5, overrides: { 'db-1': 2, 'db-2': 2, 'db-3': 2 } }), completedAt: '2026-01-12T10:00:00.000Z' };
    const after = {
      ceo: makeRound('ceo', { base: 5, overrides: { 'db-1': 1, 'db-2': 1, 'db-3': 1, 'cq-1': 4, 'cq-2': 4, 'cq-3': 4 } }),
      cto: makeRound('cto', { base: 5, overrides: { 'db-1': 1, 'db-2': 1, 'db-3': 1, 'cq-1': 3, 'cq-2': 3, 'cq-3': 3 } }),
    };
    expect(agendaGaps(after, [], before)).toEqual([
      { statementId: 'db-1', title: 'Written decision rights (closer but scored lower since 2026-01-12)' },
      { statementId: 'db-2', title: 'Who owns delivery dates (closer but scored lower since 2026-01-12)' },
      { statementId: 'db-3', title: 'Technical calls stick (closer but scored lower since 2026-01-12)' },
    ]);
  });
});
