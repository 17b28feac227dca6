import ICAL from 'ical.js';
import { createEvents } from 'ics';
import { describe, expect, it } from 'vitest';
import { cadenceToIcs } from '../../../../shared/workspace/ics';
import type { Meeting } from '../../../../shared/workspace/types';

/*
 * Why Accord keeps its own .ics writer instead of the `ics` package (issue 11 asked
 * for the package unless a test shows a concrete reason). The same meeting, written
 * both ways, read back with ical.js. This test fails — and the writer should go —
 * once the package folds by octets and escapes a bare CR.
 */
const meeting: Meeting = {
  id: 'm-fr',
  name: 'Réunion hebdo CTO–CEO; suivi, décisions',
  durationMinutes: 45,
  frequency: 'weekly',
  decisionTypes: [],
  // Pasted from a Windows/old-Mac source: a bare CR is a line break to the user.
  prereadChecklist: [`Priorités produit à réviser ${'é'.repeat(40)}`, 'Budget\rCapacité'],
  firstDate: '2026-01-19',
  time: '09:00',
};
const now = new Date(Date.UTC(2026, 0, 15, 8, 30, 5));
const octets = (s: string) => new TextEncoder().encode(s).length;

function viaPackage(m: Meeting): string {
  const description = ['Pre-read checklist:', ...m.prereadChecklist.map((x) => `- ${x}`)].join('\n');
  const { error, value } = createEvents(
    [{ uid: `${m.id}@accord.local`, start: [2026, 1, 19, 9, 0], startInputType: 'local', startOutputType: 'local', duration: { minutes: 45 }, recurrenceRule: 'FREQ=WEEKLY', title: m.name, description }],
    { productId: '-//Accord//CTO-CEO Alignment//EN', method: 'PUBLISH' },
  );
  if (error || !value) throw error ?? new Error('ics: no output');
  return value;
}

describe('the .ics writer against the ics package, on non-ASCII text and a bare CR', () => {
  const ours = cadenceToIcs([meeting], { now, agreed: true });
  const theirs = viaPackage(meeting);

  it('the package folds by characters, so lines with non-ASCII exceed RFC 5545’s 75 octets; ours never do', () => {
    expect(theirs.split('\r\n').some((l) => octets(l) > 75)).toBe(true);
    expect(ours.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
  });

  it('the package writes a bare CR into the file; ours escapes it and the line break reads back', () => {
    expect(theirs.replace(/\r\n/g, '')).toMatch(/\r/);
    expect(ours.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(ours)).getFirstSubcomponent('vevent')!);
    expect(ev.summary).toBe(meeting.name);
    expect(ev.description).toContain('- Budget\nCapacité');
  });
});
