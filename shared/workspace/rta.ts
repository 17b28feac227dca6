/**
 * RTA filter for CEO updates: Relevant (ties to a company goal), Actionable
 * (asks for a decision or trade-off), Timely (names a decision date that has
 * not passed). Heuristic on purpose: it nudges the writer, it does not grade.
 */
import { makeDate, parseIsoDate, startOfDay, toIsoDate } from './dates';

export interface RtaResult {
  relevant: boolean;
  actionable: boolean;
  timely: boolean;
  /** One line per dimension, in R, A, T order, saying why it passed or failed. */
  reasons: string[];
  /** Earliest decision date found that is today or later (YYYY-MM-DD). */
  decisionDate?: string;
}

// Whole words only, so "arr" does not match "arrive" or "burn" match "burnout".
const BUSINESS_WORDS =
  /\b(?:revenue|retention|retain\w*|churn\w*|margins?|conversions?|convert\w*|arr|mrr|bookings?|pipeline|renewals?|renew\w*|upsell\w*|expansion|profit\w*|cash|runway|burn|cac|ltv|nps|growth|customers?|sales|pricing|costs?|deals?|quota|activation|onboarding)\b/i;

const DECISION_ASK =
  /\b(decide|decision|approve|approval|sign[- ]off|choose|pick|agree|trade-?offs?|options?|versus|vs\.?|go\/no-go|either\b[^.?!]*\bor|need (you|your|a call|a decision)|can we|should we|do we|recommend)\b/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "<Month> <day>[st|nd|rd|th][, <year>]"; preceded by by/before/on/until in practice.
const MONTH_DAY =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/gi;
const ISO_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** A year-less month/day is read as the occurrence nearest to today. */
function nearestYear(month: number, day: number, today: Date): Date | null {
  const y = today.getFullYear();
  let best: Date | null = null;
  for (const year of [y - 1, y, y + 1]) {
    const d = makeDate(year, month, day);
    if (d && (!best || Math.abs(d.getTime() - today.getTime()) < Math.abs(best.getTime() - today.getTime()))) best = d;
  }
  return best;
}

/** All dates mentioned in the text, as local-midnight Dates. */
export function findDates(text: string, today: Date): Date[] {
  const out: Date[] = [];
  for (const m of text.matchAll(ISO_IN_TEXT)) {
    const d = parseIsoDate(m[1]);
    if (d) out.push(d);
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    // Lower-case "may 3" is far more often "we may 3x…" than a date.
    if (m[1] === 'may') continue;
    const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2]);
    const d = m[3] ? makeDate(Number(m[3]), month, day) : nearestYear(month, day, startOfDay(today));
    if (d) out.push(d);
  }
  return out;
}

function goalMentioned(text: string, goals: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return goals.map((g) => g.trim()).find((g) => g && lower.includes(g.toLowerCase()));
}

export function rtaCheck(text: string, ctx: { goals: readonly string[]; today: Date }): RtaResult {
  const reasons: string[] = [];

  const goal = goalMentioned(text, ctx.goals);
  const word = BUSINESS_WORDS.exec(text)?.[0];
  const relevant = Boolean(goal || word);
  reasons.push(
    goal
      ? `Relevant: mentions the company goal "${goal}".`
      : word
        ? `Relevant: speaks to a business outcome ("${word}").`
        : 'Not relevant yet: tie it to a company goal or a business outcome such as revenue, retention or margin.',
  );

  const trimmed = text.trim();
  const ask = DECISION_ASK.exec(text)?.[0];
  const actionable = Boolean(ask) || trimmed.endsWith('?');
  reasons.push(
    actionable
      ? `Actionable: asks for a decision${ask ? ` ("${ask}")` : ' (ends with a question)'}.`
      : 'Not actionable yet: end with the decision or trade-off you need from the CEO.',
  );

  const today = startOfDay(ctx.today);
  const upcoming = findDates(text, ctx.today)
    .filter((d) => d.getTime() >= today.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  const timely = upcoming.length > 0;
  const decisionDate = timely ? toIsoDate(upcoming[0]) : undefined;
  reasons.push(
    timely
      ? `Timely: names a decision date (${decisionDate}) that is still open.`
      : 'Not timely yet: say by when the decision is needed, with a date that has not passed.',
  );

  return { relevant, actionable, timely, reasons, ...(decisionDate ? { decisionDate } : {}) };
}
