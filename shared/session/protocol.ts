import type { Role } from '../assessment/types';
import type { SealedPayload } from '../reveal/types';
import type { RawSession, SessionView } from './projection';
import { SEALED_AT_CLOCK_SKEW_MS } from '../schema/sealed-payload';

/**
 * The blind comparison, decided for one laptop from what the shared doc holds and
 * what this laptop knows locally. Pure, so every rule is tested without a network.
 *
 *   1. presence: always (our id, name, role, whether sealed);
 *   2. commit:   once our round is sealed — the digest of our payload + salt;
 *   3. ack:      once the partner's well-formed commitment is there (its seal time no further
 *                ahead of this laptop's clock than a reveal may be) AND the one under
 *                our role is byte-equal to ours (or goes out in the same write):
 *                "I saw these two commitments";
 *   4. reveal:   once our ack is out (or goes out in the same write) AND our seal is stored
 *                on this laptop (commit and ack may leave while it is written: they bind us
 *                and show nothing; our answers leave only once they cannot be lost) AND the
 *                partner's commitment is on this laptop's disk (a crash just after our reveal
 *                must not leave the partner with our answers and this laptop with nothing that
 *                binds theirs: after a restart the peer guard refuses another commitment). With
 *                "reveal together", also only once the partner's ack lists the same two
 *                commitments: its user pressed Reveal too.
 *
 * Why the reveal does not wait for the partner's ack otherwise: what binds the partner is
 * its commitment, which is in our doc before our ack and can never change there (the peer
 * guard refuses a second write). An ack is unsigned — whoever holds the invite can write
 * one — so waiting for it protected nothing and cost a round trip on the reveal's path.
 * A partner's ack that lists other commitments still makes the room compromised.
 *
 * Our own entries are never read back as truth: anything under our role that we did
 * not write (a commitment before we sealed, a different commitment, an ack or reveal
 * we did not publish) means someone else holds the invite and broke the protocol —
 * the room is compromised and nothing more is published in it.
 *
 * The last to reveal can always walk away with the other's answers (no two-party
 * protocol without a third party avoids that); the acks make sure both had committed
 * first, and `withholding` says it out loud when it happens.
 */

export type Phase =
  | 'answering'
  | 'waiting-partner'
  | 'partner-clock-ahead'
  | 'waiting-ack'
  | 'waiting-user'
  | 'storing-seal'
  | 'storing-commitments'
  | 'waiting-reveal'
  | 'complete'
  | 'compromised'
  | 'role-conflict';

export type Action = 'presence' | 'commit' | 'ack' | 'reveal';

export interface LocalSide {
  role: Role;
  participantId: string;
  salt: string;
  /** Our sealed payload and its commitment (undefined while answering). */
  mine?: { payload: SealedPayload; commitment: string };
  /** Presence we would publish now (compared with what the doc holds). */
  presence: { name: string; state: 'answering' | 'sealed' };
  /** Our seal is still being written to this laptop's store: everything but the reveal may go. */
  sealPending?: boolean;
  /** The partner's commitment is not on this laptop's disk yet: everything but the reveal may go. */
  partnerUnsaved?: boolean;
  /** Hold the ack until the user presses Reveal. */
  revealTogether: boolean;
  userReady: boolean;
  /** A previous decision that this room is compromised (kept across restarts). */
  compromised?: string;
  /** The guard refused the partner writing under our role (kind of entry). */
  refusedOwnSlot?: 'participants' | 'commitments' | 'acks' | 'reveals';
  /** This laptop's clock (ms since the epoch), for the seal time the partner announced. */
  now: number;
}

export interface Decision {
  phase: Phase;
  actions: Action[];
  compromised?: string;
  /** The partner's verified payload, once complete. */
  partner?: { payload: SealedPayload; commitment: string };
}

const other = (role: Role): Role => (role === 'ceo' ? 'cto' : 'ceo');

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** Why the entries under our role are not all ours, or undefined when they are. */
export function ownSlotProblem(raw: RawSession, view: SessionView, me: LocalSide): string | undefined {
  const label = me.role.toUpperCase();
  if (me.refusedOwnSlot && me.refusedOwnSlot !== 'participants') return `your partner's laptop tried to write under your role (${label})`;
  if (raw.commitments[me.role] !== undefined) {
    if (!me.mine) return `a commitment was published under your role (${label}) before you sealed`;
    if (view.sealed[me.role]?.commitment !== me.mine.commitment) return `a commitment that is not yours was published under your role (${label})`;
  }
  const ack = raw.acks?.[me.role] as Record<string, unknown> | undefined;
  if (ack !== undefined && (!me.mine || ack === null || typeof ack !== 'object' || ack[me.role] !== me.mine.commitment)) {
    return `an acknowledgement this laptop did not write is under your role (${label})`;
  }
  const reveal = raw.reveals[me.role] as Record<string, unknown> | undefined;
  if (reveal !== undefined && (!me.mine || reveal === null || typeof reveal !== 'object' || reveal.salt !== me.salt || !sameJson(reveal.payload, me.mine.payload))) {
    return `a reveal this laptop did not write is under your role (${label})`;
  }
  return undefined;
}

export function decide(raw: RawSession, view: SessionView, me: LocalSide): Decision {
  const broken = me.compromised ?? ownSlotProblem(raw, view, me);
  if (broken) return { phase: 'compromised', actions: [], compromised: broken };
  const present = view.participants[me.role];
  if (me.refusedOwnSlot === 'participants' || (present?.id && present.id !== me.participantId)) return { phase: 'role-conflict', actions: [] };

  const actions: Action[] = [];
  if (!present || present.state !== me.presence.state || present.name !== me.presence.name) actions.push('presence');
  if (!me.mine) return { phase: 'answering', actions };
  if (raw.commitments[me.role] === undefined) actions.push('commit');

  const partnerRole = other(me.role);
  const theirs = view.sealed[partnerRole]?.commitment;
  if (!theirs) return { phase: 'waiting-partner', actions };
  const pair = me.role === 'ceo' ? { ceo: me.mine.commitment, cto: theirs } : { ceo: theirs, cto: me.mine.commitment };
  const theirAck = view.acks[partnerRole];
  if (theirAck && (theirAck.ceo !== pair.ceo || theirAck.cto !== pair.cto)) {
    return { phase: 'compromised', actions: [], compromised: 'your partner acknowledged a different commitment than the one this laptop sealed' };
  }
  // Their reveal must repeat the seal time announced with their commitment, no later than this
  // clock allows (sealed-payload.ts): against a commitment dated further ahead, ours would go out
  // and theirs could not be accepted. Held, not refused: a clock simply ahead is caught up with.
  if (raw.reveals[me.role] === undefined && Date.parse(view.sealed[partnerRole]!.sealedAt) > me.now + SEALED_AT_CLOCK_SKEW_MS) {
    return { phase: 'partner-clock-ahead', actions };
  }
  const acked = raw.acks?.[me.role] !== undefined;
  if (!acked) {
    // Our own commitment must be in the doc as ours before we vouch for the pair — or go out
    // in the same write (the partner sealed first: commit and ack travel as one message).
    const committing = actions.includes('commit');
    if (!committing && view.sealed[me.role]?.commitment !== me.mine.commitment) return { phase: 'waiting-partner', actions };
    if (me.revealTogether && !me.userReady) return { phase: 'waiting-user', actions };
    actions.push('ack');
  }
  if (me.revealTogether && !theirAck) return { phase: 'waiting-ack', actions };
  if (raw.reveals[me.role] === undefined) {
    if (me.sealPending) return { phase: 'storing-seal', actions };
    if (me.partnerUnsaved) return { phase: 'storing-commitments', actions };
    actions.push('reveal');
  }
  const verified = view.revealed[partnerRole];
  if (verified) return { phase: 'complete', actions, partner: { payload: verified, commitment: theirs } };
  return { phase: 'waiting-reveal', actions };
}

/** The pair of commitments an ack from this laptop lists. */
export function ackPair(role: Role, mine: string, theirs: string): { ceo: string; cto: string } {
  return role === 'ceo' ? { ceo: mine, cto: theirs } : { ceo: theirs, cto: mine };
}
