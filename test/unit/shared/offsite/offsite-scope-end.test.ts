/*
 * An offsite has an end: the day before the next comparison's offsite starts (both with a day of
 * clock slack), so each day is in exactly one offsite and nothing is listed in two plans, or in none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_SLACK_DAYS, laterOffsiteFrom, offsiteOfDay, ofThisOffsite } from '../../../../shared/offsite/offsite-scope';
import { addDays, parseIsoDate, toIsoDate } from '../../../../shared/workspace/dates';

const FIRST = '2026-01-12';
const NEXT = '2026-04-14';

describe('where an offsite ends', () => {
  it('a day from the next comparison’s first day (less the slack) on is a later offsite’s', () => {
    expect(offsiteOfDay('2026-04-14', FIRST, NEXT)).toBe('later');
    expect(offsiteOfDay('2026-04-13', FIRST, NEXT)).toBe('later');
    expect(offsiteOfDay('2026-04-12', FIRST, NEXT)).toBe('this');
    expect(offsiteOfDay('2026-02-01', FIRST, NEXT)).toBe('this');
    expect(offsiteOfDay('2026-01-10', FIRST, NEXT)).toBe('earlier');
  });

  it('with no next comparison it is open-ended; with no first day every day is this one’s', () => {
    expect(offsiteOfDay('2031-01-01', FIRST, undefined)).toBe('this');
    expect(offsiteOfDay('2031-01-01', undefined, NEXT)).toBe('this');
  });

  it('an agreement with no dated confirmation here is never this offsite’s, nor a later one’s', () => {
    expect(offsiteOfDay(undefined, FIRST, NEXT)).toBe('earlier');
  });

  it('a captured item stamped after the next comparison started is not this offsite’s', () => {
    expect(ofThisOffsite({ createdAt: new Date(2026, 3, 20, 10).toISOString() }, FIRST, NEXT)).toBe(false);
    expect(ofThisOffsite({ createdAt: new Date(2026, 3, 20, 10).toISOString() }, FIRST)).toBe(true);
  });

  // Comparisons under three days apart overlap by a day (laterOffsiteFrom's floor): the seal day stays this one's.
  it('each day is in exactly one of two consecutive offsites (three days apart or more)', () => {
    const day = (n: number) => toIsoDate(addDays(parseIsoDate(FIRST)!, n));
    fc.assert(
      fc.property(fc.integer({ min: -CLOCK_SLACK_DAYS, max: 400 }), fc.integer({ min: 3, max: 200 }), (d, gap) => {
        const next = day(gap);
        const inThis = offsiteOfDay(day(d), FIRST, next) === 'this';
        const inNext = offsiteOfDay(day(d), next, undefined) === 'this';
        return inThis !== inNext;
      }),
    );
  });
});

describe('comparisons a day apart (review: the slack swallowed the seal day)', () => {
  it('the first day of this offsite, and the day after (a laptop a day ahead), are never a later one’s', () => {
    expect(offsiteOfDay('2026-01-12', FIRST, '2026-01-13')).toBe('this');
    expect(offsiteOfDay('2026-01-13', FIRST, '2026-01-13')).toBe('this');
    expect(offsiteOfDay('2026-01-14', FIRST, '2026-01-13')).toBe('later');
    expect(laterOffsiteFrom(FIRST, '2026-01-13')).toBe('2026-01-14');
  });

  it('the first day counted as later is the next first day less the slack, when further off', () => {
    expect(laterOffsiteFrom(FIRST, NEXT)).toBe('2026-04-13');
    expect(laterOffsiteFrom(FIRST, undefined)).toBeUndefined();
    expect(laterOffsiteFrom(FIRST, FIRST)).toBeUndefined();
  });
});
