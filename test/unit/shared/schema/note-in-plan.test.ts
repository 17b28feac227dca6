import { describe, expect, it } from 'vitest';
import { parseRound } from '../../../../shared/schema/round';
import { payloadFromRound, roundFromPayload } from '../../../../shared/reveal/payload';
import { setAnswer } from '../../../../shared/assessment/round';
import type { Round } from '../../../../shared/assessment/types';

function round(answers: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'r-1',
    schemaVersion: 1,
    frameworkVersion: 1,
    kind: 'quarterly-reset',
    label: 'Q1',
    role: 'ceo',
    personName: 'Sam',
    createdAt: '2026-03-10T08:00:00.000Z',
    updatedAt: '2026-03-10T08:30:00.000Z',
    answers,
    warnings: {},
  };
}

describe('a note marked for the plan', () => {
  it('is kept by the schema only with a note, and refused when not a boolean', () => {
    const r = parseRound(round({ 'db-1': { value: 4, note: 'Mostly.', noteInPlan: true }, 'db-2': { value: 3, noteInPlan: true } }));
    expect(r.ok && r.value.answers).toEqual({ 'db-1': { value: 4, note: 'Mostly.', noteInPlan: true }, 'db-2': { value: 3 } });
    const bad = parseRound(round({ 'db-1': { value: 4, note: 'x', noteInPlan: 'yes' } }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.join(' ')).toContain(`answers["db-1"].noteInPlan: expected true or false`);
  });

  it('is off by default, can be switched off again, and travels with the sealed payload', () => {
    const r = parseRound(round({}));
    if (!r.ok) throw new Error(r.errors.join());
    let x: Round = setAnswer(r.value, 'db-1', { value: 4, note: 'Share this.' }, '2026-03-10T09:00:00.000Z');
    expect(x.answers['db-1'].noteInPlan).toBeUndefined();
    x = setAnswer(x, 'db-1', { noteInPlan: true }, '2026-03-10T09:01:00.000Z');
    x = setAnswer(x, 'db-1', { note: 'Share this, edited.' }, '2026-03-10T09:02:00.000Z');
    expect(x.answers['db-1']).toEqual({ value: 4, note: 'Share this, edited.', noteInPlan: true });
    const sealed = { ...x, sealedAt: '2026-03-10T10:00:00.000Z' };
    const back = roundFromPayload(payloadFromRound(sealed), { id: 'p' });
    expect(back.answers['db-1']).toEqual({ value: 4, note: 'Share this, edited.', noteInPlan: true });
    x = setAnswer(x, 'db-1', { noteInPlan: false }, '2026-03-10T09:03:00.000Z');
    expect(x.answers['db-1']).toEqual({ value: 4, note: 'Share this, edited.' });
  });
});
