import * as Y from 'yjs';
import type { ArtifactKey, Dependency, LogEntry, Metric } from '../../shared/workspace/types';
import { MAX_METRICS } from '../../shared/workspace/metrics';
import { MAX_DEPENDENCIES } from '../../shared/workspace/dependencies';
import { applyTextDiff } from './y-text-diff';
import { readListCell, setListCell } from './workspace-lists';
import {
  LINKED_GAPS,
  LIST_FIELDS,
  RISK,
  ROADMAP_ITEM,
  TEXT_FIELDS,
  flowKey,
  itemToY,
  itemsOf,
  local,
  orderOf,
  orderedIds,
  type ListItemTypes,
  type ListKey,
} from './workspace-doc';

/** Every change to the workspace doc, each one undoable transaction of the user's. */

export function addItem<K extends ListKey>(doc: Y.Doc, list: K, item: ListItemTypes[K], index?: number): void {
  local(doc, () => {
    // Before the item shown at `index` (clamped at 0) in the list as it was; last without one.
    const before = orderedIds(doc, list)[Math.max(0, index ?? Infinity)];
    itemsOf(doc, list).set(item.id, itemToY(list, item));
    insertBefore(orderOf(doc, list), item.id, before);
  });
}

/** Puts `id` into the order just before the first entry of `before`, or last when that has none. */
function insertBefore(order: Y.Array<string>, id: string, before: string | undefined): void {
  const raw = (order.toArray() as (string | undefined)[]).indexOf(before);
  order.insert(raw < 0 ? order.length : raw, [id]);
}

function removeFromOrder(order: Y.Array<string>, id: string): void {
  const arr = order.toArray();
  // Stryker disable next-line ArithmeticOperator: arr[arr.length] is undefined, never an id
  for (let i = arr.length - 1; i >= 0; i--) if (arr[i] === id) order.delete(i, 1);
}

export function removeItem(doc: Y.Doc, list: ListKey, id: string): void {
  local(doc, () => {
    itemsOf(doc, list).delete(id);
    removeFromOrder(orderOf(doc, list), id);
    if (list === 'matrix') {
      // Meetings stop citing a deleted decision type.
      for (const m of itemsOf(doc, 'cadence').values()) {
        const types = readListCell(m.get('decisionTypes'));
        if (types.includes(id)) setListCell(m, 'decisionTypes', types.filter((t) => t !== id));
      }
    }
  });
}

/** Moves an item to `toIndex` of the displayed order. */
export function moveItem(doc: Y.Doc, list: ListKey, id: string, toIndex: number): void {
  local(doc, () => {
    const ids = orderedIds(doc, list);
    if (!ids.includes(id)) return;
    const order = orderOf(doc, list);
    removeFromOrder(order, id);
    // Before the item shown at `toIndex` (clamped at 0) once this one is out; last without one.
    insertBefore(order, id, ids.filter((x) => x !== id)[Math.max(0, toIndex)]);
  });
}

/** Sets one field of one item; text fields are diffed into their Y.Text. */
export function setItemField<K extends ListKey>(
  doc: Y.Doc,
  list: K,
  id: string,
  field: Exclude<keyof ListItemTypes[K] & string, 'id'>,
  value: unknown,
): void {
  const item: unknown = itemsOf(doc, list).get(id);
  // Not a row (a partner may put any value under a row's key): nothing to edit, as for a removed row.
  if (!(item instanceof Y.Map)) return;
  local(doc, () => {
    if ((TEXT_FIELDS[list] as readonly string[]).includes(field)) {
      let t = item.get(field);
      if (!(t instanceof Y.Text)) {
        t = new Y.Text();
        item.set(field, t);
      }
      applyTextDiff(t as Y.Text, String(value ?? ''));
    } else if ((LIST_FIELDS[list] as readonly string[]).includes(field)) {
      setListCell(item, field, Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);
    } else if (value === undefined) item.delete(field);
    else item.set(field, Array.isArray(value) ? [...value] : value);
  });
}

// ---------------------------------------------------------------- mutations (per artifact)

export type Refusal = { ok: false; error: string };
export type Done = { ok: true };

export function addMetricItem(doc: Y.Doc, metric: Metric): Done | Refusal {
  const n = orderedIds(doc, 'metrics').length;
  if (n >= MAX_METRICS) return { ok: false, error: `Already ${n} metrics; remove one before adding another (at most ${MAX_METRICS}).` };
  addItem(doc, 'metrics', metric);
  return { ok: true };
}

export function setMetricValueIn(doc: Y.Doc, metricId: string, month: string, value: number | undefined): void {
  const item: unknown = itemsOf(doc, 'metrics').get(metricId);
  if (!(item instanceof Y.Map)) return;
  local(doc, () => {
    let values = item.get('values');
    if (!(values instanceof Y.Map)) {
      values = new Y.Map<number>();
      item.set('values', values);
    }
    if (value === undefined) (values as Y.Map<number>).delete(month);
    else (values as Y.Map<number>).set(month, value);
  });
}

export function addDependencyItem(doc: Y.Doc, dep: Dependency): Done | Refusal {
  const n = orderedIds(doc, 'dependencies').length;
  if (n >= MAX_DEPENDENCIES) return { ok: false, error: `Already ${n} dependencies; drop the least important first (at most ${MAX_DEPENDENCIES}).` };
  addItem(doc, 'dependencies', dep);
  return { ok: true };
}

export function setRoadmapItem(doc: Y.Doc, value: string): void {
  local(doc, () => applyTextDiff(doc.getText(ROADMAP_ITEM), value));
}

export function setCriticalFlow(doc: Y.Doc, index: 0 | 1 | 2, value: string): void {
  local(doc, () => applyTextDiff(doc.getText(flowKey(index)), value));
}

export function setRiskField(
  doc: Y.Doc,
  field: 'reliabilityMinutesPerQuarter' | 'deliverySlipPercent' | 'securityBlockingClasses',
  value: number | string[],
): void {
  local(doc, () => {
    if (Array.isArray(value)) setListCell(doc.getMap(RISK), field, value);
    else doc.getMap(RISK).set(field, value);
  });
}

export function setLinkedGaps(doc: Y.Doc, artifact: ArtifactKey, statementIds: string[]): void {
  local(doc, () => setListCell(doc.getMap(LINKED_GAPS), artifact, statementIds));
}

/** Adds many log entries in one transaction (imports, benchmarks). */
export function addLogEntries(doc: Y.Doc, entries: readonly LogEntry[]): void {
  local(doc, () => {
    const items = itemsOf(doc, 'log');
    for (const e of entries) items.set(e.id, itemToY('log', e));
    orderOf(doc, 'log').push(entries.map((e) => e.id));
  });
}
