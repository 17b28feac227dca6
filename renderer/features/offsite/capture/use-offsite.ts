/**
 * The offsite record (captures, actions, parking lot) live from the workspace doc,
 * and the three things a leader does with it: capture, confirm, park. Every write
 * goes through renderer/sync/offsite-capture.ts (one transaction each).
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AgendaBlock } from '../../../../shared/offsite/agenda';
import { EMPTY_RECORD, validateDraft, type Capture, type CaptureDraft, type FieldError, type OffsiteRecord, type ParkedItem } from '../../../../shared/offsite/capture';
import { captureToOps } from '../../../../shared/offsite/capture-ops';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import { laptopLeader } from '../../../../shared/offsite/laptop-role';
import type { AgreementRole } from '../../../../shared/workspace/agreement';
import { newId } from '../../../../shared/workspace/id';
import { toIsoDate } from '../../../../shared/workspace/dates';
import { applyOps, OFFSITE_ROOTS, parkItem, readOffsite } from '../../../sync/offsite-capture';
import { AGENDA } from '../../../sync/workspace-agenda';
import { confirm, readBets } from '../../../sync/workspace-agreement';
import { readWorkspace } from '../../../sync/workspace-doc';
import { getWorkspaceDoc } from '../../../sync/workspace-owner';
import { useWorkspaceStore } from '../../../stores/workspace-store';
import { useCompareStore } from '../../../stores/compare-store';
import { useRoundsStore } from '../../../stores/rounds-store';
import { docSnapshot } from '../../../stores/workspace-doc-snapshot';
import { rememberOwnWrite } from '../../../sync/own-writes';
import { rememberOwnParked } from '../../../sync/own-parked';
import { storageErrorText } from '../../../data/storage-error';

// Read again when the captures, actions or parking lot change — and the agenda: the summary page
// re-reads its blocks whenever this record changes (SummaryPage).
const record = docSnapshot<OffsiteRecord>((doc) => (doc ? readOffsite(doc) : EMPTY_RECORD), [...OFFSITE_ROOTS, AGENDA]);
const bump = record.bump;

/** Captures, actions and parked items, live on both laptops. Opens the workspace if needed. */
export function useOffsiteRecord(): OffsiteRecord {
  const ready = useWorkspaceStore((s) => s.ready);
  useEffect(() => {
    void useWorkspaceStore.getState().load();
  }, []);
  useEffect(() => {
    if (ready) bump();
  }, [ready]);
  return useSyncExternalStore(record.subscribe, record.snapshot);
}

/** The same record, for a page that already opened the workspace (the Workspace's decision log). */
export function useOffsiteRecordAsRead(): OffsiteRecord {
  return useSyncExternalStore(record.subscribe, record.snapshot);
}

export interface Me {
  role: AgreementRole;
  name: string;
}

/**
 * This laptop's leader: the live comparison's round when one is set up, else the role
 * of the rounds answered here (file exchange: no session, one leader's laptop);
 * undefined on one shared laptop (own rounds of both roles, or none).
 */
export function useMe(): Me | undefined {
  const roundId = useCompareStore((s) => s.meta?.roundId);
  const round = useRoundsStore((s) => s.rounds.find((r) => r.id === roundId));
  const rounds = useRoundsStore((s) => s.rounds);
  const leader = useMemo(() => laptopLeader(rounds), [rounds]);
  if (round) return { role: round.role, name: round.personName };
  return leader ? { role: leader.role, name: leader.name } : undefined;
}

export type CaptureOutcome = { ok: true; capture: Capture } | { ok: false; errors: FieldError[] };

/**
 * Validates the draft and writes it: a new capture, or `editing` changed. The
 * workspace change and the capture record land in one transaction.
 */
export function submitCapture(draft: CaptureDraft, block: AgendaBlock, me: Me | undefined, editing?: Capture, now = new Date()): CaptureOutcome {
  const doc = getWorkspaceDoc();
  if (!doc) return { ok: false, errors: [{ field: 'kind', message: 'The workspace is not open yet; try again in a moment.' }] };
  const v = validateDraft(draft, toIsoDate(now));
  if (!v.ok) return v;
  // Who wrote it is who wrote the words now there: an edit is filed under the leader who made it
  // (the other's name over words they never wrote would read as theirs); saved unchanged, it keeps
  // the name it had, as it does on one shared laptop (no single leader).
  const kept = editing ? { ...(editing.author ? { author: editing.author } : {}), authorName: editing.authorName } : { authorName: '' };
  const ctx = { workspace: readWorkspace(doc), bets: readBets(doc) };
  const write = (writer: { author?: Me['role']; authorName: string }) =>
    captureToOps(
      v.body,
      editing
        ? { id: editing.id, blockId: editing.blockId, blockTitle: editing.blockTitle, ...writer, createdAt: editing.createdAt, editedAt: now.toISOString() }
        : { id: newId('cap'), blockId: block.id, blockTitle: block.title, ...writer, createdAt: now.toISOString() },
      ctx,
    );
  let r = write(me ? { author: me.role, authorName: me.name } : kept);
  const unchanged = editing !== undefined && r.ok && captureHash(r.capture) === captureHash(editing);
  if (unchanged && me) r = write(kept);
  if (!r.ok) return { ok: false, errors: [{ field: 'kind', message: r.error }] };
  // Recorded first: a capture this laptop cannot remember writing would read as not this leader's.
  // Saved unchanged, only `editedAt` differs, which the remembered hash leaves out (writtenHash):
  // what this laptop remembered of it still holds, and nothing of someone else's becomes its own.
  if (!unchanged) {
    try {
      rememberOwnWrite(r.capture);
    } catch (e) {
      return { ok: false, errors: [{ field: 'kind', message: `Not captured: this laptop could not record that you wrote it (${storageErrorText(e)}).` }] };
    }
  }
  applyOps(doc, r.ops);
  return { ok: true, capture: r.capture };
}

export function confirmCapture(c: Capture, who: readonly Me[], mode: 'live' | 'together'): void {
  const doc = getWorkspaceDoc();
  if (!doc) throw new Error('The workspace is not open yet.');
  confirm(doc, captureKey(c.id), captureHash(c), who, mode);
  // The local record changed too (localStorage): re-read.
  bump();
}

/** Returns an error message, or undefined when parked. */
export function park(text: string, block: AgendaBlock, me: Me | undefined, now = new Date()): string | undefined {
  const doc = getWorkspaceDoc();
  if (!doc) return 'The workspace is not open yet; try again in a moment.';
  const t = text.trim();
  if (!t) return 'Park it: type what you did not settle first.';
  if (t.length > 2000) return `Park it: at most 2000 characters (got ${t.length}).`;
  const item: ParkedItem = { id: newId('park'), text: t, blockId: block.id, blockTitle: block.title, ...(me ? { author: me.role } : {}), authorName: me?.name ?? '', createdAt: now.toISOString() };
  // Recorded first, as a capture is: an item this laptop cannot remember parking would read as not this leader's.
  try {
    rememberOwnParked(item);
  } catch (e) {
    return `Not parked: this laptop could not record that you parked it (${storageErrorText(e)}).`;
  }
  parkItem(doc, item);
  return undefined;
}
