import { describe, expect, it } from 'vitest';
import { kindFromLabel, payloadFromRound, roundFromPayload, sameSeal, sealsSameContent } from '../../../../shared/reveal/payload';
import type { Round } from '../../../../shared/assessment/types';

// What a sealed round commits to, and the round rebuilt from a partner's payload.

const AT = '2026-10-05T09:00:00.000Z';
function sealedRound(patch: Partial<Round> = {}): Round {
  return {
    id: 'private-id', schemaVersion: 1, frameworkVersion: 1, kind: 'quarterly-reset', label: '2026-Q4 reset',
    role: 'cto', personName: 'Dana', companyName: 'Acme', createdAt: '2026-10-01T08:00:00.000Z', updatedAt: '2026-10-04T08:00:00.000Z',
    answers: {
      'db-1': { value: 4, note: 'Mostly.', noteInPlan: true },
      'db-2': { value: 2, noteInPlan: true },
      'db-3': { value: 'dont-know', note: '' },
      'db-4': { value: 3, note: 'Private.' },
    },
    warnings: { 'ws-overrides': 'often' },
    sealedAt: AT,
    ...patch,
  };
}

describe('payloadFromRound', () => {
  it('commits only the shared fields, with answers in a normalised shape', () => {
    expect(payloadFromRound(sealedRound())).toEqual({
      role: 'cto', personName: 'Dana', roundLabel: '2026-Q4 reset', frameworkVersion: 1,
      answers: {
        'db-1': { value: 4, note: 'Mostly.', noteInPlan: true },
        'db-2': { value: 2 },
        'db-3': { value: 'dont-know' },
        'db-4': { value: 3, note: 'Private.' },
      },
      warnings: { 'ws-overrides': 'often' },
      sealedAt: AT,
    });
  });

  it('copies, so a later change to the round cannot change the payload', () => {
    const round = sealedRound();
    const payload = payloadFromRound(round);
    round.warnings['ws-overrides'] = 'never';
    round.answers['db-1'].value = 1;
    expect(payload.warnings['ws-overrides']).toBe('often');
    expect(payload.answers['db-1'].value).toBe(4);
  });

  it('refuses an unsealed round, naming it', () => {
    expect(() => payloadFromRound(sealedRound({ sealedAt: undefined }))).toThrow('Round private-id must be sealed before it can be committed.');
  });
});

describe('sealsSameContent (a prepared seal is of this round as it stands)', () => {
  const open = sealedRound({ sealedAt: undefined });
  const prepared = sealedRound({ sealedAt: '2026-10-05T09:00:00.000Z', updatedAt: '2026-10-05T09:00:00.000Z' });

  it('holds for the same answers and names, whatever the seal time and private fields', () => {
    expect(sealsSameContent(prepared, open)).toBe(true);
    expect(sealsSameContent(prepared, { ...open, companyName: 'Other', updatedAt: '2026-10-04T09:00:00.000Z' })).toBe(true);
  });

  it('fails for any committed difference, another round, an unsealed "seal" or a sealed round', () => {
    expect(sealsSameContent(prepared, { ...open, answers: { ...open.answers, 'db-1': { value: 5, note: 'Mostly.', noteInPlan: true } } })).toBe(false);
    expect(sealsSameContent(prepared, { ...open, warnings: {} })).toBe(false);
    expect(sealsSameContent(prepared, { ...open, personName: 'Dan' })).toBe(false);
    expect(sealsSameContent(prepared, { ...open, label: '2026-Q3 reset' })).toBe(false);
    expect(sealsSameContent(prepared, { ...open, id: 'another' })).toBe(false);
    expect(sealsSameContent({ ...prepared, sealedAt: undefined }, open)).toBe(false);
    expect(sealsSameContent(prepared, prepared)).toBe(false);
  });
});

describe('kindFromLabel', () => {
  it('a label with the word "repair" (any case) is a repair round; anything else a quarterly reset', () => {
    expect(kindFromLabel('30-day repair after the March outage')).toBe('repair');
    expect(kindFromLabel('REPAIR')).toBe('repair');
    expect(kindFromLabel('2026-Q4 reset')).toBe('quarterly-reset');
    expect(kindFromLabel('repaired roof')).toBe('quarterly-reset');
    expect(kindFromLabel('unrepair')).toBe('quarterly-reset');
  });
});

describe('roundFromPayload', () => {
  const payload = () => payloadFromRound(sealedRound());

  it('rebuilds a sealed round from the payload; id from the caller, times from sealedAt, company and source when given', () => {
    expect(roundFromPayload(payload(), { id: 'p-1', companyName: '  Acme  ', receivedFrom: 'peer' })).toEqual({
      id: 'p-1', schemaVersion: 1, frameworkVersion: 1, kind: 'quarterly-reset', label: '2026-Q4 reset', role: 'cto', personName: 'Dana',
      createdAt: AT, updatedAt: AT, sealedAt: AT,
      answers: {
        'db-1': { value: 4, note: 'Mostly.', noteInPlan: true },
        'db-2': { value: 2 },
        'db-3': { value: 'dont-know' },
        'db-4': { value: 3, note: 'Private.' },
      },
      warnings: { 'ws-overrides': 'often' },
      companyName: 'Acme',
      receivedFrom: 'peer',
    });
  });

  it('leaves company and source out when not given or blank; a repair label makes a repair round', () => {
    const r = roundFromPayload({ ...payload(), roundLabel: '30-day repair' }, { id: 'p-2', companyName: '   ' });
    expect('companyName' in r).toBe(false);
    expect('receivedFrom' in r).toBe(false);
    expect(r.kind).toBe('repair');
  });

  it('keeps noteInPlan only when it is exactly true and there is a note', () => {
    const p = payload();
    p.answers['db-4'] = { value: 3, note: 'x', noteInPlan: 'yes' as unknown as true };
    p.answers['db-2'] = { value: 2, noteInPlan: true };
    const r = roundFromPayload(p, { id: 'p-3' });
    expect(r.answers['db-4']).toEqual({ value: 3, note: 'x' });
    expect(r.answers['db-2']).toEqual({ value: 2 });
  });

  it('copies warnings, so editing the round leaves the payload as received', () => {
    const p = payload();
    const r = roundFromPayload(p, { id: 'p-4' });
    r.warnings['ws-overrides'] = 'never';
    expect(p.warnings['ws-overrides']).toBe('often');
  });
});

describe('sameSeal (the seal a note names is the one on disk)', () => {
  it('is the same seal whatever order its answers and warnings were stored in', () => {
    const a = sealedRound();
    const reordered = sealedRound({ answers: Object.fromEntries(Object.entries(a.answers).reverse()), warnings: { 'ws-overrides': 'often' } });
    expect(Object.keys(reordered.answers)).not.toEqual(Object.keys(a.answers));
    expect(sameSeal(a, reordered)).toBe(true);
  });

  it('is another seal when the round, the seal time or anything committed differs, or when either is not sealed', () => {
    const a = sealedRound();
    expect(sameSeal(a, sealedRound({ id: 'other' }))).toBe(false);
    expect(sameSeal(a, sealedRound({ sealedAt: '2026-10-05T09:00:01.000Z' }))).toBe(false);
    expect(sameSeal(a, sealedRound({ answers: { ...a.answers, 'db-2': { value: 3, noteInPlan: true } } }))).toBe(false);
    expect(sameSeal(a, sealedRound({ personName: 'Dan' }))).toBe(false);
    // What is not committed does not make it another seal.
    expect(sameSeal(a, sealedRound({ updatedAt: '2026-10-05T10:00:00.000Z', companyName: 'Other' }))).toBe(true);
    expect(sameSeal({ ...a, sealedAt: undefined }, { ...a, sealedAt: undefined })).toBe(false);
    // A sealed round and the same round not sealed (yet): another seal, said, not thrown.
    expect(sameSeal(a, { ...a, sealedAt: undefined })).toBe(false);
  });
});
