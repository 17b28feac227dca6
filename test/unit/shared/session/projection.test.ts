import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCommitment } from '../../../../shared/reveal/commitment';
import type { SealedPayload } from '../../../../shared/reveal/types';
import { projectSession, type RawSession } from '../../../../shared/session/projection';
import { SALT, samplePayload, sha256 } from '../reveal/fixtures';
const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

const ceoPayload = (): SealedPayload => ({ ...samplePayload(), role: 'ceo', personName: 'Alex' });
const ctoPayload = (): SealedPayload => samplePayload();

async function sealedSession(): Promise<RawSession> {
  return {
    participants: { ceo: { id: 'a', name: 'Alex', state: 'sealed' }, cto: { id: 'b', name: 'Dana', state: 'sealed' } },
    commitments: {
      ceo: { commitment: await createCommitment(ceoPayload(), SALT, sha256), sealedAt: '2026-10-05T09:00:00.000Z', name: 'Alex' },
      cto: { commitment: await createCommitment(ctoPayload(), SALT, sha256), sealedAt: '2026-10-05T09:00:00.000Z', name: 'Dana' },
    },
    reveals: {},
  };
}

describe('projecting a shared comparison document', () => {
  it('shows who is answering and who sealed, and no answers before any reveal', async () => {
    const raw = await sealedSession();
    delete raw.commitments.cto;
    raw.participants.cto = { id: 'b', name: 'Dana', state: 'answering' };
    const view = await projectSession(raw, sha256Now);
    expect(view.participants.cto).toEqual({ id: 'b', name: 'Dana', state: 'answering' });
    expect(Object.keys(view.sealed)).toEqual(['ceo']);
    expect(view.bothSealed).toBe(false);
    expect(view.revealed).toEqual({});
    expect(view.complete).toBe(false);
  });

  it('accepts reveals that match their commitments and completes', async () => {
    const raw = await sealedSession();
    raw.reveals = { ceo: { payload: ceoPayload(), salt: SALT }, cto: { payload: ctoPayload(), salt: SALT } };
    const view = await projectSession(raw, sha256Now);
    expect(view.complete).toBe(true);
    expect(view.revealed.ceo?.personName).toBe('Alex');
    expect(view.mismatches).toEqual([]);
  });

  it('flags a tampered reveal loudly and never shows its answers', async () => {
    const raw = await sealedSession();
    const tampered = ctoPayload();
    tampered.answers['db-1'] = { value: 5 };
    raw.reveals = { ceo: { payload: ceoPayload(), salt: SALT }, cto: { payload: tampered, salt: SALT } };
    const view = await projectSession(raw, sha256Now);
    expect(view.mismatches).toEqual(['cto']);
    expect(view.revealed.cto).toBeUndefined();
    expect(view.complete).toBe(false);
  });

  it('flags a reveal with a different salt, or an added field, as a mismatch', async () => {
    const raw = await sealedSession();
    raw.reveals = {
      ceo: { payload: ceoPayload(), salt: 'ff'.repeat(16) },
      cto: { payload: { ...ctoPayload(), extra: 'x' }, salt: SALT },
    };
    const view = await projectSession(raw, sha256Now);
    expect(view.mismatches.sort()).toEqual(['ceo', 'cto']);
  });

  it('ignores malformed or hostile entries with a problem each, keeping the good ones', async () => {
    const raw = await sealedSession();
    raw.participants.boss = { name: 'Mallory', state: 'sealed' };
    raw.participants.cto = { name: '<img src=x onerror=alert(1)>'.repeat(20), state: 'sealed' };
    raw.commitments.cto = { commitment: 'not-hex', sealedAt: 'yesterday', name: 'Dana' };
    raw.reveals = { ceo: { payload: { ...ceoPayload(), answers: { 'db-1': { value: 99 } } }, salt: SALT }, cto: 'garbage' };
    const view = await projectSession(raw, sha256Now);
    expect(Object.keys(view.participants)).toEqual(['ceo']);
    expect(Object.keys(view.sealed)).toEqual(['ceo']);
    expect(view.revealed).toEqual({});
    expect(view.problems.join('\n')).toMatch(/participants\["boss"\]/);
    expect(view.problems.join('\n')).toMatch(/participants\.cto/);
    expect(view.problems.join('\n')).toMatch(/commitments\.cto/);
    expect(view.problems.join('\n')).toMatch(/db-1/);
    expect(view.problems.join('\n')).toMatch(/reveals\.cto: revealed without a commitment/);
  });

  it('refuses a reveal published under the other role', async () => {
    const raw = await sealedSession();
    raw.reveals = { cto: { payload: ceoPayload(), salt: SALT } };
    const view = await projectSession(raw, sha256Now);
    expect(view.revealed).toEqual({});
    expect(view.problems.join()).toMatch(/payload says role ceo/);
  });
});
