// @vitest-environment node
import ICAL from 'ical.js';
import { createEvent } from 'ics';
import { describe, expect, it } from 'vitest';
import { buildAgenda, retime, warningDisagreements } from '../../../../shared/offsite/agenda';
import { agendaDescription, agendaToIcs } from '../../../../shared/offsite/agenda-ics';
import { FRAMEWORK, statementById } from '../../../../shared/framework/content';

const gaps = ['db-2', 'sa-1', 'cr-3'].map((id) => ({ statementId: id, title: statementById(id)!.short }));
const warnings = warningDisagreements({ [FRAMEWORK.warningSigns[0].id]: 'often' }, { [FRAMEWORK.warningSigns[0].id]: 'never' });
const blocks = retime(buildAgenda({ gaps, warnings }), 'gap-sa-1', 25);
const opts = { title: 'CTO–CEO alignment offsite: Alex Kim and Blake Moreau', date: '2026-12-03', start: '09:30', uid: 'offsite-2026-12-03', now: new Date(Date.UTC(2026, 10, 26, 1, 2, 3)) };
const octets = (s: string) => new TextEncoder().encode(s).length;

function vevent(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
}

describe('the agenda as one calendar event', () => {
  const text = agendaToIcs(blocks, opts);

  it('reads back with ical.js: title, floating start, total length, the agenda in the description', () => {
    const ev = new ICAL.Event(vevent(text));
    expect(ev.summary).toBe(opts.title);
    expect(ev.uid).toBe('offsite-2026-12-03@accord.local');
    expect(ev.startDate.toString()).toBe('2026-12-03T09:30:00');
    expect(ev.startDate.zone?.tzid).toBe('floating');
    // 10 + 15 + 25 + 15 + 10 + 20 + 10 + 5 = 110 minutes
    expect(ev.duration.toSeconds()).toBe(110 * 60);
    expect(ev.endDate.toString()).toBe('2026-12-03T11:20:00');
    const lines = ev.description.split('\n');
    expect(lines).toHaveLength(blocks.length);
    expect(lines[0]).toBe('09:30 Warm-up: the overall picture — 10 min');
    expect(lines[2]).toBe(`09:55 Gap 2: ${statementById('sa-1')!.short} — 25 min`);
    expect(lines.at(-1)).toBe('11:15 Close: what we agreed, what is parked — 5 min');
    expect(ev.description).toBe(agendaDescription(blocks, '09:30'));
  });

  it('one event, CRLF line ends, no line over 75 octets', () => {
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
  });

  it('refuses a date or start time that is not one, naming it', () => {
    expect(() => agendaToIcs(blocks, { ...opts, date: '2026-13-01' })).toThrow(/offsite date "2026-13-01"/);
    expect(() => agendaToIcs(blocks, { ...opts, start: '9:30' })).toThrow(/offsite start "9:30" is not HH:MM/);
  });

  /*
   * Why this is not written with the `ics` package (the issue asked for it unless a concrete reason
   * prevents it): the same event through ics 3.12 has lines over RFC 5545's 75 octets, because the
   * agenda's "—" and statement titles are non-ASCII and the package folds by characters. When this
   * expectation fails, the package got it right and agenda-ics.ts should switch to it.
   */
  it('the ics package folds this agenda by characters, leaving lines over 75 octets', () => {
    const { error, value } = createEvent({
      uid: 'offsite-2026-12-03@accord.local',
      start: [2026, 12, 3, 9, 30],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: 110 },
      title: opts.title,
      description: agendaDescription(blocks, '09:30'),
      productId: '-//Accord//CTO-CEO Alignment offsite//EN',
    });
    if (error || !value) throw error ?? new Error('ics: no output');
    expect(value.split('\r\n').some((l) => octets(l) > 75)).toBe(true);
  });
});
