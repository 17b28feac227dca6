// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addTime, formatClock, goTo, isOverrun, remainingMs, startTimer, togglePause } from '../../../../shared/offsite/timer';

const MIN = 60_000;

describe('the facilitator timer', () => {
  it('counts down the current block and runs over into negative time', () => {
    const t = startTimer([15, 10], 0);
    expect(remainingMs(t, 0)).toBe(15 * MIN);
    expect(remainingMs(t, 5 * MIN)).toBe(10 * MIN);
    expect(isOverrun(t, 15 * MIN)).toBe(false);
    expect(isOverrun(t, 15 * MIN + 1)).toBe(true);
    expect(formatClock(remainingMs(t, 16 * MIN + 30_000))).toBe('−1:30');
  });

  it('pause stops the clock; resume continues where it stopped; pauses add up', () => {
    let t = startTimer([15], 0);
    t = togglePause(t, 2 * MIN); // pause at 2:00 elapsed
    expect(remainingMs(t, 9 * MIN)).toBe(13 * MIN);
    t = togglePause(t, 9 * MIN); // resume after 7 paused minutes
    expect(remainingMs(t, 10 * MIN)).toBe(12 * MIN);
    t = togglePause(t, 11 * MIN);
    t = togglePause(t, 12 * MIN);
    expect(remainingMs(t, 12 * MIN)).toBe(11 * MIN);
  });

  it('add time extends this block only; taking time never goes below zero length', () => {
    let t = startTimer([15, 10], 0);
    t = addTime(t, 5 * MIN);
    expect(remainingMs(t, 0)).toBe(20 * MIN);
    t = addTime(t, -100 * MIN);
    expect(remainingMs(t, 0)).toBe(0);
    t = goTo(t, 1, 3 * MIN);
    expect(remainingMs(t, 3 * MIN)).toBe(10 * MIN);
  });

  it('next/previous stay within the agenda and start the block fresh; paused stays paused', () => {
    let t = startTimer([1, 2, 3], 0);
    t = goTo(t, -1, 10);
    expect(t.block).toBe(0);
    t = goTo(t, 99, 10 * MIN);
    expect(t.block).toBe(2);
    expect(remainingMs(t, 10 * MIN)).toBe(3 * MIN);
    t = togglePause(t, 11 * MIN);
    t = goTo(t, 1, 12 * MIN);
    expect(remainingMs(t, 20 * MIN)).toBe(2 * MIN);
  });
});
