// @vitest-environment node
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCommitment } from '../../../../shared/reveal/commitment';
import type { SealedPayload } from '../../../../shared/reveal/types';
import { projectSession, refusedReveal, type RawSession } from '../../../../shared/session/projection';
import { SALT, samplePayload, sha256 } from './fixtures';

// Through the real reveal path: the partner seals (commits) a payload whose sealedAt it chose,
// then reveals it. The commitment matches — the payload is exactly what was committed — but a
// sealedAt that sealing never writes is refused with where and what, and the reveal is not shown.

const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
afterEach(() => vi.useRealTimers());

async function revealedBy(cto: SealedPayload, announced = cto.sealedAt): Promise<ReturnType<typeof projectSession>> {
  const ceo: SealedPayload = { ...samplePayload(), role: 'ceo', personName: 'Alex' };
  const raw: RawSession = {
    participants: { ceo: { id: 'a', name: 'Alex', state: 'sealed' }, cto: { id: 'b', name: 'Dana', state: 'sealed' } },
    commitments: {
      ceo: { commitment: await createCommitment(ceo, SALT, sha256), sealedAt: ceo.sealedAt, name: 'Alex' },
      cto: { commitment: await createCommitment(cto, SALT, sha256), sealedAt: announced, name: 'Dana' },
    },
    reveals: { ceo: { payload: ceo, salt: SALT }, cto: { payload: cto, salt: SALT } },
  };
  return projectSession(raw, sha256Now);
}

describe("a partner's reveal and its sealedAt", () => {
  it('with an offset: refused with a reason, its answers never shown, the comparison not complete', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-27T12:00:00.000Z'), toFake: ['Date'] });
    // (Announced in the canonical form: a commitment announcing the offset one is refused itself, projection-entries.)
    const view = await revealedBy({ ...samplePayload(), sealedAt: '2026-11-01T09:00:00+05:00' }, '2026-11-01T04:00:00.000Z');
    expect(view.revealed.ceo?.personName).toBe('Alex');
    expect(view.revealed.cto).toBeUndefined();
    expect(view.complete).toBe(false);
    expect(view.problems).toEqual([
      'reveals.cto.payload.sealedAt: must be a UTC time like 2026-11-01T09:00:00.000Z, as sealing writes it; got "2026-11-01T09:00:00+05:00" (text)',
    ]);
  });

  it('dated ahead of this laptop: refused, so it never stands as the latest round', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-27T12:00:00.000Z'), toFake: ['Date'] });
    const view = await revealedBy({ ...samplePayload(), sealedAt: '2099-01-01T00:00:00.000Z' });
    expect(view.revealed.cto).toBeUndefined();
    expect(view.problems).toEqual([
      `reveals.cto.payload.sealedAt: must not be later than this laptop's clock (by more than 10 minutes); got "2099-01-01T00:00:00.000Z" (text): check the time on both laptops`,
    ]);
  });

  it('in the form sealing writes, in the past: shown', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-27T12:00:00.000Z'), toFake: ['Date'] });
    const view = await revealedBy({ ...samplePayload(), sealedAt: '2026-11-27T11:59:00.000Z' });
    expect(view.problems).toEqual([]);
    expect(view.complete).toBe(true);
  });

  it('another seal time than the one announced with the commitment: refused (the commitment still matches the payload)', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-27T12:00:00.000Z'), toFake: ['Date'] });
    const view = await revealedBy({ ...samplePayload(), sealedAt: '2026-11-27T11:59:00.000Z' }, '2026-10-05T09:00:00.000Z');
    expect(view.revealed.cto).toBeUndefined();
    expect(view.complete).toBe(false);
    expect(view.problems).toEqual([
      'reveals.cto.payload.sealedAt: "2026-11-27T11:59:00.000Z" is not the seal time announced with the commitment ("2026-10-05T09:00:00.000Z"), ignored',
    ]);
  });
});

describe('why a partner reveal was refused (refusedReveal)', () => {
  it('names the refusal of a reveal dated ahead of this clock, and none once the clock has caught up', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-27T12:00:00.000Z'), toFake: ['Date'] });
    const ahead = { ...samplePayload(), sealedAt: '2026-11-27T12:30:00.000Z' };
    expect(refusedReveal(await revealedBy(ahead), 'cto')).toMatch(/^reveals\.cto\.payload\.sealedAt: must not be later than this laptop's clock/);
    vi.setSystemTime(Date.parse('2026-11-27T12:25:00.000Z'));
    const later = await revealedBy(ahead);
    expect(refusedReveal(later, 'cto')).toBeUndefined();
    expect(later.complete).toBe(true);
  });

  it('none for an accepted reveal or an absent one; a reveal that does not match its commitment is named', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-27T12:00:00.000Z'), toFake: ['Date'] });
    const ok = await revealedBy({ ...samplePayload(), sealedAt: '2026-11-27T11:00:00.000Z' });
    expect(refusedReveal(ok, 'cto')).toBeUndefined();
    expect(refusedReveal({ ...ok, revealed: {}, problems: [], mismatches: [] }, 'cto')).toBeUndefined();
    expect(refusedReveal({ ...ok, revealed: {}, problems: [], mismatches: ['cto'] }, 'cto')).toBe('reveals.cto: does not match the commitment');
    // Another role's problem is not this role's refusal.
    expect(refusedReveal({ ...ok, revealed: {}, problems: ['reveals.ceo: malformed reveal, ignored'], mismatches: [] }, 'cto')).toBeUndefined();
  });
});
