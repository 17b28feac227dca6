import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { createCommitment, createCommitmentNow, toHex, verifyReveal, verifyRevealNow } from '../../../../shared/reveal/commitment';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import type { Round } from '../../../../shared/assessment/types';
import { SALT, samplePayload, sha256 } from './fixtures';

describe('createCommitment', () => {
  it('hashes the canonical JSON of { payload, salt }', async () => {
    const payload = { ...samplePayload(), answers: {}, warnings: {} };
    // Written out by hand: keys sorted at every level, no spaces.
    const expectedText =
      '{"payload":{"answers":{},"frameworkVersion":1,"personName":"Dana","role":"cto",' +
      '"roundLabel":"2026-Q4 quarterly reset","sealedAt":"2026-10-05T09:00:00.000Z","warnings":{}},' +
      `"salt":"${SALT}"}`;
    const expected = createHash('sha256').update(expectedText).digest('hex');
    expect(await createCommitment(payload, SALT, sha256)).toBe(expected);
  });

  it('rejects a short or non-hex salt', async () => {
    await expect(createCommitment(samplePayload(), 'abc', sha256)).rejects.toThrow(/salt/);
    await expect(createCommitment(samplePayload(), 'z'.repeat(32), sha256)).rejects.toThrow(/salt/);
  });

  it('depends on the salt', async () => {
    const other = 'ffeeddccbbaa99887766554433221100';
    expect(await createCommitment(samplePayload(), SALT, sha256)).not.toBe(
      await createCommitment(samplePayload(), other, sha256),
    );
  });
});

describe('verifyReveal', () => {
  it('accepts the original payload even with keys in another order', async () => {
    const commitment = await createCommitment(samplePayload(), SALT, sha256);
    const { answers, warnings, ...rest } = samplePayload();
    const reordered = { warnings, answers, ...rest };
    expect(await verifyReveal({ payload: reordered, salt: SALT }, commitment, sha256)).toBe(true);
    expect(await verifyReveal({ payload: samplePayload(), salt: SALT }, commitment.toUpperCase(), sha256)).toBe(true);
  });

  it('detects a changed answer, note, warning or salt', async () => {
    const commitment = await createCommitment(samplePayload(), SALT, sha256);
    const changedAnswer = samplePayload();
    changedAnswer.answers['db-1'] = { value: 5, note: 'Dates are fuzzy.' };
    const changedNote = samplePayload();
    changedNote.answers['db-1'] = { value: 2, note: 'Dates are clear.' };
    const changedWarning = samplePayload();
    changedWarning.warnings['ws-overrides'] = 'never';
    for (const payload of [changedAnswer, changedNote, changedWarning]) {
      expect(await verifyReveal({ payload, salt: SALT }, commitment, sha256)).toBe(false);
    }
    expect(
      await verifyReveal({ payload: samplePayload(), salt: 'ffeeddccbbaa99887766554433221100' }, commitment, sha256),
    ).toBe(false);
  });

  it('returns false instead of throwing for unencodable payloads', async () => {
    const payload = { ...samplePayload(), frameworkVersion: NaN };
    expect(await verifyReveal({ payload, salt: SALT }, 'a'.repeat(64), sha256)).toBe(false);
  });
});

describe('the same in the calling task (createCommitmentNow, verifyRevealNow)', () => {
  const now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

  it('gives exactly the async commitment, and refuses the same salts', async () => {
    expect(createCommitmentNow(samplePayload(), SALT, now)).toBe(await createCommitment(samplePayload(), SALT, sha256));
    expect(() => createCommitmentNow(samplePayload(), 'abc', now)).toThrow(/salt/);
    expect(() => createCommitmentNow(samplePayload(), SALT, () => 'not-hex')).toThrow(/digest/);
  });

  it('verifies like verifyReveal: the original (any key order, any case), never a changed one, never throwing', () => {
    const commitment = createCommitmentNow(samplePayload(), SALT, now);
    const { answers, warnings, ...rest } = samplePayload();
    expect(verifyRevealNow({ payload: { warnings, answers, ...rest }, salt: SALT }, commitment.toUpperCase(), now)).toBe(true);
    const changed = samplePayload();
    changed.answers['db-1'] = { value: 5, note: 'Dates are fuzzy.' };
    expect(verifyRevealNow({ payload: changed, salt: SALT }, commitment, now)).toBe(false);
    expect(verifyRevealNow({ payload: samplePayload(), salt: 'short' }, commitment, now)).toBe(false);
    expect(verifyRevealNow({ payload: { ...samplePayload(), frameworkVersion: NaN }, salt: SALT }, commitment, now)).toBe(false);
    expect(verifyRevealNow({ payload: samplePayload(), salt: SALT }, 42 as unknown as string, now)).toBe(false);
  });
});

describe('payloadFromRound', () => {
  const round: Round = {
    id: 'r1',
    schemaVersion: 1,
    frameworkVersion: 1,
    kind: 'quarterly-reset',
    label: '2026-Q4 quarterly reset',
    role: 'cto',
    personName: 'Dana',
    companyName: 'Acme',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-05T09:00:00.000Z',
    answers: { 'db-1': { value: 2, note: 'Dates are fuzzy.' }, 'cq-1': { value: 'dont-know', note: '' } },
    warnings: { 'ws-overrides': 'often' },
    sealedAt: '2026-10-05T09:00:00.000Z',
  };

  it('keeps only the committed fields', () => {
    expect(payloadFromRound(round)).toEqual(samplePayload());
  });

  it('refuses an unsealed round', () => {
    expect(() => payloadFromRound({ ...round, sealedAt: undefined })).toThrow(/sealed/);
  });
});

describe('toHex', () => {
  it('pads every byte to two digits', () => {
    expect(toHex(new Uint8Array([0, 15, 16, 255]))).toBe('000f10ff');
  });
});
