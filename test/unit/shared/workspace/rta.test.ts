import { describe, expect, it } from 'vitest';
import { findDates, rtaCheck } from '../../../../shared/workspace/rta';

const today = new Date(2026, 2, 10, 15, 30); // 10 March 2026, afternoon
const goals = ['Enterprise launch', 'Net revenue retention'];

describe('rtaCheck', () => {
  it('passes a goal-tied update with an ask and a future ISO date', () => {
    const r = rtaCheck('Enterprise launch is at risk. Decide between cutting SSO or a 2-week slip by 2026-03-20.', { goals, today });
    expect(r).toMatchObject({ relevant: true, actionable: true, timely: true, decisionDate: '2026-03-20' });
    expect(r.reasons).toHaveLength(3);
    expect(r.reasons[0]).toContain('Enterprise launch');
  });

  it('fails all three for a dashboard dump', () => {
    const r = rtaCheck('Velocity was 42 points. Uptime 99.95%. p95 latency 230ms.', { goals, today });
    expect(r).toMatchObject({ relevant: false, actionable: false, timely: false });
    expect(r.decisionDate).toBeUndefined();
    expect(r.reasons.every((x) => x.startsWith('Not'))).toBe(true);
  });

  it('business words count as relevant, whole words only', () => {
    expect(rtaCheck('Churn went up in EU', { goals: [], today }).relevant).toBe(true);
    expect(rtaCheck('Gross margin improves', { goals: [], today }).relevant).toBe(true);
    expect(rtaCheck('The builds arrive faster and the burnout is real', { goals: [], today }).relevant).toBe(false);
  });

  it('a question at the end is actionable', () => {
    expect(rtaCheck('Shall we ship the narrow version first?', { goals, today }).actionable).toBe(true);
  });

  it('"by <Month> <day>" forms are timely only when not past', () => {
    expect(rtaCheck('Approve by March 14', { goals, today }).decisionDate).toBe('2026-03-14');
    expect(rtaCheck('Approve by Mar 14th', { goals, today }).timely).toBe(true);
    expect(rtaCheck('Approve by March 1', { goals, today }).timely).toBe(false);
    expect(rtaCheck('Approve by March 10', { goals, today }).timely).toBe(true); // today still counts
    expect(rtaCheck('Approve by April 2, 2025', { goals, today }).timely).toBe(false);
  });

  it('a past ISO date is not timely, and the earliest future date is reported', () => {
    expect(rtaCheck('decide by 2026-03-09', { goals, today }).timely).toBe(false);
    expect(rtaCheck('decide by 2026-04-01 or at latest April 15, before 2026-03-01', { goals, today }).decisionDate).toBe('2026-04-01');
  });

  it('ignores impossible dates and lower-case "may"', () => {
    expect(rtaCheck('decide by 2026-02-30', { goals, today }).timely).toBe(false);
    expect(findDates('we may 2 people add', today)).toEqual([]);
    expect(findDates('by May 3', today).map((d) => d.getMonth())).toEqual([4]);
  });

  it('reads a year-less date near a year boundary as the nearest occurrence', () => {
    const dec = new Date(2026, 11, 20);
    expect(rtaCheck('approve by January 5', { goals, today: dec }).decisionDate).toBe('2027-01-05');
  });
});
