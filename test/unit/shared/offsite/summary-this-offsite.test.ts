/*
 * Review (board reader): the offsite summary listed under "What we agreed" every offsite's agreed
 * captures, last quarter's too. It is the summary of one offsite: an agreement counts by the day this
 * laptop confirmed it (its own record), never by the capture's stamp or the partner's confirmation
 * date, which the partner writes. And a capture stamped by a laptop a day behind is still this
 * offsite's (offsite-scope.ts CLOCK_SLACK_DAYS).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOffsiteSummary, summaryOfOffsite } from '../../../../shared/offsite/summary';
import { ofThisOffsite } from '../../../../shared/offsite/offsite-scope';
import { actionsOf } from '../../../../shared/offsite/capture-ops';
import type { Capture, ParkedItem } from '../../../../shared/offsite/capture';
import { action as actionDue, agreement, at, parked } from './offsite-fixtures';

const action = (id: string, text: string, createdAt: string) => actionDue(id, text, createdAt, '2026-12-01');
import { sharedKey, type AgreementInput } from '../../../../shared/workspace/agreement';
import { captureKey } from '../../../../shared/offsite/capture-agreement';

const SINCE = '2026-11-24';

const scoped = (captures: Capture[], a: AgreementInput, park: ParkedItem[] = []) =>
  summaryOfOffsite(buildOffsiteSummary({ captures, actions: actionsOf(captures), parked: park }, a), SINCE);

describe("the summary of one offsite: what was agreed at it, not at an earlier one", () => {
  const old = action('old', 'Write the Q3 translation guide', at(8, 3));
  const now = action('now', 'Publish the matrix', at(11, 24));

  it("leaves last quarter's agreement out of what was agreed, with its action, and counts it", () => {
    const s = scoped([old, now], agreement([old, now], { old: at(8, 3, 11), now: at(11, 24, 11) }), [parked('p-old', 'Office move', at(8, 3))]);
    expect(s.agreed.map((r) => r.capture.id)).toEqual(['now']);
    expect(s.actions.map((a) => a.captureId)).toEqual(['now']);
    expect(s.parked).toEqual([]);
    expect(s.dates).toEqual({ from: SINCE, to: SINCE });
    expect(s.earlier).toEqual({ agreed: 1, proposed: 0, parked: 1 });
  });

  it('the partner re-dating the capture alone does not make it agreed here', () => {
    const redated = { ...old, createdAt: at(11, 24) };
    const s = scoped([redated], agreement([redated], { old: at(8, 3, 11) }));
    expect(s.agreed).toEqual([]);
    expect(s.actions).toEqual([]);
    expect(s.earlier?.agreed).toBe(1);
  });

  // An agreement is filed by the day it was completed (never before this laptop's own confirmation):
  // the partner confirming only now, or saying so, moves it later, where it prints "agreed by both on" that day.
  it('agreed by both only when the partner confirmed today is this offsite’s, as the date it prints says', () => {
    const s = scoped([old], agreement([old], { old: at(8, 3, 11) }, { old: at(11, 24, 12) }));
    expect(s.agreed.map((r) => r.capture.id)).toEqual(['old']);
    expect(s.dates).toEqual({ from: SINCE, to: SINCE });
  });

  it('captured at an earlier offsite and agreed at this one (confirmed here today) is agreed here', () => {
    const s = scoped([old], agreement([old], { old: at(11, 24, 11) }));
    expect(s.agreed.map((r) => r.capture.id)).toEqual(['old']);
  });

  it('a capture stamped by a laptop a day behind is this offsite’s; two days behind is an earlier one’s', () => {
    const behind = action('behind', 'Name the release owner', at(11, 23, 23));
    const twoBehind = action('two', 'Hire a VP Engineering', at(11, 22, 23));
    const s = scoped([behind, twoBehind], agreement([], {}));
    expect(s.proposed.map((r) => r.capture.id)).toEqual(['behind']);
    expect(s.earlier).toEqual({ agreed: 0, proposed: 1, parked: 0 });
  });

  it('a confirmation under my role that this laptop kept no whole record of (storage full, or made before it kept one) is dated by no one: the partner re-dating it to today does not make last quarter’s agreement this offsite’s', () => {
    // The shared entry under my role says today (the partner's laptop rewrote it); my own whole record is absent.
    const a = agreement([old], { old: at(11, 24, 11) });
    const withoutOwnRecord: AgreementInput = { ...a, ownKeys: new Set() };
    const s = scoped([old], withoutOwnRecord);
    expect(s.agreed).toEqual([]);
    // Not "at an earlier offsite": nothing on this laptop dates it.
    expect(s.earlier).toBeUndefined();
    expect(s.undated).toBe(1);
    // With this laptop's own record of that confirmation, the same date is mine and counts.
    const mine = scoped([old], { ...a, ownKeys: new Set([sharedKey(captureKey(old.id), 'ceo')]) });
    expect(mine.agreed.map((r) => r.capture.id)).toEqual(['old']);
  });

  it('this laptop’s own confirmation made on a clock a day behind still counts here', () => {
    const s = scoped([now], agreement([now], { now: at(11, 23, 22) }, { now: at(11, 24, 9) }));
    expect(s.agreed.map((r) => r.capture.id)).toEqual(['now']);
  });

  it('the days agreed run from the earliest to the latest, whatever order the captures are listed in', () => {
    const later = action('later', 'Publish the matrix', at(11, 24));
    const sooner = action('sooner', 'Name the release owner', at(11, 24));
    const s = scoped([later, sooner], agreement([later, sooner], { later: at(11, 26, 11), sooner: at(11, 25, 11) }));
    expect(s.dates).toEqual({ from: '2026-11-25', to: '2026-11-26' });
  });

  it('counts what it leaves out, each list on its own: an earlier agreement and an earlier proposal, none parked', () => {
    const proposedOld = action('p-old', 'Hire a VP Engineering', at(8, 3));
    const s = scoped([old, proposedOld, now], agreement([old, now], { old: at(8, 3, 11), now: at(11, 24, 11) }));
    expect(s.earlier).toEqual({ agreed: 1, proposed: 1, parked: 0 });
  });

  it('an earlier parked item is counted out, this offsite’s is kept and not counted', () => {
    const s = scoped([], agreement([], {}), [parked('p-old', 'Office move', at(8, 3)), parked('p-new', 'Hiring plan', at(11, 24)), parked('p-new2', 'Budget', at(11, 25))]);
    expect(s.parked.map((p) => p.id)).toEqual(['p-new', 'p-new2']);
    expect(s.earlier).toEqual({ agreed: 0, proposed: 0, parked: 1 });
  });

  it('without a first day (no comparison for the agenda), every item is listed', () => {
    const all = buildOffsiteSummary({ captures: [old, now], actions: actionsOf([old, now]), parked: [] }, agreement([old, now], { old: at(8, 3, 11), now: at(11, 24, 11) }));
    expect(summaryOfOffsite(all, undefined)).toBe(all);
  });
});

describe('properties', () => {
  const first = new Date(2026, 10, 24);
  const DAY_MS = 24 * 3600 * 1000;

  it('whatever stamp the partner writes, an agreement both confirmed before the offsite (past the slack) is never agreed here', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 400 }), // days before the first day this laptop confirmed
        fc.integer({ min: 0, max: 23 }),
        fc.date({ min: new Date(2019, 0, 1), max: new Date(2031, 0, 1), noInvalidDate: true }), // partner: capture's stamp
        fc.date({ min: new Date(2019, 0, 1), max: new Date(2026, 10, 22, 23, 59), noInvalidDate: true }), // partner: its confirmation, before the offsite too
        (daysBefore, hour, stamp, partnerAt) => {
          const c = action('c', 'Hire a VP Engineering', stamp.toISOString());
          const own = new Date(2026, 10, 24 - daysBefore, hour).toISOString();
          const s = scoped([c], agreement([c], { c: own }, { c: partnerAt.toISOString() }));
          return s.agreed.length === 0 && s.actions.length === 0;
        },
      ),
    );
  });

  it('whatever the partner writes, an agreement this laptop confirmed on or after the first day is agreed here', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 23 }),
        fc.date({ min: new Date(2019, 0, 1), max: new Date(2031, 0, 1), noInvalidDate: true }),
        (daysAfter, hour, stamp) => {
          const c = action('c', 'Publish the matrix', stamp.toISOString());
          const s = scoped([c], agreement([c], { c: new Date(2026, 10, 24 + daysAfter, hour).toISOString() }));
          return s.agreed.length === 1 && s.actions.length === 1;
        },
      ),
    );
  });

  it('an item made on or after the first day, stamped by a clock up to a day behind, is this offsite’s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * DAY_MS }), fc.integer({ min: 0, max: DAY_MS }), (made, behind) => {
        const stamp = new Date(first.getTime() + made - behind);
        return ofThisOffsite({ createdAt: stamp.toISOString() }, SINCE);
      }),
    );
  });
});
