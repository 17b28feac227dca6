import * as Y from 'yjs';
import { contentClientId } from './content-client-id';
import { LINKED_GAPS, LIST_FIELDS, LIST_KEYS, RISK, RISK_LIST_FIELDS, itemsOf } from './workspace-doc';
import { listOf, readListCell } from './workspace-lists';

/**
 * Converts list cells stored in an older shape (a plain array set as one value, or
 * text) into Y.Arrays, once, on open.
 *
 * Two laptops migrate independently, and two containers created at the same key
 * compete: one wins, the other's content is dropped. So the conversion is written
 * deterministically: by a scratch copy of the doc whose client id is a hash of exactly
 * what is converted (which cells, the id of the value being replaced, its items).
 * Laptops holding the same old cells produce byte-identical operations, which Yjs
 * merges as one — the Series A seed (plain arrays by design) always converts the
 * same way on every laptop.
 */
export const MIGRATION_ORIGIN = 'workspace-migration';

interface Step {
  root: string;
  item?: string;
  key: string;
  /** Id of the value being replaced (client:clock), part of what makes the step unique. */
  replaces: string;
  items: string[];
}

/** Only called for a key that holds a value, so the entry exists. */
function entryId(map: Y.Map<unknown>, key: string): string {
  const item = (map as unknown as { _map: Map<string, { id: { client: number; clock: number } }> })._map.get(key)!;
  return `${item.id.client}:${item.id.clock}`;
}

function plan(doc: Y.Doc): Step[] {
  const steps: Step[] = [];
  const visit = (root: string, map: Y.Map<unknown>, keys: readonly string[], item?: string) => {
    for (const key of keys) {
      const v = map.get(key);
      if (v === undefined || v instanceof Y.Array) continue;
      steps.push({ root, item, key, replaces: entryId(map, key), items: readListCell(v) });
    }
  };
  for (const list of LIST_KEYS) {
    const fields = LIST_FIELDS[list] as readonly string[];
    const items = itemsOf(doc, list);
    for (const id of [...items.keys()].sort()) visit(list, items.get(id)!, fields, id);
  }
  visit(RISK, doc.getMap(RISK), RISK_LIST_FIELDS);
  const gaps = doc.getMap(LINKED_GAPS);
  visit(LINKED_GAPS, gaps, [...gaps.keys()].sort());
  return steps;
}

/** Returns how many cells were converted (0 when the doc is already current). */
export function migrateListCells(doc: Y.Doc): number {
  const steps = plan(doc);
  if (!steps.length) return 0;
  const scratch = new Y.Doc();
  scratch.clientID = contentClientId(JSON.stringify(steps));
  // The scratch doc holds nothing outside this function: no destroy() needed.
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  // A hash that is already a writer in this doc must not reuse its clocks: Yjs itself gives
  // the scratch doc a fresh random id when an applied update holds writes under its id, so
  // the conversion is then written like any local edit (the test pins this).
  const target = Y.encodeStateVector(scratch);
  scratch.transact(() => {
    for (const s of steps) {
      const map = s.item ? scratch.getMap<Y.Map<unknown>>(s.root).get(s.item)! : scratch.getMap<unknown>(s.root);
      map.set(s.key, listOf(s.items));
    }
  }, MIGRATION_ORIGIN);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, target), MIGRATION_ORIGIN);
  return steps.length;
}
