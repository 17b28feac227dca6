// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ackPair, decide, ownSlotProblem, type LocalSide } from '../../../../shared/session/protocol';
import { projectSession, type RawSession } from '../../../../shared/session/projection';
import { createCommitment } from '../../../../shared/reveal/commitment';
import type { Digest, SealedPayload } from '../../../../shared/reveal/types';
import { validPayload } from '../../../trust/hostile-inputs';
const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

// Each check on the entries under my role, and the protocol from the CTO's side.

const sha256: Digest = async (t) => createHash('sha256').update(t, 'utf8').digest('hex');
const AT = '2026-10-03T09:00:00.000Z';
const SALT_CEO = 'ab'.repeat(16);
const SALT_CTO = 'cd'.repeat(16);

async function sides() {
  const ceo = validPayload('ceo') as SealedPayload;
  const cto = validPayload('cto') as SealedPayload;
  return { ceo, cto, ceoC: await createCommitment(ceo, SALT_CEO, sha256), ctoC: await createCommitment(cto, SALT_CTO, sha256) };
}
type Sides = Awaited<ReturnType<typeof sides>>;

const asCeo = (s: Sides, patch: Partial<LocalSide> = {}): LocalSide => ({
  role: 'ceo', participantId: 'me', salt: SALT_CEO, mine: { payload: s.ceo, commitment: s.ceoC },
  presence: { name: s.ceo.personName, state: 'sealed' }, revealTogether: false, userReady: false, now: Date.parse(AT), ...patch,
});
const asCto = (s: Sides, patch: Partial<LocalSide> = {}): LocalSide => ({
  role: 'cto', participantId: 'me', salt: SALT_CTO, mine: { payload: s.cto, commitment: s.ctoC },
  presence: { name: s.cto.personName, state: 'sealed' }, revealTogether: false, userReady: false, now: Date.parse(AT), ...patch,
});
const empty = (): RawSession => ({ participants: {}, commitments: {}, acks: {}, reveals: {} });
const commitment = (c: string, name: string) => ({ commitment: c, sealedAt: AT, name });
const run = async (raw: RawSession, side: LocalSide) => decide(raw, await projectSession(raw, sha256Now), side);

function bothCommitted(s: Sides): RawSession {
  const raw = empty();
  raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
  raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
  return raw;
}

describe('the protocol from the CTO’s laptop', () => {
  it('an honest run as CTO: acks list the pair in CEO/CTO order, and the partner is the CEO', async () => {
    const s = await sides();
    const raw = bothCommitted(s);
    raw.participants.cto = { id: 'me', name: s.cto.personName, state: 'sealed' };
    expect(await run(raw, asCto(s))).toMatchObject({ phase: 'waiting-reveal', actions: ['ack', 'reveal'] });
    raw.acks = { cto: { ceo: s.ceoC, cto: s.ctoC, at: AT }, ceo: { ceo: s.ceoC, cto: s.ctoC, at: AT } };
    expect(await run(raw, asCto(s))).toMatchObject({ phase: 'waiting-reveal', actions: ['reveal'] });
    raw.reveals = { cto: { payload: s.cto, salt: SALT_CTO }, ceo: { payload: s.ceo, salt: SALT_CEO } };
    expect(await run(raw, asCto(s))).toEqual({ phase: 'complete', actions: [], partner: { payload: s.ceo, commitment: s.ceoC } });
  });

  it('as CTO, a CEO ack listing the pair the other way round is a different pair: compromised', async () => {
    const s = await sides();
    const raw = bothCommitted(s);
    raw.acks = { ceo: { ceo: s.ctoC, cto: s.ceoC, at: AT } };
    expect(await run(raw, asCto(s))).toEqual({
      phase: 'compromised', actions: [],
      compromised: 'your partner acknowledged a different commitment than the one this laptop sealed',
    });
  });

  it('a partner ack that names my commitment but another one for the partner is a different pair: compromised', async () => {
    const s = await sides();
    const raw = bothCommitted(s);
    raw.acks = { cto: { ceo: s.ceoC, cto: 'b'.repeat(64), at: AT } };
    expect(await run(raw, asCeo(s))).toMatchObject({ phase: 'compromised', actions: [] });
  });

  it('ackPair puts my commitment under my role', () => {
    expect(ackPair('ceo', 'mine', 'theirs')).toEqual({ ceo: 'mine', cto: 'theirs' });
    expect(ackPair('cto', 'mine', 'theirs')).toEqual({ ceo: 'theirs', cto: 'mine' });
  });
});

describe('entries under my role that are not mine', () => {
  it('names my role in capitals', async () => {
    const s = await sides();
    const raw = empty();
    raw.commitments.ceo = commitment('f'.repeat(64), 'X');
    expect((await run(raw, asCeo(s, { mine: undefined }))).compromised).toBe('a commitment was published under your role (CEO) before you sealed');
  });

  it('an ack under my role: null, not an object, before I sealed, or naming another commitment for me → compromised', async () => {
    const s = await sides();
    const cases: [unknown, LocalSide][] = [
      [null, asCeo(s)],
      ['ack', asCeo(s)],
      [{ ceo: s.ceoC, cto: s.ctoC }, asCeo(s, { mine: undefined })],
      [{ ceo: 'a'.repeat(64), cto: s.ctoC }, asCeo(s)],
    ];
    for (const [ack, side] of cases) {
      const raw = side.mine ? bothCommitted(s) : empty();
      raw.acks = { ceo: ack };
      const view = await projectSession(raw, sha256Now);
      expect(ownSlotProblem(raw, view, side), JSON.stringify(ack)).toBe('an acknowledgement this laptop did not write is under your role (CEO)');
    }
    const mine = bothCommitted(s);
    mine.acks = { ceo: { ceo: s.ceoC, cto: s.ctoC, at: AT } };
    expect(ownSlotProblem(mine, await projectSession(mine, sha256Now), asCeo(s))).toBeUndefined();
  });

  it('a reveal under my role: null, not an object, before I sealed, another salt, another or unserialisable payload → compromised', async () => {
    const s = await sides();
    const cases: [unknown, LocalSide][] = [
      [null, asCeo(s)],
      ['reveal', asCeo(s)],
      [{ payload: s.ceo, salt: SALT_CEO }, asCeo(s, { mine: undefined })],
      [{ payload: s.ceo, salt: SALT_CTO }, asCeo(s)],
      [{ payload: { ...s.ceo, personName: 'Forged' }, salt: SALT_CEO }, asCeo(s)],
      [{ payload: { ...s.ceo, extra: 1n }, salt: SALT_CEO }, asCeo(s)],
    ];
    for (const [reveal, side] of cases) {
      const raw = side.mine ? bothCommitted(s) : empty();
      raw.reveals = { ceo: reveal };
      const view = await projectSession(raw, sha256Now);
      expect(ownSlotProblem(raw, view, side), String(cases.findIndex((c) => c[0] === reveal))).toBe('a reveal this laptop did not write is under your role (CEO)');
    }
  });
});

describe('what this laptop publishes next', () => {
  it('republishes presence when the doc shows another state or another name for me', async () => {
    const s = await sides();
    for (const p of [{ id: 'me', name: s.ceo.personName, state: 'answering' }, { id: 'me', name: 'Old name', state: 'sealed' }]) {
      const raw = bothCommitted(s);
      raw.participants.ceo = p;
      expect((await run(raw, asCeo(s))).actions[0]).toBe('presence');
    }
    const same = bothCommitted(s);
    same.participants.ceo = { id: 'me', name: s.ceo.personName, state: 'sealed' };
    expect((await run(same, asCeo(s))).actions).not.toContain('presence');
  });

  it('sealed, the partner committed, mine not in the doc yet: commit and ack in the same write', async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = { id: 'me', name: s.ceo.personName, state: 'sealed' };
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    // Our seal is stored: the reveal joins the same write (one message carries all three).
    expect(await run(raw, asCeo(s))).toEqual({ phase: 'waiting-reveal', actions: ['commit', 'ack', 'reveal'] });
    // Still being stored: commit and ack leave, the reveal waits.
    expect(await run(raw, asCeo(s, { sealPending: true }))).toEqual({ phase: 'storing-seal', actions: ['commit', 'ack'] });
    // A partner ack that already names our commitment (a rejoin) changes nothing.
    raw.acks!.cto = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    expect(await run(raw, asCeo(s))).toEqual({ phase: 'waiting-reveal', actions: ['commit', 'ack', 'reveal'] });
    // A partner ack naming some other commitment for us: compromised, nothing published.
    raw.acks!.cto = { ceo: 'e'.repeat(64), cto: s.ctoC, at: AT };
    expect(await run(raw, asCeo(s))).toMatchObject({ phase: 'compromised', actions: [] });
  });

  it('a doc without an acks map still decides (an older peer)', async () => {
    const s = await sides();
    const { acks: _dropped, ...raw } = bothCommitted(s);
    (raw as RawSession).participants.ceo = { id: 'me', name: s.ceo.personName, state: 'sealed' };
    expect(await run(raw as RawSession, asCeo(s))).toEqual({ phase: 'waiting-reveal', actions: ['ack', 'reveal'] });
  });
});
