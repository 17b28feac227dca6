import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToIcs } from '../../../../shared/plan/plan-ics';
import { ceoRef, ctoRef, offsiteActionsInput, today } from './fixtures';
import { payloadFromRound, roundFromPayload } from '../../../../shared/reveal/payload';
import type { Round } from '../../../../shared/assessment/types';

describe('planToIcs', () => {
  const build = () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
    const ics = planToIcs(plan, new Date(Date.UTC(2026, 0, 15, 8, 0, 0)));
    const events = ics.split('BEGIN:VEVENT').slice(1);
    return { plan, ics, events };
  };

  it('has one all-day event per action, on working days', () => {
    const { plan, events } = build();
    expect(events).toHaveLength(plan.actions.length);
    const starts = events.map((e) => /DTSTART;VALUE=DATE:(\d{8})/.exec(e)![1]);
    expect(starts).toEqual(plan.actions.map((a) => a.due.replace(/-/g, '')));
  });

  it('schedules the day-30 re-score round', () => {
    const { events } = build();
    // A framework step: its title says it is the template's date (template-steps.test.ts).
    const rescore = events.find((e) => e.replace(/\r\n /g, '').includes('Re-score: run the diagnostic again'))!;
    // Day 30 from the day after the rounds were sealed (Mon 12 Jan): Wed 11 Feb.
    expect(rescore).toContain('DTSTART;VALUE=DATE:20260211');
    expect(rescore).toContain('DTEND;VALUE=DATE:20260212');
    expect(rescore).toContain(`UID:action-rescore-${build().plan.id}@accord.local`);
  });

  // Review (board reader): the re-score's event moved to day 30 from each export's day (2026-06-02 for a plan
  // of January's rounds exported in May), and was scheduled after the pair had already re-scored.
  it('keeps the re-score on day 30 from the comparison, whatever day the plan is exported', () => {
    const rescoreStart = (day: Date) =>
      planToIcs(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today: day }), day)
        .replace(/\r\n /g, '')
        .split('BEGIN:VEVENT')
        .find((e) => e.includes('Re-score: run the diagnostic again'))!
        .match(/DTSTART;VALUE=DATE:(\d{8})/)![1];
    expect(rescoreStart(new Date(2026, 4, 4, 9))).toBe('20260211');
    expect(rescoreStart(new Date(2026, 4, 11, 9))).toBe('20260211');
  });

  it('schedules no re-score once a later comparison of the pair took place', () => {
    const may = new Date(2026, 4, 4, 9);
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today: may, nextComparisonDay: '2026-02-13' });
    const ics = planToIcs(plan, may).replace(/\r\n /g, '');
    expect(ics).not.toContain('Re-score');
    expect(ics).not.toContain('UID:action-rescore-');
    expect(ics.split('BEGIN:VEVENT').slice(1)).toHaveLength(plan.actions.length);
    // The framework's other steps keep their days from the comparison: the last, board prep, is day 27 (Mon 9 Feb).
    expect([...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]).at(-1)).toBe('20260209');
  });

  describe('UIDs name the plan (its two sealed rounds) and the action, not the day it was exported', () => {
    const uids = (ceoRound: Round, ctoRound: Round, day: Date) =>
      planToIcs(buildRepairPlan({ companyName: 'Acme', ceoRound, ctoRound, today: day }), new Date(day))
        .split('\r\n')
        .filter((l) => l.startsWith('UID:'));
    const first = uids(ceoRef, ctoRef, today);

    it('the same plan exported three days later, or on the partner laptop, has the same UIDs: a re-import updates instead of duplicating', () => {
      expect(first).toHaveLength(new Set(first).size);
      expect(uids(ceoRef, ctoRef, new Date(2026, 0, 18, 16))).toEqual(first);
      // The partner laptop has its own round under its own id and this one as a kept copy.
      const keptCeo: Round = { ...roundFromPayload(payloadFromRound(ceoRef), { id: 'partner-0f3a', receivedFrom: 'peer' }), pairedWith: 'local-cto' };
      expect(uids(keptCeo, { ...ctoRef, id: 'local-cto', companyName: 'Acme Inc' }, today)).toEqual(first);
    });

    it('a later export carries a higher SEQUENCE, so calendars apply it as an update of the same events', () => {
      const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
      const seq = (at: Date) => [...planToIcs(plan, at).matchAll(/^SEQUENCE:(\d+)$/gm)].map((m) => Number(m[1]));
      const first = seq(new Date(Date.UTC(2026, 0, 15, 8, 0)));
      const later = seq(new Date(Date.UTC(2026, 0, 15, 8, 1)));
      expect(first).toHaveLength(plan.actions.length);
      expect(later.every((n, i) => n > first[i])).toBe(true);
    });

    it('another pair of sealed rounds (the next quarter, or one answer different) never shares a UID with this plan', () => {
      const next = uids({ ...ceoRef, sealedAt: '2026-04-12T10:00:00.000Z' }, ctoRef, today);
      const changed = uids(ceoRef, { ...ctoRef, answers: { ...ctoRef.answers, 'db-1': { value: 1 } } }, today);
      for (const other of [next, changed]) expect(other.filter((u) => first.includes(u))).toEqual([]);
    });
  });

  it('uses CRLF line ends and folds long lines', () => {
    const { ics } = build();
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it("says in an event's title when its action is a proposal nobody confirmed (review r14)", () => {
    const META = { blockId: 'b', blockTitle: 'Block', authorName: 'Blake', createdAt: '2026-01-15T10:00:00.000Z' };
    const agreed = { ...META, id: 'cap-ok', kind: 'action' as const, text: 'Publish the matrix', owner: 'CTO', due: '2026-01-20' };
    const proposal = { ...META, id: 'cap-x', kind: 'action' as const, text: 'Announce the CEO steps back from product', owner: 'CEO', due: '2026-01-21' };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, ...offsiteActionsInput([agreed, proposal], ['cap-ok']) });
    const ics = planToIcs(plan, new Date(Date.UTC(2026, 0, 15, 8, 0, 0))).replace(/\r\n /g, '');
    expect(ics).toContain('SUMMARY:Proposed\\, not agreed: Announce the CEO steps back from product (CEO)');
    expect(ics).toContain('SUMMARY:Publish the matrix (CTO)');
    expect(ics).not.toContain('SUMMARY:Proposed\\, not agreed: Publish');
  });
});
