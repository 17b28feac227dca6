// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selectTopGaps } from '../../../../shared/assessment/gaps';
import { agendaGaps } from '../../../../shared/offsite/next-agenda';
import { baselineCeo, baselineCto, rescoreCeo, rescoreCto } from './day30-fixtures';

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
