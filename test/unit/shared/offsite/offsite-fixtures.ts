import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture, ParkedItem } from '../../../../shared/offsite/capture';
import { sharedKey, type AgreementInput, type Confirmation } from '../../../../shared/workspace/agreement';

/** Captures, parked items and confirmations for the offsite-scope tests (the CEO's laptop, Blake the CTO). */

export const at = (month: number, day: number, hour = 10) => new Date(2026, month - 1, day, hour).toISOString();

export const action = (id: string, text: string, createdAt: string, due = '2026-12-01'): Capture => ({
  id, blockId: 'owners', blockTitle: 'Owners', author: 'cto', authorName: 'Blake', createdAt, kind: 'action', text, owner: 'CTO', due,
});

export const parked = (id: string, text: string, createdAt: string): ParkedItem => ({ id, text, blockId: 'owners', blockTitle: 'Owners', authorName: 'Blake', createdAt });

/** This laptop (the CEO's) confirmed each capture at `own[id]`; the partner's record says `partner[id]`. */
export function agreement(captures: readonly Capture[], own: Record<string, string>, partner: Record<string, string> = own): AgreementInput {
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const c of captures) {
    if (!own[c.id]) continue;
    const hash = captureHash(c);
    const key = captureKey(c.id);
    shared[sharedKey(key, 'ceo')] = { role: 'ceo', name: 'Alex', hash, at: own[c.id], mode: 'live' };
    shared[sharedKey(key, 'cto')] = { role: 'cto', name: 'Blake', hash, at: partner[c.id] ?? own[c.id], mode: 'live' };
    local[key] = { ceo: hash };
  }
  return { shared, local, me: 'ceo' };
}

/** This laptop's record of when it first saw each capture agreed (agreement-seen.ts): `seen[id]` for its content as it stands. */
export function seenOf(captures: readonly Capture[], seen: Record<string, string>): NonNullable<AgreementInput['seen']> {
  return Object.fromEntries(captures.filter((c) => seen[c.id] !== undefined).map((c) => [captureKey(c.id), { [captureHash(c)]: seen[c.id] }]));
}
