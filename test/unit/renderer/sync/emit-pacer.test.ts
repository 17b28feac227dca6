// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emitPacer } from '../../../../renderer/sync/emit-pacer';

/** A clock, a microtask queue and timers the test advances by hand. */
function harness(everyMs = 16, burst = 1) {
  let t = 1000;
  const micro: (() => void)[] = [];
  const timers: { at: number; fn: () => void }[] = [];
  const emits: number[] = [];
  const pace = emitPacer(() => emits.push(t), {
    everyMs,
    burst,
    now: () => t,
    microtask: (fn) => micro.push(fn),
    timer: (fn, ms) => timers.push({ at: t + ms, fn }),
  });
  const runMicro = () => {
    while (micro.length) micro.shift()!();
  };
  const advance = (ms: number) => {
    t += ms;
    for (const due of timers.filter((x) => x.at <= t)) {
      timers.splice(timers.indexOf(due), 1);
      due.fn();
    }
    runMicro();
  };
  return { pace, emits, runMicro, advance, timers, micro };
}

describe('emit pacer: when listeners hear of doc changes', () => {
  it("tells of the partner's first change on a microtask, not a timer", () => {
    const h = harness();
    h.pace(true);
    expect(h.timers).toHaveLength(0);
    h.runMicro();
    expect(h.emits).toEqual([1000]);
  });

  it('coalesces a burst of changes into one emit', () => {
    const h = harness();
    for (let i = 0; i < 50; i++) h.pace(true);
    h.pace(false);
    h.runMicro();
    expect(h.emits).toHaveLength(1);
  });

  it("holds the partner's next change until a frame has passed since the last one told", () => {
    const h = harness(16);
    h.pace(true);
    h.runMicro();
    h.advance(5);
    h.pace(true);
    h.runMicro();
    expect(h.emits).toEqual([1000]);
    expect(h.timers.map((x) => x.at)).toEqual([1016]);
    h.advance(10);
    expect(h.emits).toEqual([1000]);
    h.advance(1);
    expect(h.emits).toEqual([1000, 1016]);
  });

  it('a flood of partner changes reaches listeners at most once per frame', () => {
    const h = harness(16);
    for (let ms = 0; ms < 1000; ms++) {
      h.pace(true);
      h.pace(true);
      h.advance(1);
    }
    expect(h.emits.length).toBeLessThanOrEqual(1000 / 16 + 1);
    expect(h.emits.length).toBeGreaterThanOrEqual(1000 / 16 - 1);
    for (let i = 1; i < h.emits.length; i++) expect(h.emits[i] - h.emits[i - 1]).toBeGreaterThanOrEqual(16);
  });

  it("this laptop's own changes go out at once and do not hold back the partner's next one", () => {
    const h = harness(16);
    h.pace(false);
    h.runMicro();
    h.advance(2);
    h.pace(false);
    h.runMicro();
    expect(h.emits).toEqual([1000, 1002]);
    // Right after our own change, the partner's reply is told at once.
    h.advance(1);
    h.pace(true);
    h.runMicro();
    expect(h.emits).toEqual([1000, 1002, 1003]);
    expect(h.timers).toHaveLength(0);
  });

  it('an own change riding on the same emit as a partner change still starts the frame', () => {
    const h = harness(16);
    h.pace(false);
    h.pace(true);
    h.runMicro();
    h.advance(4);
    h.pace(true);
    h.runMicro();
    expect(h.emits).toEqual([1000]);
    h.advance(12);
    expect(h.emits).toEqual([1000, 1016]);
  });

  it('a change after the frame has passed goes out at once again', () => {
    const h = harness(16);
    h.pace(true);
    h.runMicro();
    h.advance(16);
    h.pace(true);
    h.runMicro();
    expect(h.emits).toEqual([1000, 1016]);
  });

  it('with a burst of 3: the protocol\'s few messages in a row are each told at once, the fourth within the frame waits', () => {
    const h = harness(16, 3);
    for (const step of [0, 4, 5]) {
      h.advance(step);
      h.pace(true);
      h.runMicro();
    }
    expect(h.emits).toEqual([1000, 1004, 1009]);
    expect(h.timers).toHaveLength(0);
    h.advance(1);
    h.pace(true);
    h.runMicro();
    expect(h.emits).toHaveLength(3);
    // One token accrues 16 ms after the first was spent, minus what accrued meanwhile.
    expect(h.timers).toHaveLength(1);
    h.advance(16);
    expect(h.emits).toHaveLength(4);
  });

  it('with a burst of 3, a flood still reaches listeners at most once per frame after the first three', () => {
    const h = harness(16, 3);
    for (let ms = 0; ms < 1000; ms++) {
      h.pace(true);
      h.advance(1);
    }
    expect(h.emits.length).toBeLessThanOrEqual(1000 / 16 + 3 + 1);
    // Tokens accrue continuously and the test clock moves in 1 ms steps: 14-16 ms apart, 16 on average.
    for (let i = 3; i < h.emits.length; i++) expect(h.emits[i] - h.emits[i - 1]).toBeGreaterThanOrEqual(14);
    expect((h.emits.at(-1)! - h.emits[3]) / (h.emits.length - 4)).toBeGreaterThanOrEqual(15.5);
  });

  it('the burst refills only at the sustained rate: a quiet second gives back three, not more', () => {
    const h = harness(16, 3);
    h.advance(1000);
    for (let i = 0; i < 5; i++) {
      h.pace(true);
      h.runMicro();
    }
    // Five changes, each told before the next arrives (none coalesce): three go at once.
    expect(h.emits).toHaveLength(3);
  });

  it('uses the default burst of 3 when none is given', () => {
    let emits = 0;
    let t = 0;
    const micro: (() => void)[] = [];
    const pace = emitPacer(() => emits++, { everyMs: 16, now: () => t, microtask: (fn) => micro.push(fn), timer: () => undefined });
    for (let i = 0; i < 4; i++) {
      pace(true);
      while (micro.length) micro.shift()!();
      t += 1;
    }
    expect(emits).toBe(3);
  });

  it('uses queueMicrotask and setTimeout by default', async () => {
    let emits = 0;
    const pace = emitPacer(() => emits++, { everyMs: 30 });
    for (let i = 0; i < 3; i++) {
      pace(true);
      await Promise.resolve();
    }
    expect(emits).toBe(3);
    pace(true);
    await Promise.resolve();
    expect(emits).toBe(3);
    await new Promise((r) => setTimeout(r, 60));
    expect(emits).toBe(4);
  });
});
