import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { cadenceToIcs, escapeIcsText, foldLine, icsDuration } from '../../../../shared/workspace/ics';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { Meeting } from '../../../../shared/workspace/types';

const now = new Date(Date.UTC(2026, 0, 15, 8, 30, 5)); // DTSTAMP is always UTC
// Defaults are laid out from a local Thursday 15 Jan 2026, whatever the test machine's zone.
const ws = defaultWorkspace(new Date(2026, 0, 15, 10));
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('helpers', () => {
  it('formats durations', () => {
    expect([45, 90, 240, 60, 5, 0].map(icsDuration)).toEqual(['PT45M', 'PT1H30M', 'PT4H', 'PT1H', 'PT5M', 'PT0M']);
  });

  it('escapes TEXT values', () => {
    expect(escapeIcsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting multi-byte characters', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('cadenceToIcs', () => {
  const ics = cadenceToIcs(ws.cadence, { now, organizerName: 'Dana (CEO)', matrix: ws.matrix, agreed: true });

  it('uses CRLF line endings and folds every line to ≤75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    // The descriptions are long enough that folding must have happened.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('parses back with ical.js with the right header and four events', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(cal.getFirstPropertyValue('prodid'))).toContain('Accord');
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(4);
  });

  it('each event has the expected recurrence, duration and floating start', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const expected = [
      { name: 'Weekly CTO–CEO 1:1', freq: 'WEEKLY', interval: 1, minutes: 45, start: '2026-01-19T09:00:00' },
      { name: 'Monthly strategy review', freq: 'MONTHLY', interval: 1, minutes: 90, start: '2026-01-21T14:00:00' },
      { name: 'Quarterly planning', freq: 'MONTHLY', interval: 3, minutes: 240, start: '2026-01-22T09:00:00' },
      { name: 'Quarterly board prep', freq: 'MONTHLY', interval: 3, minutes: 60, start: '2026-01-16T15:00:00' },
    ];
    events.forEach((ev, i) => {
      const want = expected[i];
      expect(ev.summary).toBe(want.name);
      const rrule = ev.component.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rrule.freq).toBe(want.freq);
      expect(rrule.interval).toBe(want.interval);
      expect(ev.duration.toSeconds()).toBe(want.minutes * 60);
      expect(ev.startDate.toString()).toBe(want.start);
      expect(ev.startDate.zone?.tzid).toBe('floating');
      expect(ev.uid).toBe(`${ws.cadence[i].id}@accord.local`);
      const stamp = ev.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toString()).toBe('2026-01-15T08:30:05Z');
    });
  });

  it('descriptions carry decision names, the pre-read and the organizer, unescaped on parse', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const ev = new ICAL.Event(cal.getAllSubcomponents('vevent')[1]);
    expect(ev.description).toContain('- Infra spend over $25k per month');
    expect(ev.description).toContain('Pre-read checklist:\n- Options considered');
    expect(ev.description).toContain('Organised by Dana (CEO).');
  });

  it('until both leaders agree the cadence, every event is titled a proposal and says why; agreed, the title is the meeting', () => {
    const parse = (out: string) => new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const proposed = parse(cadenceToIcs(ws.cadence, { now, matrix: ws.matrix, agreed: false, stateLabel: 'edited · confirmed by the CEO only' }));
    expect(proposed.map((e) => e.summary)).toEqual(ws.cadence.map((m) => `Proposed, not agreed: ${m.name}`));
    for (const e of proposed) {
      expect(e.description.split('\n')[0]).toBe('Proposed, not agreed: the cadence\'s state in Accord is "edited · confirmed by the CEO only"; both leaders have not yet agreed it.');
      expect(e.description).toContain('Decisions taken here:');
    }
    // No state named: it reads as the template it is.
    expect(parse(cadenceToIcs(ws.cadence, { now, agreed: false }))[0].description).toContain('state in Accord is "template"');
    const agreed = parse(cadenceToIcs(ws.cadence, { now, matrix: ws.matrix, agreed: true, stateLabel: 'agreed by both on 2026-01-15' }));
    expect(agreed.map((e) => e.summary)).toEqual(ws.cadence.map((m) => m.name));
    expect(agreed.every((e) => !e.description.includes('Proposed, not agreed'))).toBe(true);
  });

  it('round-trips special characters and long names', () => {
    const m: Meeting = {
      id: 'm-x',
      name: `Offsite; budget, scope & "timing" \\ ${'long '.repeat(30)}`,
      durationMinutes: 150,
      frequency: 'weekly',
      decisionTypes: ['unknown-row'],
      prereadChecklist: ['Options, cost; risk'],
      firstDate: '2026-02-02',
      time: '07:05',
    };
    const out = cadenceToIcs([m], { now, agreed: true });
    const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(out)).getFirstSubcomponent('vevent')!);
    expect(ev.summary).toBe(m.name);
    expect(ev.description).toBe('Decisions taken here:\n- unknown-row\nPre-read checklist:\n- Options, cost; risk');
    expect(ev.duration.toString()).toBe('PT2H30M');
    expect(out.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
  });

  it('rejects an invalid date or time', () => {
    const bad = { ...ws.cadence[0], firstDate: '2026-13-01' };
    expect(() => cadenceToIcs([bad], { now, agreed: true })).toThrow(RangeError);
    expect(() => cadenceToIcs([{ ...ws.cadence[0], time: '9am' }], { now, agreed: true })).toThrow(/HH:MM/);
  });
});
