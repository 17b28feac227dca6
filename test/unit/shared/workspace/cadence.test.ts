import { describe, expect, it } from 'vitest';
import { isCadenceScheduled, isMeetingScheduled } from '../../../../shared/workspace/cadence';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { today } from '../plan/fixtures';

const meeting = () => defaultWorkspace(today).cadence[0];

describe('a meeting ready for a calendar', () => {
  it('has a first date, a start time, a length and a frequency', () => {
    expect(isMeetingScheduled(meeting())).toBe(true);
  });

  it.each([
    ['no first date', { firstDate: '' }],
    ['a first date that is no date', { firstDate: '2026-02-30' }],
    ['no start time', { time: '' }],
    ['a start time that is no time', { time: '24:00' }],
    ['no length', { durationMinutes: NaN }],
    ['a length of zero minutes', { durationMinutes: 0 }],
    ['no frequency', { frequency: '' as const }],
  ])('is not ready with %s', (_, patch) => {
    expect(isMeetingScheduled({ ...meeting(), ...patch })).toBe(false);
  });
});

describe('a cadence ready for both calendars', () => {
  it('has at least one meeting, and every meeting is ready', () => {
    expect(isCadenceScheduled([meeting()])).toBe(true);
    expect(isCadenceScheduled([])).toBe(false);
    expect(isCadenceScheduled([meeting(), { ...meeting(), time: '' }])).toBe(false);
  });
});
