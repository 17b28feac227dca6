// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommitment } from '../../../../shared/reveal/commitment';
import { parseSealedFile } from '../../../../shared/reveal/sealed-file';
import { SEALED_AT_CLOCK_SKEW_MS, parseSealedPayload } from '../../../../shared/schema/sealed-payload';
import { parseRound } from '../../../../shared/schema/round';
import { compareTimes, isUtcTime } from '../../../../shared/schema/iso-date-time';
import { roundFromPayload } from '../../../../shared/reveal/payload';
import { SALT, samplePayload, sha256 } from '../reveal/fixtures';

// A partner's sealedAt orders its round among this laptop's (history, offsite baseline, plan).
// Sealing writes new Date().toISOString(): a partner's payload in any other form, or dated
// ahead of this laptop's clock, was made to sort where it does not belong.

const NOW = Date.parse('2026-11-27T12:00:00.000Z');
afterEach(() => vi.useRealTimers());
const at = (sealedAt: string) => ({ ...samplePayload(), sealedAt });
const errorsOf = (sealedAt: string) => {
  const r = parseSealedPayload(at(sealedAt), 'reveals.cto.payload');
  return r.ok ? [] : r.errors;
};

describe("a partner's sealedAt", () => {
  it('must be UTC exactly as sealing writes it: an offset, no milliseconds or a lower-case z is refused, saying where and what', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    expect(errorsOf('2026-11-01T09:00:00+05:00')).toEqual([
      'reveals.cto.payload.sealedAt: must be a UTC time like 2026-11-01T09:00:00.000Z, as sealing writes it; got "2026-11-01T09:00:00+05:00" (text)',
    ]);
    expect(errorsOf('2026-11-01T09:00:00+00:00')).toHaveLength(1);
    expect(errorsOf('2026-11-01T09:00:00Z')).toEqual([
      'reveals.cto.payload.sealedAt: must be a UTC time like 2026-11-01T09:00:00.000Z, as sealing writes it; got "2026-11-01T09:00:00Z" (text)',
    ]);
    expect(errorsOf('2026-11-01T09:00:00.000000Z')).toHaveLength(1);
    // Not a date-time at all: the message it always gave.
    expect(errorsOf('yesterday')).toEqual(['reveals.cto.payload.sealedAt: expected an ISO date-time such as 2026-10-05T09:00:00.000Z, got "yesterday" (text)']);
    expect(parseSealedPayload(at('2026-11-01T09:00:00.000Z')).ok).toBe(true);
    expect(parseSealedPayload(at(new Date(NOW).toISOString())).ok).toBe(true);
  });

  it('may be ahead of this laptop by a clock difference, not more: a future one is refused', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    expect(SEALED_AT_CLOCK_SKEW_MS).toBe(10 * 60_000);
    expect(parseSealedPayload(at(new Date(NOW + SEALED_AT_CLOCK_SKEW_MS).toISOString())).ok).toBe(true);
    expect(errorsOf(new Date(NOW + SEALED_AT_CLOCK_SKEW_MS + 1).toISOString())).toEqual([
      `reveals.cto.payload.sealedAt: must not be later than this laptop's clock (by more than 10 minutes); got "2026-11-27T12:10:00.001Z" (text): check the time on both laptops`,
    ]);
    expect(errorsOf('2099-01-01T00:00:00.000Z')).toHaveLength(1);
  });

  it('is refused in a sealed file too, before its commitment is even checked', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const payload = at('2026-11-01T09:00:00+05:00');
    const file = { format: 'accord-sealed-round', version: 1, salt: SALT, commitment: await createCommitment(payload, SALT, sha256), payload };
    const r = await parseSealedFile(JSON.stringify(file), sha256);
    expect(r).toEqual({ ok: false, errors: ['payload.sealedAt: must be a UTC time like 2026-11-01T09:00:00.000Z, as sealing writes it; got "2026-11-01T09:00:00+05:00" (text)'] });
  });

  it('already stored with an offset (a partner round kept before this check) is still read, and ordered by its instant', () => {
    const stored = roundFromPayload(at('2026-11-01T09:00:00+05:00'), { id: 'partner-1', receivedFrom: 'peer' });
    const read = parseRound(JSON.parse(JSON.stringify(stored)));
    expect(read).toMatchObject({ ok: true, value: { sealedAt: '2026-11-01T09:00:00+05:00' } });
    // 09:00+05:00 is 04:00 UTC: before 08:00 UTC, though after it as text.
    expect(compareTimes('2026-11-01T09:00:00+05:00', '2026-11-01T08:00:00.000Z')).toBeLessThan(0);
    expect('2026-11-01T09:00:00+05:00' > '2026-11-01T08:00:00.000Z').toBe(true);
  });
});

describe('isUtcTime and compareTimes', () => {
  it('takes only the toISOString form of a real instant', () => {
    expect(isUtcTime('2026-11-01T09:00:00.000Z')).toBe(true);
    for (const s of ['2026-02-30T09:00:00.000Z', '2026-11-01T24:00:00.000Z', '2026-11-01T09:00:00.000z', ' 2026-11-01T09:00:00.000Z', '+012026-11-01T09:00:00.000Z', 1]) {
      expect(isUtcTime(s)).toBe(false);
    }
  });

  it('orders by instant, equal instants by text, and what is no time first', () => {
    expect(['2026-11-01T08:00:00.000Z', '2026-11-01T09:00:00+05:00', 'nonsense', '2026-11-01T04:00:00.000Z'].sort(compareTimes)).toEqual([
      'nonsense',
      '2026-11-01T04:00:00.000Z',
      '2026-11-01T09:00:00+05:00',
      '2026-11-01T08:00:00.000Z',
    ]);
    expect(compareTimes(undefined, '2026-11-01T04:00:00.000Z')).toBeLessThan(0);
    expect(compareTimes('2026-11-01T04:00:00.000Z', '2026-11-01T04:00:00.000Z')).toBe(0);
  });
});
