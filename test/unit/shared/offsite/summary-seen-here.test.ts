/*
 * Review (board reader): an agreement was filed by the later of this laptop's own confirmation and the
 * partner's confirmation time, which the partner's laptop writes and can rewrite at any time. Re-dating
 * its confirmation of last quarter's agreement to this week moved it into this week's plan, printed
 * "agreed by both … on <this week>". Now the day is the later of this laptop's own confirmation and
 * when this laptop first saw the agreement completed (its own record: agreement-seen.ts), so nothing
 * the partner writes afterwards moves it. Where this laptop holds no such record (agreed before it was
 * kept), the partner's date still counts, and the plan says it is the partner's laptop's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOffsiteSummary, summaryOfOffsite } from '../../../../shared/offsite/summary';
import { actionsOf } from '../../../../shared/offsite/capture-ops';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { planOffsiteOf } from '../../../../shared/plan/offsite';
import { UNKNOWN } from '../../../../shared/workspace/agreement-seen';
import type { AgreementInput } from '../../../../shared/workspace/agreement';
import { localDayOf } from '../../../../shared/workspace/dates';
import { action, agreement, at, seenOf } from './offsite-fixtures';

const FIRST = '2026-01-12';
const NEXT = '2026-04-14';
const LEADERS = { ceo: 'Alex', cto: 'Blake' };

const scoped = (captures: Capture[], a: AgreementInput, first = FIRST, next: string | undefined = NEXT) =>
  summaryOfOffsite(buildOffsiteSummary({ captures, actions: actionsOf(captures), parked: [] }, a), first, next);

describe('an agreement is filed and dated by when this laptop saw it completed, not by the partner’s confirmation time', () => {
  const old = action('q4', 'Write the Q4 guide', '2025-10-01T10:00:00.000Z');

  it('last quarter’s agreement whose confirmation the partner re-dates to this week stays last quarter’s', () => {
    // Both confirmed on 1 October; this laptop saw it completed then. The partner's laptop now says it confirmed on 13 January.
    const redated = agreement([old], { q4: '2025-10-01T11:00:00.000Z' }, { q4: at(1, 13, 12) });
    const s = scoped([old], { ...redated, seen: seenOf([old], { q4: '2025-10-01T11:30:00.000Z' }) });
    expect(s.agreed).toEqual([]);
    expect(s.earlier).toEqual({ agreed: 1, proposed: 0, parked: 0 });
    // Last quarter's summary lists it, dated the day this laptop saw it agreed.
    const q4 = scoped([old], { ...redated, seen: seenOf([old], { q4: '2025-10-01T11:30:00.000Z' }) }, '2025-10-01', FIRST);
    expect(q4.agreed.map((r) => r.capture.id)).toEqual(['q4']);
    expect(q4.dates).toEqual({ from: '2025-10-01', to: '2025-10-01' });
    expect(q4.agreed[0].label).toBe('agreed by both on 2025-10-01');
  });

  it('an agreement completed at the next offsite stays the next one’s when the partner re-dates its confirmation into this one', () => {
    // Confirmed here on 13 January; the partner confirmed only on 15 April, seen then; it now says 13 January.
    const q2 = action('q2', 'Hire a VP Engineering', at(1, 13));
    const redated = agreement([q2], { q2: at(1, 13, 11) }, { q2: at(1, 13, 12) });
    const s = scoped([q2], { ...redated, seen: seenOf([q2], { q2: at(4, 15, 11) }) });
    expect(s.agreed).toEqual([]);
    expect(s.later?.agreed).toBe(1);
  });

  it('the plan prints the day this laptop saw it agreed, whatever day the partner’s confirmation says', () => {
    const ours = action('q1', 'Publish the matrix', at(1, 13));
    const a = { ...agreement([ours], { q1: at(1, 13, 11) }, { q1: at(1, 14, 9) }), seen: seenOf([ours], { q1: at(1, 13, 12) }) };
    const s = scoped([ours], a);
    expect(s.dates).toEqual({ from: '2026-01-13', to: '2026-01-13' });
    expect(planOffsiteOf(s, LEADERS)?.agreed[0].by).toMatch(/on 2026-01-13$/);
  });

  it('never before this laptop’s own confirmation: confirmed here again after it was first seen agreed, the later day', () => {
    const ours = action('q1', 'Publish the matrix', at(1, 13));
    const a = { ...agreement([ours], { q1: at(1, 14, 11) }, { q1: at(1, 13, 9) }), seen: seenOf([ours], { q1: at(1, 13, 12) }) };
    expect(scoped([ours], a).dates).toEqual({ from: '2026-01-14', to: '2026-01-14' });
  });

  it('with no record of when it was seen agreed (before this laptop kept one): the partner’s later date, said to be the partner’s', () => {
    const ours = action('q1', 'Publish the matrix', at(1, 13));
    for (const seen of [{}, { [captureKey(ours.id)]: { [captureHash(ours)]: UNKNOWN } }]) {
      const s = scoped([ours], { ...agreement([ours], { q1: at(1, 13, 11) }, { q1: at(1, 14, 9) }), seen });
      expect(s.agreed.map((r) => r.capture.id)).toEqual(['q1']);
      expect(s.agreed[0].label).toBe('agreed by both on 2026-01-14 (the date your partner’s laptop gave; not dated on this laptop)');
      expect(planOffsiteOf(s, LEADERS)?.agreed[0].by).toMatch(/on 2026-01-14 \(the date your partner’s laptop gave; not dated on this laptop\)$/);
    }
    // Its own confirmation the later: a day this laptop vouches for, nothing to add.
    const own = scoped([ours], { ...agreement([ours], { q1: at(1, 14, 11) }, { q1: at(1, 13, 9) }), seen: {} });
    expect(own.agreed[0].label).toBe('agreed by both on 2026-01-14');
  });

  it('a record for another content of the capture does not date this one', () => {
    const ours = action('q1', 'Publish the matrix', at(1, 13));
    const seen = { [captureKey(ours.id)]: { ['0'.repeat(32)]: '2025-10-01T11:30:00.000Z' } };
    const s = scoped([ours], { ...agreement([ours], { q1: at(1, 13, 11) }, { q1: at(1, 14, 9) }), seen });
    expect(s.agreed[0].state).toMatchObject({ on: '2026-01-14', notDatedHere: true });
  });
});

describe('properties', () => {
  it('whatever confirmation time the partner writes, an agreement is filed where this laptop saw it completed', () => {
    const c = action('c', 'Hire a VP Engineering', at(1, 13));
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 200 }), // days from this offsite's first day this laptop saw it agreed
        fc.date({ min: new Date(2019, 0, 1), max: new Date(2031, 0, 1), noInvalidDate: true }),
        (days, partnerAt) => {
          const seenAt = new Date(2026, 0, 12 + days, 12).toISOString();
          const ownAt = new Date(2026, 0, 12 + days, 11).toISOString();
          const a = { ...agreement([c], { c: ownAt }, { c: partnerAt.toISOString() }), seen: seenOf([c], { c: seenAt }) };
          const s = scoped([c], a);
          const which = s.agreed.length ? 'this' : s.earlier?.agreed ? 'earlier' : 'later';
          // The day before the first day is still this offsite's (a laptop a day behind); from the next's first day less one, the next's.
          const expected = days < -1 ? 'earlier' : days >= 91 ? 'later' : 'this';
          return which === expected && (which !== 'this' || s.dates?.from === localDayOf(seenAt));
        },
      ),
    );
  });
});
