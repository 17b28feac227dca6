import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToIcs } from '../../../../shared/plan/plan-ics';
import { ceoRef, ctoRef, offsiteActionsInput, today } from './fixtures';

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
    const rescore = events.find((e) => e.includes('SUMMARY:Re-score: run the diagnostic again'))!;
    expect(rescore).toContain('DTSTART;VALUE=DATE:20260213');
    expect(rescore).toContain('DTEND;VALUE=DATE:20260214');
    expect(rescore).toContain('UID:action-rescore-2026-01-15@accord.local');
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
