/*
 * Review (board reader): the summary of last quarter's offsite, opened for last quarter's comparison,
 * listed what was agreed, proposed and parked at every offsite since as agreed there. It ends where
 * the next comparison's offsite starts: later items are counted, not listed. An agreement counts from
 * the later of this laptop's own confirmation and the day it was completed (summary.ts): a partner can
 * push an agreement later, never earlier than this laptop's own confirmation. These run without this
 * laptop's stamps of when it saw each agreement completed (the day both had is then the later
 * confirmation, as for an agreement from before those were kept); summary-seen-here.test.ts has them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOffsiteSummary, summaryOfOffsite } from '../../../../shared/offsite/summary';
import { actionsOf } from '../../../../shared/offsite/capture-ops';
import type { Capture, ParkedItem } from '../../../../shared/offsite/capture';
import { action as actionDue, agreement, at, parked } from './offsite-fixtures';

const action = (id: string, text: string, createdAt: string) => actionDue(id, text, createdAt, '2026-05-01');
import type { AgreementInput } from '../../../../shared/workspace/agreement';

const FIRST = '2026-01-12';
const NEXT = '2026-04-14';

const scoped = (captures: Capture[], a: AgreementInput, park: ParkedItem[] = [], next: string | null = NEXT) =>
  summaryOfOffsite(buildOffsiteSummary({ captures, actions: actionsOf(captures), parked: park }, a), FIRST, next ?? undefined);

describe('the summary of last quarter’s offsite, read after the next comparison', () => {
  const ours = action('q1', 'Publish the matrix', at(1, 13));
  const next = action('q2', 'Hire a VP Engineering', at(4, 15));
  const nextProposed = action('q2p', 'Move the release train', at(4, 15));

  it('leaves the next offsite’s agreement, proposal and parked item out, with its action, and counts them from its first day', () => {
    const s = scoped([ours, next, nextProposed], agreement([ours, next], { q1: at(1, 13, 11), q2: at(4, 15, 11) }), [parked('p2', 'Office move', at(4, 15))]);
    expect(s.agreed.map((r) => r.capture.id)).toEqual(['q1']);
    expect(s.proposed).toEqual([]);
    expect(s.parked).toEqual([]);
    expect(s.actions.map((a) => a.captureId)).toEqual(['q1']);
    expect(s.dates).toEqual({ from: '2026-01-13', to: '2026-01-13' });
    // Counted from the first day counted as later (the next first day less the clock slack), and which comparison.
    expect(s.later).toEqual({ agreed: 1, proposed: 1, parked: 1, from: '2026-04-13', next: NEXT });
    expect(s.earlier).toBeUndefined();
    // Without a next comparison, everything since its first day is listed (open-ended), and no later count.
    const open = scoped([ours, next], agreement([ours, next], { q1: at(1, 13, 11), q2: at(4, 15, 11) }), [], null);
    expect(open.agreed.map((r) => r.capture.id)).toEqual(['q1', 'q2']);
    expect(open.later).toBeUndefined();
  });

  it('captured at this offsite and agreed only at the next one (confirmed here then) is the next one’s', () => {
    const s = scoped([ours], agreement([ours], { q1: at(4, 15, 11) }));
    expect(s.agreed).toEqual([]);
    expect(s.later?.agreed).toBe(1);
  });

  it('the partner re-dating a later agreement (its stamp and its own confirmation) into last quarter does not list it there', () => {
    const backdated = { ...next, createdAt: at(1, 13) };
    const s = scoped([backdated], agreement([backdated], { q2: at(4, 15, 11) }, { q2: at(1, 13, 12) }));
    expect(s.agreed).toEqual([]);
    expect(s.later?.agreed).toBe(1);
  });

  // Review (board reader): filed by this laptop's day alone, it printed "agreed by both … on 2026-04-15"
  // in Q1's plan, was missing from Q2's, and the partner's laptop (which confirmed on the 15th) filed it in Q2.
  it('confirmed here at this offsite but by the partner only after the next comparison: the next one’s, where it was agreed', () => {
    const a = agreement([ours], { q1: at(1, 13, 11) }, { q1: at(4, 15, 11) });
    const s = scoped([ours], a);
    expect(s.agreed).toEqual([]);
    expect(s.later?.agreed).toBe(1);
    const q2 = summaryOfOffsite(buildOffsiteSummary({ captures: [ours], actions: actionsOf([ours]), parked: [] }, a), NEXT);
    expect(q2.agreed.map((r) => r.capture.id)).toEqual(['q1']);
    expect(q2.dates).toEqual({ from: '2026-04-15', to: '2026-04-15' });
  });

  it('earlier, this and later at once: each counted on its own side', () => {
    const old = action('q4', 'Write the Q4 guide', '2025-10-01T10:00:00.000Z');
    const s = scoped([old, ours, next], agreement([old, ours, next], { q4: '2025-10-01T11:00:00.000Z', q1: at(1, 13, 11), q2: at(4, 15, 11) }));
    expect(s.agreed.map((r) => r.capture.id)).toEqual(['q1']);
    expect(s.earlier).toEqual({ agreed: 1, proposed: 0, parked: 0 });
    expect(s.later).toEqual({ agreed: 1, proposed: 0, parked: 0, from: '2026-04-13', next: NEXT });
  });
});

describe('properties', () => {
  it('whatever stamp and confirmation date the partner writes, an agreement this laptop confirmed from the next offsite on is never listed in this one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }), // days after the next offsite's first day this laptop confirmed
        fc.integer({ min: 0, max: 23 }),
        fc.date({ min: new Date(2019, 0, 1), max: new Date(2031, 0, 1), noInvalidDate: true }),
        fc.date({ min: new Date(2019, 0, 1), max: new Date(2031, 0, 1), noInvalidDate: true }),
        (daysAfter, hour, stamp, partnerAt) => {
          const c = action('c', 'Hire a VP Engineering', stamp.toISOString());
          const own = new Date(2026, 3, 14 + daysAfter, hour).toISOString();
          const s = scoped([c], agreement([c], { c: own }, { c: partnerAt.toISOString() }));
          return s.agreed.length === 0 && s.actions.length === 0 && s.later?.agreed === 1;
        },
      ),
    );
  });
});
