import * as Y from 'yjs';
import type { Role } from '../../shared/assessment/types';

/**
 * The shared comparison document. Blind by construction: a participant only ever
 * writes presence, a commitment (hash) when sealed, and the reveal once BOTH
 * commitments exist. Unsealed answers are never written here.
 *
 *   participants: Y.Map<role, { name, role, state, at }>
 *   commitments:  Y.Map<role, { commitment, sealedAt, name }>
 *   reveals:      Y.Map<role, { payload, salt }>
 *
 * Everything read back is untrusted peer data: the projection validates it.
 */
export const PARTICIPANTS = 'participants';
export const COMMITMENTS = 'commitments';
export const REVEALS = 'reveals';

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

export function publishReveal(doc: Y.Doc, role: Role, reveal: { payload: unknown; salt: string }): void {
  const commitments = doc.getMap(COMMITMENTS);
  if (!commitments.has('ceo') || !commitments.has('cto')) {
    throw new Error('Reveal refused: both leaders must have sealed first.');
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
    reveals: doc.getMap(REVEALS).toJSON() as Record<string, unknown>,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a peer may not do, however well-formed its update: touch this laptop's own
 * entries, or change any commitment or reveal once published.
 */
export function comparisonInvariant(myRole: () => Role | undefined) {
  return (current: Y.Doc, next: Y.Doc): string | undefined => {
    const role = myRole();
    for (const name of [PARTICIPANTS, COMMITMENTS, REVEALS]) {
      const before = current.getMap(name);
      const after = next.getMap(name);
      if (role && before.has(role) && !same(before.get(role), after.get(role))) return `a peer tried to change this laptop's ${name} entry`;
    }
    for (const name of [COMMITMENTS, REVEALS]) {
      const before = current.getMap(name);
      const after = next.getMap(name);
      for (const key of before.keys()) {
        if (!same(before.get(key), after.get(key))) return `a peer tried to change a published ${name.slice(0, -1)}`;
      }
    }
    return undefined;
  };
}
