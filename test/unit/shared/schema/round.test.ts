import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { parseRound } from '../../../../shared/schema/round';
import { isIsoDateTime } from '../../../../shared/schema/iso-date-time';
import { parseRound as legacyParseRound } from './legacy/round';

function valid(): Record<string, unknown> {
  return {
    id: 'r-1',
    schemaVersion: 1,
    frameworkVersion: 1,
    kind: 'repair',
    label: '30-day repair after the March outage',
    event: 'the March outage',
    role: 'ceo',
    personName: 'Sam',
    createdAt: '2026-03-10T08:00:00.000Z',
    updatedAt: '2026-03-10T08:30:00.000Z',
    answers: { 'db-1': { value: 4, note: 'Mostly.' }, 'cq-2': { value: 'dont-know' }, 'sa-1': { value: null } },
    warnings: { 'ws-overrides': 'sometimes' },
  };
}

function errorsOf(input: unknown): string[] {
  const r = parseRound(input);
  return r.ok ? [] : r.errors;
}

describe('parseRound', () => {
  it("keeps the id of this laptop's round a partner's round was compared with, and refuses one that is not text", () => {
    const partner = { ...valid(), receivedFrom: 'peer', sealedAt: '2026-03-10T09:00:00.000Z', pairedWith: 'my-round' };
    const r = parseRound(partner);
    expect(r.ok && r.value.pairedWith).toBe('my-round');
    expect(errorsOf({ ...partner, pairedWith: 7 }).join('; ')).toMatch(/pairedWith/);
  });

  it("keeps the later rounds a partner's round was compared with again; a round stored before reads unchanged; refuses a bad list", () => {
    const partner = { ...valid(), receivedFrom: 'peer', sealedAt: '2026-03-10T09:00:00.000Z', pairedWith: 'my-round' };
    const again = parseRound({ ...partner, alsoPairedWith: ['my-next-round'] });
    expect(again.ok && again.value.alsoPairedWith).toEqual(['my-next-round']);
    const before = parseRound(partner);
    expect(before.ok && 'alsoPairedWith' in before.value).toBe(false);
    expect(errorsOf({ ...partner, alsoPairedWith: 'my-next-round' }).join('; ')).toMatch(/alsoPairedWith: expected a list of round ids/);
    expect(errorsOf({ ...partner, alsoPairedWith: [7] }).join('; ')).toMatch(/alsoPairedWith/);
    expect(errorsOf({ ...partner, alsoPairedWith: Array.from({ length: 1001 }, (_, i) => `r${i}`) }).join('; ')).toMatch(/alsoPairedWith: expected at most 1000 round ids/);
  });

  it('accepts a valid round and drops unknown top-level keys', () => {
    const r = parseRound({ ...valid(), extra: 'ignored' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.answers['db-1']).toEqual({ value: 4, note: 'Mostly.' });
      expect('extra' in r.value).toBe(false);
      expect(r.value.event).toBe('the March outage');
    }
  });

  it('rejects a non-object', () => {
    expect(errorsOf(null)).toEqual(['round: expected an object, got null']);
    expect(errorsOf([1])).toEqual(['round: expected an object, got a list']);
  });

  it('says where and what for a bad answer value', () => {
    const input = valid();
    (input.answers as Record<string, unknown>)['db-1'] = { value: 7 };
    expect(errorsOf(input)).toEqual(['answers["db-1"].value: expected 1–5, "dont-know" or null, got 7']);
  });

  it('rejects answer values that only look right', () => {
    const input = valid();
    (input.answers as Record<string, unknown>)['db-2'] = { value: '3' };
    (input.answers as Record<string, unknown>)['db-3'] = { value: 2.5 };
    expect(errorsOf(input)).toEqual([
      'answers["db-2"].value: expected 1–5, "dont-know" or null, got "3" (text)',
      'answers["db-3"].value: expected 1–5, "dont-know" or null, got 2.5',
    ]);
  });

  it('rejects unknown statement and warning ids, including __proto__', () => {
    const input = valid();
    input.answers = JSON.parse('{"zz-1":{"value":3},"__proto__":{"value":3}}');
    input.warnings = { 'ws-unknown': 'often', 'ws-overrides': 'always' };
    expect(errorsOf(input)).toEqual([
      'answers["zz-1"]: unknown statement id for framework version 1',
      'answers.__proto__: unknown statement id for framework version 1',
      'warnings["ws-unknown"]: unknown warning sign id for framework version 1',
      'warnings["ws-overrides"]: expected one of "never", "sometimes", "often", "dont-know", got "always" (text)',
    ]);
  });

  it('enforces text limits', () => {
    const input = valid();
    (input.answers as Record<string, unknown>)['db-1'] = { value: 3, note: 'n'.repeat(2001) };
    input.label = 'l'.repeat(201);
    input.personName = 'p'.repeat(101);
    expect(errorsOf(input)).toEqual([
      'label: expected at most 200 characters, got 201',
      'personName: expected at most 100 characters, got 101',
      'answers["db-1"].note: expected at most 2000 characters, got 2001',
    ]);
  });

  it('accepts a note of exactly 2000 characters', () => {
    const input = valid();
    (input.answers as Record<string, unknown>)['db-1'] = { value: 3, note: 'n'.repeat(2000) };
    expect(parseRound(input).ok).toBe(true);
  });

  it('checks versions, enums, names and dates', () => {
    const input = {
      ...valid(),
      schemaVersion: 2,
      frameworkVersion: 9,
      kind: 'weekly',
      role: 'cfo',
      personName: '  ',
      createdAt: '2026-02-30T00:00:00Z',
      updatedAt: 'yesterday',
      sealedAt: 12,
    };
    expect(errorsOf(input)).toEqual([
      'schemaVersion: expected 1, got 2',
      'frameworkVersion: expected a known framework version (1), got 9',
      'kind: expected one of "quarterly-reset", "repair", got "weekly" (text)',
      'role: expected one of "ceo", "cto", got "cfo" (text)',
      'personName: must not be empty',
      'createdAt: expected an ISO date-time such as 2026-10-05T09:00:00.000Z, got "2026-02-30T00:00:00Z" (text)',
      'updatedAt: expected an ISO date-time such as 2026-10-05T09:00:00.000Z, got "yesterday" (text)',
      'sealedAt: expected an ISO date-time such as 2026-10-05T09:00:00.000Z, got 12',
    ]);
  });

  it('reports missing required fields', () => {
    const { label: _label, answers: _answers, ...rest } = valid();
    expect(errorsOf(rest)).toEqual(['label: expected text, got nothing', 'answers: expected an object, got nothing']);
  });
});

/**
 * One deliberate difference: for a partner round whose sealedAt is not a date, the old
 * validator also said "a partner round must be sealed"; the date error alone says it.
 */
function withoutRedundantSealed(r: ReturnType<typeof legacyParseRound>): ReturnType<typeof legacyParseRound> {
  if (r.ok || !r.errors.some((e) => e.startsWith('sealedAt: expected'))) return r;
  return { ok: false, errors: r.errors.filter((e) => e !== 'sealedAt: a partner round must be sealed') };
}

describe('parseRound (valibot) against the hand-written validator it replaced', () => {
  it('a partner round must be sealed', () => {
    const unsealed: Record<string, unknown> = { ...valid(), receivedFrom: 'peer' };
    delete unsealed.sealedAt;
    expect(errorsOf(unsealed)).toEqual(['sealedAt: a partner round must be sealed']);
    expect(parseRound({ ...valid(), receivedFrom: 'file', sealedAt: '2026-03-10T09:00:00.000Z' }).ok).toBe(true);
  });

  it('reports exactly the same result, error for error (fast-check)', () => {
    const base = { ...valid(), sealedAt: '2026-03-10T09:00:00.000Z', companyName: 'Acme', receivedFrom: 'file' };
    const keys = [...Object.keys(base), 'answers', 'warnings'];
    const value = fc.option(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('peer', 'repair', 'cto', 1, 2, '2026-02-30T00:00:00Z', { 'db-1': { value: 3, note: 'n', noteInPlan: true } }, { 'ws-overrides': 'often', zz: 1 })), { nil: undefined });
    const mutated = fc.tuple(fc.constantFrom(...keys), value, fc.constantFrom(...keys), value).map(([k1, v1, k2, v2]) => {
      const copy: Record<string, unknown> = { ...base };
      if (v1 === undefined) delete copy[k1];
      else copy[k1] = v1;
      if (v2 === undefined) delete copy[k2];
      else copy[k2] = v2;
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.jsonValue({ maxDepth: 3 })), (input) => {
        expect(parseRound(input)).toEqual(withoutRedundantSealed(legacyParseRound(input)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('isIsoDateTime', () => {
  it('accepts full date-times with a zone only', () => {
    expect(isIsoDateTime('2026-10-05T09:00:00.000Z')).toBe(true);
    expect(isIsoDateTime('2026-10-05T09:00:00+02:00')).toBe(true);
    expect(isIsoDateTime('2026-10-05')).toBe(false);
    expect(isIsoDateTime('2026-10-05T09:00:00')).toBe(false);
    expect(isIsoDateTime('2026-13-01T00:00:00Z')).toBe(false);
    expect(isIsoDateTime('2026-10-05T24:00:00Z')).toBe(false);
  });
});
