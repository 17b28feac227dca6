import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCommitment } from '../../../../shared/reveal/commitment';
import type { SealedPayload } from '../../../../shared/reveal/types';
import { projectSession, type RawSession } from '../../../../shared/session/projection';
import { MAX_NAME } from '../../../../shared/schema/limits';
import { SALT, samplePayload, sha256 } from '../reveal/fixtures';
const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

// Entry by entry: what a peer can put in the shared doc, and what of it the view keeps.

const AT = '2026-10-05T09:00:00.000Z';
const ctoPayload = (): SealedPayload => samplePayload();
const ceoPayload = (): SealedPayload => ({ ...samplePayload(), role: 'ceo', personName: 'Alex' });
const raw = (patch: Partial<RawSession> = {}): RawSession => ({ participants: {}, commitments: {}, acks: {}, reveals: {}, ...patch });
const C1 = 'a'.repeat(64);
const C2 = 'b'.repeat(64);

async function sealedCto(): Promise<RawSession> {
  const commitment = await createCommitment(ctoPayload(), SALT, sha256);
  return raw({ commitments: { cto: { commitment, sealedAt: AT, name: 'Dana' } } });
}

describe('projection: presence entries', () => {
  it('an empty doc projects to an empty view', async () => {
    const view = await projectSession(raw(), sha256Now);
    expect(view).toEqual({ participants: {}, sealed: {}, acks: {}, revealed: {}, mismatches: [], problems: [], bothSealed: false, complete: false });
  });

  it('refuses presences that are not plain objects: null, a list, a function, a string', async () => {
    for (const value of [null, Object.assign([], { name: 'Dana', state: 'sealed' }), Object.assign(function Dana() {}, { state: 'sealed' }), 'Dana']) {
      const view = await projectSession(raw({ participants: { cto: value } }), sha256Now);
      expect(view.participants).toEqual({});
      expect(view.problems).toEqual(['participants.cto: malformed presence, ignored']);
    }
  });

  it('refuses a name that is blank, not text, or longer than the limit; the limit itself is fine', async () => {
    for (const name of ['   ', '', 42, 'x'.repeat(MAX_NAME + 1)]) {
      const view = await projectSession(raw({ participants: { cto: { name, state: 'sealed' } } }), sha256Now);
      expect(view.participants, String(name)).toEqual({});
    }
    const atLimit = await projectSession(raw({ participants: { cto: { name: 'x'.repeat(MAX_NAME), state: 'sealed' } } }), sha256Now);
    expect(atLimit.participants.cto?.name).toBe('x'.repeat(MAX_NAME));
  });

  it('refuses a state other than answering or sealed', async () => {
    const view = await projectSession(raw({ participants: { cto: { name: 'Dana', state: 'revealed' } } }), sha256Now);
    expect(view.participants).toEqual({});
    expect(view.problems).toEqual(['participants.cto: malformed presence, ignored']);
  });

  it('keeps a text id cut to 64 characters, and drops an id that is not text', async () => {
    const long = await projectSession(raw({ participants: { cto: { id: 'i'.repeat(100), name: 'Dana', state: 'answering' } } }), sha256Now);
    expect(long.participants.cto).toEqual({ id: 'i'.repeat(64), name: 'Dana', state: 'answering' });
    const numeric = await projectSession(raw({ participants: { cto: { id: 42, name: 'Dana', state: 'answering' } } }), sha256Now);
    expect(numeric.participants.cto).toEqual({ id: undefined, name: 'Dana', state: 'answering' });
  });

  it('names an unknown role in at most 20 characters', async () => {
    const view = await projectSession(raw({ participants: { ['r'.repeat(50)]: { name: 'M', state: 'sealed' } } }), sha256Now);
    expect(view.problems).toEqual([`participants["${'r'.repeat(20)}"]: unknown role, ignored`]);
  });
});

describe('projection: commitment entries', () => {
  const ok = { commitment: C1, sealedAt: AT, name: 'Dana' };

  it('keeps a well-formed commitment', async () => {
    const view = await projectSession(raw({ commitments: { cto: ok } }), sha256Now);
    expect(view.sealed).toEqual({ cto: ok });
    expect(view.problems).toEqual([]);
  });

  it('refuses each malformed part on its own: commitment, sealedAt (also a list holding a date), name, the entry', async () => {
    const bad = [
      { ...ok, commitment: 'x' },
      { ...ok, sealedAt: 'yesterday' },
      { ...ok, sealedAt: [AT] },
      // Not the form sealing writes: a reveal could never carry it (sealed-payload.ts), so the
      // commitment is refused before this laptop acknowledges it and reveals against it.
      { ...ok, sealedAt: '2026-10-05T14:00:00+05:00' },
      { ...ok, sealedAt: '2026-10-05T09:00:00Z' },
      { ...ok, name: '' },
      Object.assign([], ok),
    ];
    for (const value of bad) {
      const view = await projectSession(raw({ commitments: { cto: value } }), sha256Now);
      expect(view.sealed, JSON.stringify(value)).toEqual({});
      expect(view.problems).toEqual(['commitments.cto: malformed commitment, ignored']);
    }
  });

  it('refuses an unknown role, named in at most 20 characters', async () => {
    const view = await projectSession(raw({ commitments: { ['admin'.repeat(10)]: ok } }), sha256Now);
    expect(view.sealed).toEqual({});
    expect(view.problems).toEqual([`commitments["${'admin'.repeat(4)}"]: unknown role, ignored`]);
  });

  it('both sealed only once both roles hold a well-formed commitment', async () => {
    expect((await projectSession(raw({ commitments: { cto: ok } }), sha256Now)).bothSealed).toBe(false);
    expect((await projectSession(raw({ commitments: { cto: ok, ceo: { ...ok, commitment: C2 } } }), sha256Now)).bothSealed).toBe(true);
  });
});

describe('projection: acknowledgements', () => {
  it('keeps a well-formed ack and refuses an unknown role, a non-object, or a bad commitment on either side', async () => {
    const good = await projectSession(raw({ acks: { ceo: { ceo: C1, cto: C2 } } }), sha256Now);
    expect(good.acks).toEqual({ ceo: { ceo: C1, cto: C2 } });
    expect(good.problems).toEqual([]);
    const bad: [string, unknown][] = [
      ['boss'.repeat(10), { ceo: C1, cto: C2 }],
      ['ceo', null],
      ['ceo', [C1, C2]],
      ['ceo', { ceo: 'x', cto: C2 }],
      ['ceo', { ceo: C1, cto: 'x' }],
    ];
    for (const [key, value] of bad) {
      const view = await projectSession(raw({ acks: { [key]: value } }), sha256Now);
      expect(view.acks, key).toEqual({});
      expect(view.problems).toEqual([`acks.${key.slice(0, 20)}: malformed acknowledgement, ignored`]);
    }
  });

  it('a doc without an acks map projects without acks', async () => {
    const { acks: _none, ...noAcks } = raw();
    const view = await projectSession(noAcks as RawSession, sha256Now);
    expect(view.acks).toEqual({});
  });
});

describe('projection: reveals', () => {
  it('refuses a reveal under an unknown role, named in at most 20 characters', async () => {
    const r = await sealedCto();
    r.reveals = { ['z'.repeat(30)]: { payload: ctoPayload(), salt: SALT } };
    const view = await projectSession(r, sha256Now);
    expect(view.revealed).toEqual({});
    expect(view.problems).toEqual([`reveals["${'z'.repeat(20)}"]: unknown role, ignored`]);
  });

  it('refuses a reveal that is not an object or whose salt is malformed', async () => {
    for (const value of [null, 'garbage', { payload: ctoPayload(), salt: 'short' }, { payload: ctoPayload() }]) {
      const r = await sealedCto();
      r.reveals = { cto: value };
      const view = await projectSession(r, sha256Now);
      expect(view.revealed).toEqual({});
      expect(view.mismatches).toEqual([]);
      expect(view.problems).toEqual(['reveals.cto: malformed reveal, ignored']);
    }
  });

  it('names at most three problems of a malformed payload, located under reveals.<role>.payload', async () => {
    const r = await sealedCto();
    r.reveals = { cto: { payload: { role: 'cto', personName: 7, roundLabel: 7, frameworkVersion: 'x', answers: 1, warnings: 2, sealedAt: 3 }, salt: SALT } };
    const view = await projectSession(r, sha256Now);
    expect(view.revealed).toEqual({});
    expect(view.problems.length).toBe(3);
    for (const p of view.problems) expect(p).toMatch(/^reveals\.cto\.payload/);
  });

  it('a payload that cannot be serialised (an extra BigInt field) is a mismatch, never shown', async () => {
    const r = await sealedCto();
    r.reveals = { cto: { payload: { ...ctoPayload(), extra: 10n }, salt: SALT } };
    const view = await projectSession(r, sha256Now);
    expect(view.revealed).toEqual({});
    expect(view.mismatches).toEqual(['cto']);
  });

  it('a verified reveal is shown again on the next projection; a mismatch stays a mismatch', async () => {
    const r = await sealedCto();
    r.reveals = { cto: { payload: ctoPayload(), salt: SALT } };
    for (let i = 0; i < 2; i++) expect((await projectSession(r, sha256Now)).revealed.cto).toEqual(ctoPayload());
    r.reveals = { cto: { payload: { ...ctoPayload(), personName: 'Mallory' }, salt: SALT } };
    for (let i = 0; i < 2; i++) expect((await projectSession(r, sha256Now)).mismatches).toEqual(['cto']);
  });

  it('complete only when both reveals verify', async () => {
    const r = await sealedCto();
    r.commitments.ceo = { commitment: await createCommitment(ceoPayload(), SALT, sha256), sealedAt: AT, name: 'Alex' };
    r.reveals = { cto: { payload: ctoPayload(), salt: SALT } };
    expect((await projectSession(r, sha256Now)).complete).toBe(false);
    r.reveals.ceo = { payload: ceoPayload(), salt: SALT };
    expect((await projectSession(r, sha256Now)).complete).toBe(true);
  });
});
