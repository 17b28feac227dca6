/**
 * Exports the meeting cadence as an iCalendar file (RFC 5545) both leaders can
 * import, so the cadence lives on real calendars. Times are floating local
 * time: a 09:00 1:1 stays at 09:00 wherever the laptop is.
 *
 * Written here rather than with the `ics` npm package (issue 11), for reasons a
 * test shows (test/unit/shared/workspace/ics-writer-vs-package.test.ts): ics 3.12
 * folds lines by characters, so non-ASCII names exceed RFC 5545's 75 octets, and
 * it writes a bare CR from pasted text into the file. It would also add ~24 KB
 * gzip (yup, nanoid, runes2) for what is ~100 lines here.
 */
import { MEETING_FREQUENCIES, type DecisionRow, type Meeting, type MeetingFrequency } from './types';
import { parseIsoDate } from './dates';
import { isOneOf, isSetNumber } from './not-set';

export interface IcsOptions {
  now: Date;
  /**
   * Whether both leaders agreed the cadence as it is now. A calendar shows the summary alone, so
   * until they have, every event says there that it is a proposal (a template is not a plan).
   */
  agreed: boolean;
  /** The cadence's agreement state as the app shows it ("template", "edited · confirmed by the CEO only"). */
  stateLabel?: string;
  organizerName?: string;
  /** Used to show decision names instead of row ids in the description. */
  matrix?: readonly DecisionRow[];
}

const CRLF = '\r\n';
/** The plan's calendar marks unconfirmed actions the same way (plan-ics.ts). */
export const PROPOSED = 'Proposed, not agreed: ';
const MAX_OCTETS = 75;

const RRULES: Record<MeetingFrequency, string> = {
  weekly: 'FREQ=WEEKLY',
  // Monthly/quarterly repeat on the same day of the month as the first date.
  monthly: 'FREQ=MONTHLY',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
};

/**
 * An id as the UID's left part. Ids are map keys and capture ids the partner chooses, and a
 * UID is not TEXT (no escaping): a line break in one would end the line and start properties
 * or events of the partner's making in the exported file. Ids of the app's own making (letters,
 * digits, '-', '_', '.') stay as they are, so re-exports keep updating the same events.
 */
export function icsUid(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** TEXT escaping per RFC 5545 §3.3.11. */
export function escapeIcsText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds a content line so no physical line exceeds 75 octets (UTF-8), never
 * splitting a character. Continuation lines start with one space, which
 * counts toward their 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const len = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + len > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += len;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** ISO 8601 duration: 45 → PT45M, 90 → PT1H30M, 240 → PT4H. */
export function icsDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (total === 0) return 'PT0M';
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function utcStamp(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function floatingStart(m: Meeting): string {
  const day = parseIsoDate(m.firstDate);
  const t = /^(\d{2}):(\d{2})$/.exec(m.time);
  if (!day) throw new RangeError(`cadence "${m.name}": firstDate "${m.firstDate}" is not a YYYY-MM-DD date.`);
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) throw new RangeError(`cadence "${m.name}": time "${m.time}" is not HH:MM.`);
  return `${m.firstDate.replace(/-/g, '')}T${t[1]}${t[2]}00`;
}

function description(m: Meeting, opts: IcsOptions): string {
  const names = new Map((opts.matrix ?? []).map((r) => [r.id, r.decision]));
  const lines: string[] = [];
  if (m.decisionTypes.length) {
    lines.push('Decisions taken here:');
    for (const id of m.decisionTypes) lines.push(`- ${names.get(id) ?? id}`);
  }
  if (m.prereadChecklist.length) {
    lines.push('Pre-read checklist:');
    for (const item of m.prereadChecklist) lines.push(`- ${item}`);
  }
  if (opts.organizerName?.trim()) lines.push(`Organised by ${opts.organizerName.trim()}.`);
  if (!opts.agreed) lines.unshift(`${PROPOSED}the cadence's state in Accord is "${opts.stateLabel ?? 'template'}"; both leaders have not yet agreed it.`, '');
  return lines.join('\n');
}

function duration(m: Meeting): string {
  if (!isSetNumber(m.durationMinutes)) throw new RangeError(`cadence "${m.name}": the meeting's length is not set.`);
  return icsDuration(m.durationMinutes);
}

function rrule(m: Meeting): string {
  if (!isOneOf(MEETING_FREQUENCIES, m.frequency)) throw new RangeError(`cadence "${m.name}": the frequency is not set (weekly, monthly or quarterly).`);
  return RRULES[m.frequency];
}

/** Throws RangeError for a meeting with an invalid date or time, or no length or frequency set; validate first. */
export function cadenceToIcs(meetings: readonly Meeting[], opts: IcsOptions): string {
  const stamp = utcStamp(opts.now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Accord//CTO-CEO Alignment//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const m of meetings) {
    lines.push(
      'BEGIN:VEVENT',
      // Stable UID so a re-export updates the event instead of duplicating it.
      `UID:${icsUid(m.id)}@accord.local`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${floatingStart(m)}`,
      `DURATION:${duration(m)}`,
      `RRULE:${rrule(m)}`,
      `SUMMARY:${escapeIcsText(`${opts.agreed ? '' : PROPOSED}${m.name}`)}`,
      `DESCRIPTION:${escapeIcsText(description(m, opts))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
