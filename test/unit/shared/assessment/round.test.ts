import { describe, it, expect } from 'vitest';
import {
  RoundSealedError,
  createRound,
  defaultRoundLabel,
  sealRound,
  setAnswer,
  setWarning,
} from '../../../../shared/assessment/round';

const T0 = '2026-10-05T09:00:00.000Z';
const T1 = '2026-10-05T09:05:00.000Z';

function fresh() {
  return createRound({ id: 'r1', role: 'cto', personName: '  Dana ', kind: 'quarterly-reset', label: '', now: T0 });
}

describe('defaultRoundLabel', () => {
  it('names the calendar quarter for a quarterly reset', () => {
    expect(defaultRoundLabel('quarterly-reset', new Date(2026, 9, 15))).toBe('2026-Q4 quarterly reset');
    expect(defaultRoundLabel('quarterly-reset', new Date(2027, 0, 1))).toBe('2027-Q1 quarterly reset');
    expect(defaultRoundLabel('quarterly-reset', new Date(2026, 5, 30))).toBe('2026-Q2 quarterly reset');
  });

  it('names the event for a repair round', () => {
    expect(defaultRoundLabel('repair', new Date(2026, 2, 1), 'the March outage')).toBe(
      '30-day repair after the March outage',
    );
    expect(defaultRoundLabel('repair', new Date(2026, 2, 1))).toBe('30-day repair');
  });
});

describe('createRound', () => {
  it('builds an empty, unsealed version-1 round', () => {
    const r = fresh();
    expect(r).toMatchObject({
      id: 'r1',
      schemaVersion: 1,
      frameworkVersion: 1,
      role: 'cto',
      personName: 'Dana',
      kind: 'quarterly-reset',
      createdAt: T0,
      updatedAt: T0,
      answers: {},
      warnings: {},
    });
    expect(r.label).toMatch(/^2026-Q4 quarterly reset$/);
    expect(r.sealedAt).toBeUndefined();
    expect('event' in r).toBe(false);
  });

  it('keeps an explicit label and the repair event', () => {
    const r = createRound({
      id: 'r2',
      role: 'ceo',
      personName: 'Sam',
      kind: 'repair',
      label: 'After launch',
      event: 'the missed launch',
      companyName: 'Acme',
      now: new Date(T0),
    });
    expect(r.label).toBe('After launch');
    expect(r.event).toBe('the missed launch');
    expect(r.companyName).toBe('Acme');
  });

  it('rejects an empty name and an over-long label', () => {
    expect(() => createRound({ id: 'x', role: 'ceo', personName: ' ', kind: 'repair', now: T0 })).toThrow(/name/);
    expect(() =>
      createRound({ id: 'x', role: 'ceo', personName: 'A', kind: 'repair', label: 'x'.repeat(201), now: T0 }),
    ).toThrow(/200/);
  });
});

describe('setAnswer', () => {
  it('returns a new round and leaves the old one untouched', () => {
    const r0 = fresh();
    const r1 = setAnswer(r0, 'db-1', { value: 4 }, T1);
    expect(r1).not.toBe(r0);
    expect(r0.answers).toEqual({});
    expect(r1.answers['db-1']).toEqual({ value: 4 });
    expect(r1.updatedAt).toBe(T1);
  });

  it('merges value and note separately and drops blank notes', () => {
    let r = setAnswer(fresh(), 'cq-2', { value: 2, note: 'Updates are dashboards.' }, T1);
    r = setAnswer(r, 'cq-2', { value: 'dont-know' }, T1);
    expect(r.answers['cq-2']).toEqual({ value: 'dont-know', note: 'Updates are dashboards.' });
    r = setAnswer(r, 'cq-2', { note: '   ' }, T1);
    expect(r.answers['cq-2']).toEqual({ value: 'dont-know' });
    r = setAnswer(r, 'sa-1', { note: 'only a note' }, T1);
    expect(r.answers['sa-1']).toEqual({ value: null, note: 'only a note' });
  });

  it('throws on unknown statements, bad values and long notes', () => {
    expect(() => setAnswer(fresh(), 'db-9', { value: 3 }, T1)).toThrow(/Unknown statement id "db-9"/);
    expect(() => setAnswer(fresh(), 'db-1', { value: 7 as never }, T1)).toThrow(/got 7/);
    expect(() => setAnswer(fresh(), 'db-1', { value: 3, note: 'x'.repeat(2001) }, T1)).toThrow(/2000/);
  });
});

describe('setWarning', () => {
  it('sets and clears a frequency', () => {
    const r1 = setWarning(fresh(), 'ws-overrides', 'often', T1);
    expect(r1.warnings).toEqual({ 'ws-overrides': 'often' });
    const r2 = setWarning(r1, 'ws-overrides', null, T1);
    expect(r2.warnings).toEqual({});
    expect(r1.warnings).toEqual({ 'ws-overrides': 'often' });
  });

  it('throws on an unknown warning id', () => {
    expect(() => setWarning(fresh(), 'ws-nope', 'often', T1)).toThrow(/Unknown warning sign id/);
  });

  it('takes "don\'t know" as an answer and refuses anything else', () => {
    expect(setWarning(fresh(), 'ws-overrides', 'dont-know', T1).warnings).toEqual({ 'ws-overrides': 'dont-know' });
    expect(() => setWarning(fresh(), 'ws-overrides', 'always' as never, T1)).toThrow(/never, sometimes, often or dont-know/);
  });
});

describe('sealRound', () => {
  it('sets sealedAt and blocks every later edit', () => {
    const sealed = sealRound(setAnswer(fresh(), 'db-1', { value: 3 }, T1), T1);
    expect(sealed.sealedAt).toBe(T1);
    expect(() => setAnswer(sealed, 'db-1', { value: 5 }, T1)).toThrow(RoundSealedError);
    expect(() => setWarning(sealed, 'ws-overrides', 'never', T1)).toThrow(RoundSealedError);
    expect(() => sealRound(sealed, T1)).toThrow(RoundSealedError);
  });
});
