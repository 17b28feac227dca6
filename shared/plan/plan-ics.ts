/**
 * The plan's 30 days as a calendar file: one all-day event per action on its
 * due date, the day-30 re-score round included (unless a later comparison already
 * was the re-score: build-plan.ts leaves it out), so both leaders can import the
 * plan into their calendars next to the cadence.
 */
import { PROPOSED, escapeIcsText, foldLine, icsUid } from '../workspace/ics';
import type { RepairPlan } from './types';

const CRLF = '\r\n';
/** A framework step not yet ticked: its date and owner are the template's, so the calendar says so (actions.ts). */
export const TEMPLATE_STEP = 'Template, not agreed: ';
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
}

function stamp(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** Minutes since 2020-01-01 UTC: grows with every export, fits RFC 5545's integer. */
function revision(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
}

export function planToIcs(plan: RepairPlan, now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Accord//CTO-CEO Alignment plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const a of plan.actions) {
    lines.push(
      'BEGIN:VEVENT',
      // Stable per plan (its two sealed rounds) and action, not per print day: re-importing the
      // same plan updates its events instead of duplicating them (plan-id.ts).
      `UID:${icsUid(a.id)}-${plan.id}@accord.local`,
      `DTSTAMP:${stamp(now)}`,
      // A later export is a newer revision of the same events (a proposal may since be agreed, a step
      // ticked; the dates count from the comparison and stay): calendars apply an update only with a higher SEQUENCE.
      `SEQUENCE:${revision(now)}`,
      `DTSTART;VALUE=DATE:${ymd(a.due)}`,
      `DTEND;VALUE=DATE:${nextDay(a.due)}`,
      // A calendar shows the summary alone: a proposal (or the framework's step) says so there, not only in the description.
      `SUMMARY:${escapeIcsText(`${a.proposed ? PROPOSED : a.template && !a.done ? TEMPLATE_STEP : ''}${a.title} (${a.owner})`)}`,
      `DESCRIPTION:${escapeIcsText(`${a.detail}\n\nFrom: ${plan.title}`)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
