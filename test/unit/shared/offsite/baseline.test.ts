// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findBaseline, identityOf, identityOfView, isRescoreLabel, latestSealedRound, rescoreLabelAfter, storedComparisons } from '../../../../shared/offsite/baseline';
import { baselineCeo, baselineCto, q1Ceo, q1Cto, renamed, rescoreCeo, rescoreCto, REPAIR, RESCORE } from './day30-fixtures';

const all = [rescoreCto, q1Ceo, baselineCeo, rescoreCeo, q1Cto, baselineCto];

describe('which comparison a re-score is measured against', () => {
  it('pairs sealed CEO and CTO rounds by label, oldest complete first', () => {
    const list = storedComparisons(all);
    expect(list.map((c) => [c.label, c.ceo.id, c.cto.id, c.completedAt])).toEqual([
      ['2026-Q1 quarterly reset', 'q1-ceo', 'q1-cto', '2026-01-16T09:00:00.000Z'],
      [REPAIR, 'b-ceo', 'b-cto', '2026-03-11T09:00:00.000Z'],
      [RESCORE, 'r-ceo', 'r-cto', '2026-04-10T09:00:00.000Z'],
    ]);
  });

  it('leaves out a period with one leader only, and unsealed rounds', () => {
    const { sealedAt: _s, ...unsealed } = rescoreCto;
    expect(storedComparisons([baselineCeo, baselineCto, rescoreCeo, unsealed]).map((c) => c.label)).toEqual([REPAIR]);
  });

  it('the baseline is the previous complete comparison of the same pair', () => {
    const list = storedComparisons(all);
    const rescore = list.find((c) => c.label === RESCORE)!;
    expect(findBaseline(list, identityOf(rescore))?.label).toBe(REPAIR);
    const repair = list.find((c) => c.label === REPAIR)!;
    expect(findBaseline(list, identityOf(repair))?.label).toBe('2026-Q1 quarterly reset');
    expect(findBaseline(list, identityOf(list[0]))).toBeUndefined();
  });

  it('works for a live comparison not stored yet (identity only), names matched ignoring case and spaces', () => {
    const list = storedComparisons([q1Ceo, q1Cto, baselineCeo, baselineCto]);
    const live = {
      ceo: { name: '  alex  KIM ', sealedAt: rescoreCeo.sealedAt!, answers: rescoreCeo.answers },
      cto: { name: 'Blake Moreau', sealedAt: rescoreCto.sealedAt!, answers: rescoreCto.answers },
    };
    expect(findBaseline(list, live)?.label).toBe(REPAIR);
  });

  it('another pair is never a baseline', () => {
    const other = [renamed(baselineCeo, 'Dana Ortiz', 'x-ceo'), baselineCto];
    const list = storedComparisons([...other, rescoreCeo, rescoreCto]);
    expect(findBaseline(list, identityOf(list.at(-1)!))).toBeUndefined();
    // Nor one with another CTO.
    const otherCto = storedComparisons([baselineCeo, renamed(baselineCto, 'Sam Lee', 'x-cto'), rescoreCeo, rescoreCto]);
    expect(findBaseline(otherCto, identityOf(otherCto.at(-1)!))).toBeUndefined();
  });

  it('a comparison sharing a round with the current one is not its baseline', () => {
    // The CEO's re-score round compared earlier with a different CTO round under the same label.
    const early = {
      ceo: { name: 'Alex Kim', sealedAt: rescoreCeo.sealedAt!, answers: rescoreCeo.answers },
      cto: { name: 'Blake Moreau', sealedAt: '2026-05-01T00:00:00.000Z', answers: {} },
    };
    const list = storedComparisons(all);
    expect(findBaseline(list, early)?.label).toBe(REPAIR);
  });

  it("a partner's new round that copies the baseline's seal time does not push the baseline back", () => {
    // Blake's re-score claims the seal time of his repair round; only the answers tell them apart.
    const list = storedComparisons([q1Ceo, q1Cto, baselineCeo, baselineCto]);
    const copied = { ...rescoreCto, sealedAt: baselineCto.sealedAt };
    const rescore = storedComparisons([rescoreCeo, copied]).at(-1)!;
    expect(findBaseline(list, identityOf(rescore))?.label).toBe(REPAIR);
    // The view's identity (statement rows, as the comparison screen holds it) reads the same.
    const view = {
      ceo: { name: 'Alex Kim', sealedAt: rescoreCeo.sealedAt! },
      cto: { name: 'Blake Moreau', sealedAt: baselineCto.sealedAt! },
      items: Object.keys(rescoreCto.answers).map((statementId) => ({
        statementId,
        ceo: rescoreCeo.answers[statementId].value,
        cto: rescoreCto.answers[statementId].value,
      })),
    };
    expect(findBaseline(list, identityOfView(view))?.label).toBe(REPAIR);
  });

  it('a round with the same seal time and the same answers is the same round, so its comparison is not the baseline', () => {
    const list = storedComparisons([q1Ceo, q1Cto, baselineCeo, baselineCto]);
    // The repair round sent again beside a new CEO round: the repair comparison shares it.
    const resent = { ceo: { name: 'Alex Kim', sealedAt: rescoreCeo.sealedAt!, answers: rescoreCeo.answers }, cto: { name: 'Blake Moreau', sealedAt: baselineCto.sealedAt!, answers: baselineCto.answers } };
    expect(findBaseline(list, resent)?.label).toBe('2026-Q1 quarterly reset');
    // The same, as the comparison screen holds it (statement rows).
    const rows = Object.keys(baselineCto.answers).map((statementId) => ({ statementId, ceo: rescoreCeo.answers[statementId].value, cto: baselineCto.answers[statementId].value }));
    const view = { ceo: { name: 'Alex Kim', sealedAt: rescoreCeo.sealedAt! }, cto: { name: 'Blake Moreau', sealedAt: baselineCto.sealedAt! }, items: rows };
    expect(findBaseline(list, identityOfView(view))?.label).toBe('2026-Q1 quarterly reset');
    // An answer left out of the stored round reads as unanswered, as in the view's rows.
    const { ['db-1']: _dropped, ...fewer } = baselineCto.answers;
    const stored = storedComparisons([q1Ceo, q1Cto, baselineCeo, { ...baselineCto, answers: { ...fewer } }]);
    const withGap = { ...resent, cto: { ...resent.cto, answers: { ...fewer, 'db-1': { value: null } } } };
    expect(findBaseline(stored, withGap)?.label).toBe('2026-Q1 quarterly reset');
  });

  it.each([
    ['Day-30 re-score after the March outage', true],
    ['day 30 rescore', true],
    ['Re-score', true],
    ['30-day repair after the March outage', false],
    ['2026-Q4 quarterly reset', false],
    ['Scores for Q3', false],
    ['Rescore after the outage', true],
    ['Day 30 check-in', true],
    ['Day30 review', true],
  ])('%s is a re-score label: %s', (label, expected) => {
    expect(isRescoreLabel(label)).toBe(expected);
  });
});

describe('starting the day-30 re-score', () => {
  it('both laptops derive the same label from the same comparison, and it reads as a re-score that pairs with nothing earlier', () => {
    const label = rescoreLabelAfter(` ${REPAIR} `);
    expect(label).toBe(`Day-30 re-score after ${REPAIR}`);
    expect(isRescoreLabel(label)).toBe(true);
    expect(rescoreLabelAfter(REPAIR)).toBe(label);
    expect(label).not.toBe(REPAIR);
  });

  it('never exceeds the label limit, however long the comparison\'s label', () => {
    const label = rescoreLabelAfter('x'.repeat(500), 200);
    expect(label).toHaveLength(200);
    expect(label.startsWith('Day-30 re-score after x')).toBe(true);
  });

  it("starts from this laptop's latest sealed round; none when nothing is sealed", () => {
    expect(latestSealedRound(all)?.sealedAt).toBe('2026-04-10T09:00:00.000Z');
    // A partner's round kept here is not this laptop's user's round, however recent.
    expect(latestSealedRound([baselineCeo, { ...rescoreCto, receivedFrom: 'peer' }])?.id).toBe('b-ceo');
    expect(latestSealedRound([baselineCeo, q1Ceo])?.id).toBe('b-ceo');
    const { sealedAt: _s, ...open } = baselineCeo;
    expect(latestSealedRound([open])).toBeUndefined();
  });
});
