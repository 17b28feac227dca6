/**
 * Agreement on captures, through the workspace's agreement record: key
 * `capture:<id>`, hash of the capture's body (what was agreed, not who typed it
 * when). Until both leaders confirmed the body that is there now, a capture is
 * *proposed*; once agreed, any edit makes it *edited* until both confirm again.
 */
import { agreedByBothLabel, agreementState, contentHash, sharedKey, type AgreementInput, type AgreementRole, type AgreementState } from '../workspace/agreement';
import { bodyOf, type Capture } from './capture';

export const captureKey = (id: string) => `capture:${id}`;

export type CaptureState =
  | { kind: 'proposed' | 'edited'; confirmedBy: AgreementRole[] }
  | Extract<AgreementState, { kind: 'agreed' }>;

export const captureHash = (c: Capture) => contentHash(bodyOf(c));

/**
 * What a reader is shown of a capture besides its body: where it was captured, who by, from whose
 * file, when. Outside captureHash (not agreed; the partner can rewrite it after both confirmed), so
 * this laptop remembers it with what it wrote (own-writes.ts). Every field of the record but
 * `editedAt`, which nothing shows and which an edit saved unchanged rewrites on either laptop.
 */
export function recordedMeta(c: Capture) {
  return {
    id: c.id,
    blockId: c.blockId,
    blockTitle: c.blockTitle,
    author: c.author ?? null,
    authorName: c.authorName,
    createdAt: c.createdAt,
    importedFrom: c.importedFrom ? { role: c.importedFrom.role, name: c.importedFrom.name, at: c.importedFrom.at } : null,
  };
}

/**
 * The capture as this laptop wrote it: body and recordedMeta. Never an agreement hash (agreements
 * stay on captureHash, so existing confirmations hold); prefixed so it cannot be mistaken for one.
 */
export const writtenHash = (c: Capture) => `w:${contentHash({ body: bodyOf(c), meta: recordedMeta(c) })}`;

export function captureState(c: Capture, input: AgreementInput): CaptureState {
  const key = captureKey(c.id);
  const s = agreementState(key, bodyOf(c), undefined, input);
  if (s.kind === 'agreed') return s;
  const hash = captureHash(c);
  // Someone confirmed an earlier version of it: the content changed since.
  const roles: AgreementRole[] = ['ceo', 'cto'];
  const stale = roles.some((r) => {
    const shared = input.shared[sharedKey(key, r)];
    const local = input.local[key]?.[r];
    return (shared && shared.hash !== hash) || (local !== undefined && local !== hash);
  });
  return { kind: stale ? 'edited' : 'proposed', confirmedBy: s.confirmedBy };
}

/** "proposed (not yet agreed)", "edited · confirmed by the CTO only", "agreed by both on 2026-11-26". */
export function captureStateLabel(s: CaptureState): string {
  // Both confirmations are this laptop's own but the shared record has not loaded: no date to show yet.
  if (s.kind === 'agreed') return agreedByBothLabel(s);
  const base = s.kind === 'proposed' ? 'proposed (not yet agreed)' : 'edited (not yet agreed)';
  return s.confirmedBy.length === 1 ? `${base} · confirmed by the ${s.confirmedBy[0].toUpperCase()} only` : base;
}
