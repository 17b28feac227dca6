/**
 * The agenda blocks shared in the workspace doc (root `agenda`, `blocks` = JSON of
 * AgendaBlock[], written by the offsite-room helper), read defensively: anything
 * malformed is skipped. Without an agenda the capture page offers one block.
 */
import type * as Y from 'yjs';
import type { AgendaBlock, BlockKind } from '../../../../shared/offsite/agenda';

export const GENERAL_BLOCK: AgendaBlock = { id: 'general', kind: 'close', title: 'General', minutes: 0 };
const KINDS: readonly BlockKind[] = ['warm-up', 'gap', 'warning-signs', 'artifacts', 'owners', 'close'];

export function parseBlocks(json: unknown): AgendaBlock[] {
  if (typeof json !== 'string' || json.length > 200_000) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: AgendaBlock[] = [];
  for (const b of raw.slice(0, 100)) {
    if (!b || typeof b !== 'object') continue;
    const o = b as Record<string, unknown>;
    if (typeof o.id !== 'string' || !o.id || o.id.length > 200 || typeof o.title !== 'string') continue;
    if (!KINDS.includes(o.kind as BlockKind)) continue;
    out.push({ id: o.id, kind: o.kind as BlockKind, title: o.title.slice(0, 200), minutes: typeof o.minutes === 'number' ? o.minutes : 0 });
  }
  return out;
}

export function readAgendaBlocks(doc: Y.Doc | undefined): AgendaBlock[] {
  return doc ? parseBlocks(doc.getMap('agenda').get('blocks')) : [];
}
