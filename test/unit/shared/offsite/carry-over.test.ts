// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../../shared/offsite/agenda';
import { openGapsFromDay30, openGapsSinceBaseline } from '../../../../shared/offsite/carry-over';
import { day30Diff, type Day30Row } from '../../../../shared/offsite/day30';
import { baselineCeo, baselineCto, rescoreCeo, rescoreCto } from './day30-fixtures';

const rows = day30Diff({ ceo: baselineCeo.answers, cto: baselineCto.answers }, { ceo: rescoreCeo.answers, cto: rescoreCto.answers });

describe('the next offsite starts from what did not close', () => {
  it('widened, then new, then unchanged, then narrowed; closed and steady stay out', () => {
    const gaps = openGapsFromDay30(rows, { limit: 10 });
    expect(gaps.map((g) => [g.statementId, g.change])).toEqual([
      ['sa-3', 'widened'],
      ['db-6', 'new'],
      ['cq-4', 'unchanged'],
      ['cr-3', 'narrowed'],
    ]);
    expect(gaps[0].title).toBe('Capacity shapes the roadmap');
  });

  it('keeps to three gaps by default, as one offsite has room for', () => {
    expect(openGapsFromDay30(rows).map((g) => g.statementId)).toEqual(['sa-3', 'db-6', 'cq-4']);
  });

  it('within a class, the larger gap now first, then the diagnostic’s order', () => {
    const row = (statementId: string, now: [number, number]): Day30Row => ({
      statementId,
      baseline: { ceo: 4, cto: 3 },
      now: { ceo: now[0] as 1, cto: now[1] as 1 },
      change: 'widened',
    });
    const gaps = openGapsFromDay30([row('db-1', [5, 2]), row('db-2', [5, 1]), row('cr-1', [5, 2])], { limit: 10 });
    expect(gaps.map((g) => g.statementId)).toEqual(['db-2', 'db-1', 'cr-1']);
  });

  it('an open "don’t know" comes last; a blank cannot be carried', () => {
    const unknown: Day30Row[] = [
      { statementId: 'cq-1', baseline: { ceo: 4, cto: 4 }, now: { ceo: 'dont-know', cto: 4 }, change: 'unknown' },
      { statementId: 'cq-2', baseline: { ceo: 2, cto: 4 }, now: { ceo: null, cto: 4 }, change: 'unknown' },
    ];
    expect(openGapsFromDay30([...unknown, ...rows], { limit: 10 }).map((g) => g.statementId)).toEqual(['sa-3', 'db-6', 'cq-4', 'cr-3', 'cq-1']);
  });

  it('feeds buildAgenda: one block per carried gap, worst first', () => {
    const agenda = buildAgenda({ gaps: openGapsFromDay30(rows), warnings: [] });
    expect(agenda.filter((b) => b.kind === 'gap').map((b) => [b.statementId, b.title])).toEqual([
      ['sa-3', 'Gap 1: Capacity shapes the roadmap'],
      ['db-6', 'Gap 2: Decision rights without us in the room'],
      ['cq-4', 'Gap 3: Shared metrics and terms'],
    ]);
  });

  it('nothing to carry when everything closed', () => {
    expect(openGapsFromDay30(rows.filter((r) => r.change === 'closed' || r.change === 'steady'))).toEqual([]);
  });
});

describe('openGapsSinceBaseline: from the stored rounds and the comparison on screen', () => {
  const items = (ceo: typeof rescoreCeo, cto: typeof rescoreCto) =>
    Object.keys(ceo.answers).map((statementId) => ({ statementId, ceo: ceo.answers[statementId].value, cto: cto.answers[statementId].value }));
  const onScreen = {
    ceo: { name: 'Alex Kim', sealedAt: rescoreCeo.sealedAt! },
    cto: { name: 'Blake Moreau', sealedAt: rescoreCto.sealedAt! },
    items: items(rescoreCeo, rescoreCto),
  };

  it('measures the comparison against its baseline and carries what did not close', () => {
    expect(openGapsSinceBaseline([baselineCeo, baselineCto, rescoreCeo, rescoreCto], onScreen)?.map((g) => g.statementId)).toEqual(['sa-3', 'db-6', 'cq-4']);
  });

  it('undefined without a baseline, so the agenda keeps the comparison’s own gaps', () => {
    expect(openGapsSinceBaseline([rescoreCeo, rescoreCto], onScreen)).toBeUndefined();
  });
});
