import type { AnswerValue } from '../../../shared/assessment/types';
import type { Day30Change } from '../../../shared/offsite/day30';

type Pair = { ceo: AnswerValue | null; cto: AnswerValue | null };

const W = 168;
const H = 38;
const LEFT = 34;
const RIGHT = 8;
const x = (v: number) => LEFT + ((v - 1) / 4) * (W - LEFT - RIGHT);

function say(v: AnswerValue | null): string {
  return v === null ? 'no answer' : v === 'dont-know' ? 'don’t know' : String(v);
}

function apart(p: Pair): string {
  return typeof p.ceo === 'number' && typeof p.cto === 'number' ? ` (${Math.abs(p.ceo - p.cto)} apart)` : '';
}

function Row({ pair, y, label, faded }: { pair: Pair; y: number; label: string; faded: boolean }) {
  const a = typeof pair.ceo === 'number' ? x(pair.ceo) : null;
  const b = typeof pair.cto === 'number' ? x(pair.cto) : null;
  return (
    <g opacity={faded ? 0.55 : 1}>
      <text x={0} y={y + 3.5} fontSize={10} fill="var(--muted)">
        {label}
      </text>
      <line x1={x(1)} x2={x(5)} y1={y} y2={y} stroke="var(--border)" strokeWidth={1} />
      {a !== null && b !== null && <line x1={a} x2={b} y1={y} y2={y} className={faded ? 'dumbbell-then' : 'dumbbell-bar'} strokeWidth={3} strokeLinecap="round" />}
      {/* The CTO's square under the CEO's ring: when they agree, both stay visible. */}
      {b !== null && <rect x={b - 4} y={y - 4} width={8} height={8} fill="var(--cto)" />}
      {a !== null && <circle cx={a} cy={y} r={5.5} fill="none" stroke="var(--ceo)" strokeWidth={2.5} />}
    </g>
  );
}

/**
 * Then and now on one 1–5 scale: the CEO a ring, the CTO a square, the bar between
 * them how far apart they are. A shorter lower bar is a gap that shrank.
 */
export function ChangeDumbbell({ baseline, now, change }: { baseline: Pair; now: Pair; change: Day30Change }) {
  const label = `Then CEO ${say(baseline.ceo)}, CTO ${say(baseline.cto)}${apart(baseline)}; now CEO ${say(now.ceo)}, CTO ${say(now.cto)}${apart(now)}.`;
  return (
    <svg className={`dumbbell change-${change}`} width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <Row pair={baseline} y={10} label="then" faded />
      <Row pair={now} y={28} label="now" faded={false} />
    </svg>
  );
}
