import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { parseSealedPayload } from '../../../../shared/schema/sealed-payload';
import { sampleRound } from '../../../bench/browser';
import { legacyParseSealedPayload } from './legacy/sealed-payload';

const valid = JSON.parse(JSON.stringify(payloadFromRound(sampleRound('cto', 'Blake', 2, true))));
const errorsOf = (v: unknown, path?: string) => {
  const r = parseSealedPayload(v, path);
  return r.ok ? [] : r.errors;
};

describe('parseSealedPayload (valibot)', () => {
  it('accepts a payload and drops unknown members', () => {
    const r = parseSealedPayload({ ...valid, extra: 1 });
    expect(r).toEqual({ ok: true, value: valid });
  });

  it('says where and what for each problem', () => {
    expect(errorsOf([1])).toEqual(['payload: expected an object, got a list']);
    expect(errorsOf(null, '')).toEqual(['value: expected an object, got null']);
    const { role: _r, ...noRole } = valid;
    expect(errorsOf({ ...noRole, personName: '  ', roundLabel: 'x'.repeat(201), sealedAt: '2026-02-30T09:00:00Z', frameworkVersion: 9 })).toEqual([
      'payload.role: expected one of "ceo", "cto", got nothing',
      'payload.personName: must not be empty',
      'payload.roundLabel: expected at most 200 characters, got 201',
      'payload.frameworkVersion: expected a known framework version (1), got 9',
      'payload.sealedAt: expected an ISO date-time such as 2026-10-05T09:00:00.000Z, got "2026-02-30T09:00:00Z" (text)',
    ]);
    expect(errorsOf({ ...valid, answers: { ...valid.answers, 'db-1': { value: 7 } } }, 'reveals.cto.payload')).toEqual([
      'reveals.cto.payload.answers["db-1"].value: expected 1–5, "dont-know" or null, got 7',
    ]);
  });

  it('reports exactly what the hand-written validator it replaced reported (fast-check)', () => {
    const keys = [...Object.keys(valid), 'answers', 'warnings'];
    const mutated = fc
      .tuple(fc.constantFrom(...keys), fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }), fc.constantFrom(...keys), fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }))
      .map(([k1, v1, k2, v2]) => {
        const copy: Record<string, unknown> = { ...valid };
        if (v1 === undefined) delete copy[k1];
        else copy[k1] = v1;
        if (v2 === undefined) delete copy[k2];
        else copy[k2] = v2;
        return copy;
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.jsonValue({ maxDepth: 3 })), (input) => {
        expect(parseSealedPayload(input)).toEqual(legacyParseSealedPayload(input));
      }),
      { numRuns: 500 },
    );
  });
});
