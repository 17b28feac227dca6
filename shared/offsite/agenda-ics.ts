/**
 * The offsite as one calendar event with the agenda in its description.
 *
 * Written with the project's own RFC 5545 helpers rather than the `ics` package the
 * issue suggests: the agenda's lines carry non-ASCII text (“—”, statement titles with
 * ’ and –), and ics 3.12 folds by characters, producing lines over RFC 5545's 75 octets
 * (test/unit/shared/offsite/agenda-ics.test.ts shows it on this very agenda).
 */
import { escapeIcsText, foldLine, icsDuration } from '../workspace/ics';
import { isIsoDate } from '../workspace/dates';
import { totalMinutes, schedule, type AgendaBlock } from './agenda';
import { clockAfter } from './agenda-markdown';
import { isClockTime } from './agenda-store';

const CRLF = '\r\n';
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcStamp(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The description: one line per block with its start time and length. */
export function agendaDescription(blocks: readonly AgendaBlock[], start: string): string {
  return schedule(blocks)
    .map(({ block, startsAfter }) => `${clockAfter(start, startsAfter)} ${block.title} — ${block.minutes} min`)
    .join('\n');
}

/**
 * Throws RangeError for a date or time that is not YYYY-MM-DD / HH:MM (validate first).
 * Times are floating local time, like the cadence export: 09:00 stays 09:00 wherever the laptop is.
 */
export function agendaToIcs(blocks: readonly AgendaBlock[], opts: { title: string; date: string; start: string; uid: string; now: Date }): string {
  if (!isIsoDate(opts.date)) throw new RangeError(`offsite date "${opts.date}" is not a YYYY-MM-DD date.`);
  if (!isClockTime(opts.start)) throw new RangeError(`offsite start "${opts.start}" is not HH:MM.`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Accord//CTO-CEO Alignment offsite//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // Stable per offsite: re-exporting after a change updates the event instead of adding one.
    `UID:${opts.uid}@accord.local`,
    `DTSTAMP:${utcStamp(opts.now)}`,
    `DTSTART:${opts.date.replace(/-/g, '')}T${opts.start.replace(':', '')}00`,
    `DURATION:${icsDuration(totalMinutes(blocks))}`,
    `SUMMARY:${escapeIcsText(opts.title)}`,
    `DESCRIPTION:${escapeIcsText(agendaDescription(blocks, opts.start))}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
