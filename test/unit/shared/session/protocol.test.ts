// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decide, ownSlotProblem, type LocalSide } from '../../../../shared/session/protocol';
import { projectSession, type RawSession } from '../../../../shared/session/projection';
import { createCommitment } from '../../../../shared/reveal/commitment';
import type { Digest, SealedPayload } from '../../../../shared/reveal/types';
import { validPayload } from '../../../trust/hostile-inputs';
const sha256Now = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

const sha256: Digest = async (t) => createHash('sha256').update(t, 'utf8').digest('hex');
const AT = '2026-10-03T09:00:00.000Z';
const SALT_CEO = 'ab'.repeat(16);
const SALT_CTO = 'cd'.repeat(16);

async function sides() {
  const ceo = validPayload('ceo') as SealedPayload;
  const cto = validPayload('cto') as SealedPayload;
  return {
    ceo,
    cto,
    ceoC: await createCommitment(ceo, SALT_CEO, sha256),
    ctoC: await createCommitment(cto, SALT_CTO, sha256),
  };
}

function me(s: Awaited<ReturnType<typeof sides>>, patch: Partial<LocalSide> = {}): LocalSide {
  return {
    role: 'ceo',
    participantId: 'me',
    salt: SALT_CEO,
    mine: { payload: s.ceo, commitment: s.ceoC },
    presence: { name: s.ceo.personName, state: 'sealed' },
    revealTogether: false,
    userReady: false,
    now: Date.parse(AT),
    ...patch,
  };
}

const empty = (): RawSession => ({ participants: {}, commitments: {}, acks: {}, reveals: {} });
const presence = (id: string, name: string, state = 'sealed') => ({ id, name, role: 'x', state, at: AT });
const commitment = (c: string, name: string) => ({ commitment: c, sealedAt: AT, name });

async function run(raw: RawSession, side: LocalSide) {
  return decide(raw, await projectSession(raw, sha256Now), side);
}

describe('the blind comparison protocol, one laptop', () => {
  it('an honest run: presence → commit → ack → reveal → complete, each step only when its condition holds', async () => {
    const s = await sides();
    const raw = empty();
    expect((await run(raw, me(s))).actions).toEqual(['presence', 'commit']);
    raw.participants.ceo = presence('me', s.ceo.personName);
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    expect(await run(raw, me(s))).toMatchObject({ phase: 'waiting-partner', actions: [] });

    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    // Our seal stored, the partner's commitment (write-once) binds them: ack and reveal in one write.
    expect(await run(raw, me(s))).toMatchObject({ phase: 'waiting-reveal', actions: ['ack', 'reveal'] });
    raw.acks!.ceo = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    // Our ack out, the partner's commitment (write-once) binds them: our answers may leave.
    expect(await run(raw, me(s))).toMatchObject({ phase: 'waiting-reveal', actions: ['reveal'] });
    raw.acks!.cto = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    expect(await run(raw, me(s))).toMatchObject({ phase: 'waiting-reveal', actions: ['reveal'] });
    raw.reveals.ceo = { payload: s.ceo, salt: SALT_CEO };
    raw.reveals.cto = { payload: s.cto, salt: SALT_CTO };
    const done = await run(raw, me(s));
    expect(done.phase).toBe('complete');
    expect(done.actions).toEqual([]);
    expect(done.partner).toEqual({ payload: s.cto, commitment: s.ctoC });
  });

  it('sealing after the partner: commit and ack go out in one write (one message, not two)', async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = presence('me', s.ceo.personName, 'answering');
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    expect(await run(raw, me(s, { sealPending: true }))).toMatchObject({ phase: 'storing-seal', actions: ['presence', 'commit', 'ack'] });
    expect(await run(raw, me(s))).toMatchObject({ phase: 'waiting-reveal', actions: ['presence', 'commit', 'ack', 'reveal'] });
    // …but never an ack while a commitment that is not ours sits under our role.
    raw.commitments.ceo = commitment('d'.repeat(64), s.ceo.personName);
    expect(await run(raw, me(s))).toMatchObject({ phase: 'compromised', actions: [] });
  });

  it('while our seal is still being written: commit and ack go out, our answers wait until it is stored', async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = presence('me', s.ceo.personName, 'answering');
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    raw.acks!.cto = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    raw.reveals.cto = { payload: s.cto, salt: SALT_CTO };
    // Everything the reveal needs is there except a stored seal: commit + ack leave, the reveal does not.
    expect(await run(raw, me(s, { sealPending: true }))).toMatchObject({ phase: 'storing-seal', actions: ['presence', 'commit', 'ack'] });
    raw.participants.ceo = presence('me', s.ceo.personName);
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    raw.acks!.ceo = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    const pending = await run(raw, me(s, { sealPending: true }));
    expect(pending).toMatchObject({ phase: 'storing-seal', actions: [] });
    // The partner's verified answers are not handed over either: no comparison before ours left.
    expect(pending.partner).toBeUndefined();
    expect(await run(raw, me(s, { sealPending: false }))).toMatchObject({ phase: 'complete', actions: ['reveal'] });
  });

  it("while the partner's commitment is not on this laptop's disk: our ack goes out, our answers wait until it is", async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = presence('me', s.ceo.personName);
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    // The partner sealed second: commitment, ack and reveal in one message, not yet saved here.
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    raw.acks!.cto = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    raw.reveals.cto = { payload: s.cto, salt: SALT_CTO };
    expect(await run(raw, me(s, { partnerUnsaved: true }))).toMatchObject({ phase: 'storing-commitments', actions: ['ack'] });
    raw.acks!.ceo = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    const pending = await run(raw, me(s, { partnerUnsaved: true }));
    expect(pending).toMatchObject({ phase: 'storing-commitments', actions: [] });
    // No comparison before our answers left.
    expect(pending.partner).toBeUndefined();
    expect(await run(raw, me(s))).toMatchObject({ phase: 'complete', actions: ['reveal'] });
    // Once our reveal is out, an unsaved partner commitment holds nothing back (there is nothing left to send).
    raw.reveals.ceo = { payload: s.ceo, salt: SALT_CEO };
    expect(await run(raw, me(s, { partnerUnsaved: true }))).toMatchObject({ phase: 'complete', actions: [] });
  });

  it('a pending seal changes nothing once our reveal is out (it was stored before it left)', async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = presence('me', s.ceo.personName);
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    raw.acks = { ceo: { ceo: s.ceoC, cto: s.ctoC, at: AT }, cto: { ceo: s.ceoC, cto: s.ctoC, at: AT } };
    raw.reveals.ceo = { payload: s.ceo, salt: SALT_CEO };
    raw.reveals.cto = { payload: s.cto, salt: SALT_CTO };
    expect(await run(raw, me(s, { sealPending: true }))).toMatchObject({ phase: 'complete', actions: [] });
  });

  it('sealing after the partner with "reveal together": the commitment goes out, the ack waits for the user', async () => {
    const s = await sides();
    const raw = empty();
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    expect(await run(raw, me(s, { revealTogether: true }))).toMatchObject({ phase: 'waiting-user', actions: ['presence', 'commit'] });
  });

  it('while answering it publishes presence only — never a commitment, ack or reveal', async () => {
    const s = await sides();
    const raw = empty();
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    raw.acks!.cto = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    const d = await run(raw, me(s, { mine: undefined, presence: { name: s.ceo.personName, state: 'answering' } }));
    expect(d).toMatchObject({ phase: 'answering', actions: ['presence'] });
  });

  it('pre-empted: a commitment under my role before I sealed → compromised, nothing published', async () => {
    const s = await sides();
    const raw = empty();
    raw.commitments.ceo = commitment('f'.repeat(64), 'Someone');
    raw.commitments.cto = commitment('e'.repeat(64), 'Someone');
    const answering = await run(raw, me(s, { mine: undefined }));
    expect(answering.phase).toBe('compromised');
    expect(answering.compromised).toMatch(/before you sealed/);
    expect(answering.actions).toEqual([]);
    // And after sealing: still compromised (a commitment that is not ours), no reveal.
    const sealed = await run(raw, me(s));
    expect(sealed).toMatchObject({ phase: 'compromised', actions: [] });
    expect(sealed.compromised).toMatch(/not yours/);
  });

  it('a malformed placeholder under my role ({commitment: "x"}) is not silently ignored: compromised', async () => {
    const s = await sides();
    const raw = empty();
    raw.commitments.ceo = { commitment: 'x' };
    expect(await run(raw, me(s))).toMatchObject({ phase: 'compromised', actions: [] });
  });

  it('forged commitment + reveal for both roles: my view is never built from the forged "me"', async () => {
    const s = await sides();
    const forgedMe = { ...s.ceo, answers: { ...s.ceo.answers } };
    const forgedC = await createCommitment(forgedMe, SALT_CTO, sha256);
    const raw = empty();
    raw.commitments.ceo = commitment(forgedC, s.ceo.personName);
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    raw.acks = { ceo: { ceo: forgedC, cto: s.ctoC, at: AT }, cto: { ceo: forgedC, cto: s.ctoC, at: AT } };
    raw.reveals.ceo = { payload: forgedMe, salt: SALT_CTO };
    raw.reveals.cto = { payload: s.cto, salt: SALT_CTO };
    const d = await run(raw, me(s));
    expect(d.phase).toBe('compromised');
    expect(d.actions).toEqual([]);
    expect(d.partner).toBeUndefined();
  });

  it('an ack or a reveal under my role that I did not write → compromised', async () => {
    const s = await sides();
    const base = () => {
      const raw = empty();
      raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
      raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
      return raw;
    };
    const a = base();
    a.acks!.ceo = { ceo: 'a'.repeat(64), cto: s.ctoC, at: AT };
    expect((await run(a, me(s))).compromised).toMatch(/acknowledgement/);
    const r = base();
    r.reveals.ceo = { payload: s.ceo, salt: 'ee'.repeat(16) };
    expect((await run(r, me(s))).compromised).toMatch(/reveal this laptop did not write/);
    // The same payload with my salt is mine (a restart re-reads its own reveal).
    const ok = base();
    ok.reveals.ceo = { payload: s.ceo, salt: SALT_CEO };
    expect(ownSlotProblem(ok, await projectSession(ok, sha256Now), me(s))).toBeUndefined();
  });

  it('the partner acknowledging a different pair of commitments → compromised, no reveal', async () => {
    const s = await sides();
    const raw = empty();
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    raw.acks!.ceo = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    raw.acks!.cto = { ceo: 'b'.repeat(64), cto: s.ctoC, at: AT };
    expect(await run(raw, me(s))).toMatchObject({ phase: 'compromised', actions: [] });
  });

  it('a partner that never commits gets no ack and no reveal', async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = presence('me', s.ceo.personName);
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    raw.acks!.cto = { ceo: s.ceoC, cto: 'c'.repeat(64), at: AT };
    expect(await run(raw, me(s))).toMatchObject({ phase: 'waiting-partner', actions: [] });
  });

  it('reveal together: the ack waits for the user to press Reveal', async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = presence('me', s.ceo.personName);
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    expect(await run(raw, me(s, { revealTogether: true }))).toMatchObject({ phase: 'waiting-user', actions: [] });
    // Pressed: our ack goes out, but our answers wait until the partner acknowledges too
    // ("sees your answers only after both of you have" pressed Reveal).
    expect(await run(raw, me(s, { revealTogether: true, userReady: true }))).toMatchObject({ phase: 'waiting-ack', actions: ['ack'] });
    raw.acks!.ceo = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    expect(await run(raw, me(s, { revealTogether: true, userReady: true }))).toMatchObject({ phase: 'waiting-ack', actions: [] });
    raw.acks!.cto = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    expect(await run(raw, me(s, { revealTogether: true, userReady: true }))).toMatchObject({ phase: 'waiting-reveal', actions: ['reveal'] });
  });

  it('our answers never leave before the partner has a commitment of its own in the doc, whatever else it wrote', async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = presence('me', s.ceo.personName);
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    raw.acks!.cto = { ceo: s.ceoC, cto: s.ctoC, at: AT };
    raw.reveals.cto = { payload: s.cto, salt: SALT_CTO };
    for (const bad of [undefined, { commitment: 'x' }, { commitment: s.ctoC }, 'plain']) {
      if (bad === undefined) delete raw.commitments.cto;
      else raw.commitments.cto = bad;
      const d = await run(raw, me(s));
      expect(d.actions, JSON.stringify(bad)).not.toContain('reveal');
      expect(d.actions, JSON.stringify(bad)).not.toContain('ack');
    }
  });

  it('someone else present under my role → role conflict (presence is not published over theirs)', async () => {
    const s = await sides();
    const raw = empty();
    raw.participants.ceo = presence('other-laptop', 'Jamie');
    expect(await run(raw, me(s))).toMatchObject({ phase: 'role-conflict', actions: [] });
    expect(await run(empty(), me(s, { refusedOwnSlot: 'participants' }))).toMatchObject({ phase: 'role-conflict' });
    expect(await run(empty(), me(s, { refusedOwnSlot: 'commitments' }))).toMatchObject({ phase: 'compromised' });
  });

  it('a room once compromised stays compromised, whatever the doc says later', async () => {
    const s = await sides();
    expect(await run(empty(), me(s, { compromised: 'earlier' }))).toMatchObject({ phase: 'compromised', compromised: 'earlier', actions: [] });
  });

  it('a partner reveal that does not match its commitment is never the partner payload', async () => {
    const s = await sides();
    const raw = empty();
    raw.commitments.ceo = commitment(s.ceoC, s.ceo.personName);
    raw.commitments.cto = commitment(s.ctoC, s.cto.personName);
    raw.acks = { ceo: { ceo: s.ceoC, cto: s.ctoC, at: AT }, cto: { ceo: s.ceoC, cto: s.ctoC, at: AT } };
    raw.reveals.ceo = { payload: s.ceo, salt: SALT_CEO };
    raw.reveals.cto = { payload: { ...s.cto, personName: 'Changed' }, salt: SALT_CTO };
    const d = await run(raw, me(s));
    expect(d.phase).toBe('waiting-reveal');
    expect(d.partner).toBeUndefined();
  });
});
