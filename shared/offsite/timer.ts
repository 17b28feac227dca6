/**
 * The facilitator's clock, as pure arithmetic over timestamps (ms): the current block,
 * when it started, time paused, and minutes added. Nothing ticks here; the view asks
 * `remainingMs(state, now)` on each frame, so a paused or backgrounded page stays exact.
 */
export interface TimerState {
  block: number;
  blockCount: number;
  /** Planned length of each block, in minutes. */
  minutes: readonly number[];
  startedAt: number;
  /** Set while paused. */
  pausedAt?: number;
  /** Time spent paused in this block, before the current pause. */
  pausedMs: number;
  /** Time added to this block. */
  extraMs: number;
}

export function startTimer(minutes: readonly number[], now: number): TimerState {
  return { block: 0, blockCount: minutes.length, minutes, startedAt: now, pausedMs: 0, extraMs: 0 };
}

export function elapsedMs(s: TimerState, now: number): number {
  const until = s.pausedAt ?? now;
  return Math.max(0, until - s.startedAt - s.pausedMs);
}

/** Negative once the block runs over. */
export function remainingMs(s: TimerState, now: number): number {
  return (s.minutes[s.block] ?? 0) * 60_000 + s.extraMs - elapsedMs(s, now);
}

export function isOverrun(s: TimerState, now: number): boolean {
  return remainingMs(s, now) < 0;
}

export function pause(s: TimerState, now: number): TimerState {
  return s.pausedAt !== undefined ? s : { ...s, pausedAt: now };
}

export function resume(s: TimerState, now: number): TimerState {
  if (s.pausedAt === undefined) return s;
  return { ...s, pausedMs: s.pausedMs + (now - s.pausedAt), pausedAt: undefined };
}

export function togglePause(s: TimerState, now: number): TimerState {
  return s.pausedAt === undefined ? pause(s, now) : resume(s, now);
}

export function addTime(s: TimerState, ms: number): TimerState {
  return { ...s, extraMs: Math.max(-(s.minutes[s.block] ?? 0) * 60_000, s.extraMs + ms) };
}

/** Move to another block: its clock starts fresh (paused if we were paused). */
export function goTo(s: TimerState, block: number, now: number): TimerState {
  const target = Math.min(s.blockCount - 1, Math.max(0, block));
  if (target === s.block) return s;
  return { ...s, block: target, startedAt: now, pausedMs: 0, extraMs: 0, pausedAt: s.pausedAt !== undefined ? now : undefined };
}

/** "12:05", or "−1:30" once over. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
