// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildAgenda } from '../../../../shared/offsite/agenda';
import { openGapsFromDay30, openGapsSinceBaseline } from '../../../../shared/offsite/carry-over';
import { classifyChange, day30Diff, type Day30Row } from '../../../../shared/offsite/day30';
import type { AnswerValue } from '../../../../shared/assessment/types';
import { baselineCeo, baselineCto, rescoreCeo, rescoreCto } from './day30-fixtures';

const rows = day30Diff({ ceo: baselineCeo.answers, cto: baselineCto.answers }, { ceo: rescoreCeo.answers, cto: rescoreCto.answers });

describe('the next offsite starts from what did not close', () => {
  it('largest now first (here widened, new, then unchanged before narrowed at equal points); closed and steady stay out', () => {
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

/*
 * The agenda listed "narrowed" last, below "new": three gaps that went from CEO 5 / CTO 2 to 1 / 1
 * (8 points each now, the worst) read "narrowed" and dropped off behind three minor new 4-vs-3
 * gaps (6 points). They are "fell" now, ranked with widened, and points come before the class.
 */
describe('gaps that came closer only by scoring lower stay on the agenda', () => {
  const row = (statementId: string, before: [AnswerValue, AnswerValue], now: [AnswerValue, AnswerValue]): Day30Row => ({
    statementId,
    baseline: { ceo: before[0], cto: before[1] },
    now: { ceo: now[0], cto: now[1] },
    change: classifyChange(before, now),
  });
  const fell = ['db-1', 'db-2', 'db-3'].map((id) => row(id, [5, 2], [1, 1]));
  const minorNew = ['cq-1', 'cq-2', 'cq-3'].map((id) => row(id, [5, 5], [4, 3]));

  it('the reviewer’s case: the three 1/1 gaps, not the 4-vs-3 ones', () => {
    expect(openGapsFromDay30([...minorNew, ...fell]).map((g) => [g.statementId, g.change])).toEqual([
      ['db-1', 'fell'],
      ['db-2', 'fell'],
      ['db-3', 'fell'],
    ]);
  });

  it('ranks with widened at equal points, ahead of new, unchanged and narrowed', () => {
    const rows = [
      row('cr-1', [1, 3], [1, 1]), // narrowed (the lower held at 1), 8 points now
      row('cq-1', [3, 1], [1, 3]), // shifted, 12 points now: the largest, so first
      row('sa-1', [1, 1], [1, 1]), // unchanged, 8
      row('db-6', [5, 5], [1, 1]), // new, 8
      row('db-5', [5, 2], [1, 1]), // fell, 8
      row('db-3', [4, 3], [5, 3]), // widened, 8
      row('db-4', [4, 4], [4, 4]), // steady: not carried
    ];
    expect(rows.map((r) => r.change)).toEqual(['narrowed', 'shifted', 'unchanged', 'new', 'fell', 'widened', 'steady']);
    // At 8 points: widened and fell together (then the diagnostic's order), then new, unchanged, narrowed.
    expect(openGapsFromDay30(rows, { limit: 10 }).map((g) => g.statementId)).toEqual(['cq-1', 'db-3', 'db-5', 'db-6', 'sa-1', 'cr-1']);
  });

  it('points before class: a large narrowed gap is not dropped behind a minor new one', () => {
    const rows = [row('cq-2', [5, 5], [4, 3]), row('db-2', [1, 5], [1, 3])]; // new 6 points; narrowed 14 → 12 points
    expect(rows.map((r) => r.change)).toEqual(['new', 'narrowed']);
    expect(openGapsFromDay30(rows, { limit: 1 }).map((g) => g.statementId)).toEqual(['db-2']);
  });
});
