import * as Y from 'yjs';
import type { Role } from '../../shared/assessment/types';
import type { EntryRules } from './peer-guard';

/**
 * The shared comparison document. Blind by construction: a participant only ever
 * writes presence, a commitment (hash) when sealed, and the reveal once BOTH
 * commitments exist and it has acknowledged them. Unsealed answers are never written here.
 *
 *   participants: Y.Map<role, { name, role, state, at }>
 *   commitments:  Y.Map<role, { commitment, sealedAt, name }>
 *   acks:         Y.Map<role, { ceo, cto, at }>   "I saw both of these commitments"
 *   reveals:      Y.Map<role, { payload, salt }>
 *
 * Everything read back is untrusted peer data: the projection validates it.
 */
export const PARTICIPANTS = 'participants';
export const COMMITMENTS = 'commitments';
export const ACKS = 'acks';
export const REVEALS = 'reveals';
export const COMPARISON_ROOTS = [PARTICIPANTS, COMMITMENTS, ACKS, REVEALS] as const;

export interface Presence {
  id: string;
  name: string;
  role: Role;
  state: 'answering' | 'sealed';
  at: string;
}

export interface CommitmentEntry {
  commitment: string;
  sealedAt: string;
  name: string;
}

export function setPresence(doc: Y.Doc, presence: Presence): void {
  doc.getMap(PARTICIPANTS).set(presence.role, presence);
}

export function publishCommitment(doc: Y.Doc, role: Role, entry: CommitmentEntry): void {
  const map = doc.getMap(COMMITMENTS);
  // A commitment is final: never overwrite one, or answers could change after the reveal starts.
  if (map.has(role)) return;
  map.set(role, entry);
}

export interface AckEntry {
  ceo: string;
  cto: string;
  at: string;
}

export function publishAck(doc: Y.Doc, role: Role, ack: AckEntry): void {
  const map = doc.getMap(ACKS);
  if (map.has(role)) return;
  map.set(role, ack);
}

export function publishReveal(doc: Y.Doc, role: Role, reveal: { payload: unknown; salt: string }): void {
  const commitments = doc.getMap(COMMITMENTS);
  // The partner's commitment binds them (write-once); our ack says we saw both. The partner's
  // ack is the protocol's call (reveal together), not a precondition of the doc.
  if (!commitments.has('ceo') || !commitments.has('cto') || !doc.getMap(ACKS).has(role)) {
    throw new Error('Reveal refused: both leaders must have sealed, and this laptop must have acknowledged both commitments, first.');
  }
  const map = doc.getMap(REVEALS);
  if (map.has(role)) return;
  map.set(role, reveal);
}

/** Raw (unvalidated) view of the doc; see projection.ts for the checked one. */
export function readRaw(doc: Y.Doc) {
  return {
    participants: doc.getMap(PARTICIPANTS).toJSON() as Record<string, unknown>,
    commitments: doc.getMap(COMMITMENTS).toJSON() as Record<string, unknown>,
    acks: doc.getMap(ACKS).toJSON() as Record<string, unknown>,
    reveals: doc.getMap(REVEALS).toJSON() as Record<string, unknown>,
  };
}

/** Roots whose entries are written once by their owner and never changed. */
const WRITE_ONCE = new Set([COMMITMENTS, ACKS, REVEALS]);
/** Largest value one entry may hold: a reveal carries 24 answers with notes (see MAX_TEXT). */
export const MAX_ENTRY_BYTES = 160_000;

/**
 * What a peer may do in the comparison doc, checked per update (peer-guard): write only
 * under the other role's key, never this laptop's; write a commitment, acknowledgement or
 * reveal once and never change or delete it; replace only its own presence.
 */
export function comparisonRules(doc: Y.Doc, myRole: Role): EntryRules {
  return {
    maxValueBytes: MAX_ENTRY_BYTES,
    has: (root, key) => doc.share.has(root) && doc.getMap(root).has(key),
    write(root, key, exists) {
      if (key !== 'ceo' && key !== 'cto') return `${root}: unknown role "${String(key).slice(0, 20)}"`;
      if (key === myRole) return `a peer tried to write this laptop's ${root} entry`;
      if (WRITE_ONCE.has(root) && exists) return `a peer tried to change a published ${root.slice(0, -1)}`;
      return undefined;
    },
    remove(root, key) {
      if (root === PARTICIPANTS && key !== undefined && key !== myRole) return undefined; // a presence update replaces the old one
      if (key === myRole) return `a peer tried to delete this laptop's ${root} entry`;
      return `a peer tried to delete a published ${root.slice(0, -1)}`;
    },
  };
}
