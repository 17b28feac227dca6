/**
 * The offsite agenda in the workspace doc (root `agenda`, a Y.Map of plain values:
 * `blocks` as JSON text, `sourceComparison`, `startedOn`, `startTime`). Shared so both
 * laptops see the same agenda; last writer wins per entry, which suits an agenda the
 * pair edits together at one table. Not in the undo manager's scope, like agreements.
 */
import * as Y from 'yjs';
import type { Result } from '../../shared/schema/result';
import { agendaEntries, parseStoredAgenda, type StoredAgenda } from '../../shared/offsite/agenda-store';
import { retime } from '../../shared/offsite/agenda';

export const AGENDA = 'agenda';
export const AGENDA_ORIGIN = 'offsite-agenda';

/** undefined: nothing stored yet; otherwise the validated agenda or what is wrong with it. */
export function readAgenda(doc: Y.Doc): Result<StoredAgenda> | undefined {
  // Entries are plain values; the partner may nest shared types instead, thousands deep,
  // and toJSON() recurses into them until the stack overflows (the offsite pages then
  // fail on every render). A nested type reads as null: refused by the parser, with why.
  const entries: Record<string, unknown> = {};
  for (const [k, v] of doc.getMap(AGENDA).entries()) entries[k] = v instanceof Y.AbstractType ? null : v;
  return parseStoredAgenda(entries);
}

/** Writes the whole agenda in one transaction, touching only entries that changed. */
export function writeAgenda(doc: Y.Doc, agenda: StoredAgenda): void {
  const map = doc.getMap<string>(AGENDA);
  doc.transact(() => {
    for (const [k, v] of Object.entries(agendaEntries(agenda))) if (map.get(k) !== v) map.set(k, v);
  }, AGENDA_ORIGIN);
}

/** One block's minutes (already validated by the caller; clamped again here). */
export function setAgendaMinutes(doc: Y.Doc, base: StoredAgenda, blockId: string, minutes: number): void {
  writeAgenda(doc, { ...base, blocks: retime(base.blocks, blockId, minutes) });
}
