import * as Y from 'yjs';
import type { ArtifactKey, Metric, Workspace } from '../../shared/workspace/types';
import { ARTIFACT_KEYS } from '../../shared/workspace/types';
import { LIST_KEYS, itemToY, itemsOf, local, orderOf, orderedIds, projectWorkspace, type ListKey } from './workspace-doc';
import { RECORD_ROOTS } from './workspace-mass-delete';
import { applyTextDiff } from './y-text-diff';
import {
  addItem,
  moveItem,
  removeItem,
  setCriticalFlow,
  setItemField,
  setLinkedGaps,
  setMetricValueIn,
  setRiskField,
  setRoadmapItem,
} from './workspace-mutations';

/**
 * Makes the workspace read as `target` through ordinary edits in ONE local
 * transaction: only what differs is touched (a text cell by a minimal diff, a list by
 * per-item adds and removes), so the restore syncs to the partner like any edit,
 * merges with their concurrent work, and one Undo takes it back. The doc is never
 * replaced.
 */
export function restoreWorkspaceTo(doc: Y.Doc, target: Workspace): void {
  local(doc, () => {
    for (const list of LIST_KEYS) restoreList(doc, list, listItems(target, list));
    setRoadmapItem(doc, target.dependencies.roadmapItem);
    const risk = target.riskBudgets;
    const now = projectWorkspace(doc).riskBudgets;
    // Object.is: a budget not set (NaN) in both is unchanged, not rewritten on every restore.
    if (!Object.is(now.reliabilityMinutesPerQuarter, risk.reliabilityMinutesPerQuarter)) setRiskField(doc, 'reliabilityMinutesPerQuarter', risk.reliabilityMinutesPerQuarter);
    if (!Object.is(now.deliverySlipPercent, risk.deliverySlipPercent)) setRiskField(doc, 'deliverySlipPercent', risk.deliverySlipPercent);
    setRiskField(doc, 'securityBlockingClasses', risk.securityBlockingClasses);
    risk.criticalFlows.forEach((f, i) => setCriticalFlow(doc, i as 0 | 1 | 2, f));
    const gapsNow = projectWorkspace(doc).linkedGaps ?? {};
    for (const key of ARTIFACT_KEYS) {
      const want = target.linkedGaps?.[key];
      if (want || gapsNow[key]?.length) setLinkedGaps(doc, key as ArtifactKey, want ?? []);
    }
  });
}

/** Restores from a stored Yjs state (a version), read through a scratch doc: the artifacts and the record maps. */
export function restoreWorkspaceFromUpdate(doc: Y.Doc, update: Uint8Array): void {
  const scratch = scratchOf(update);
  const target = projectWorkspace(scratch);
  local(doc, () => {
    restoreWorkspaceTo(doc, target);
    for (const name of Object.keys(RECORD_ROOTS)) restoreRecordMap(doc.getMap(name), scratch.getMap(name));
  });
}

/** A doc no one else holds (no provider, no listener): it needs no destroy. */
function scratchOf(update: Uint8Array): Y.Doc {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, update);
  return scratch;
}

/**
 * Makes one record map (captures, confirmations, the agenda, pins, gap fixes, …) hold
 * what the version holds: entries the version lacks are removed, missing or changed
 * ones set again; a text cell (a gap fix) is recreated or edited by a minimal diff.
 */
function restoreRecordMap(now: Y.Map<unknown>, target: Y.Map<unknown>): void {
  for (const key of [...now.keys()]) if (!target.has(key)) now.delete(key);
  for (const [key, want] of target.entries()) {
    const have = now.get(key);
    if (want instanceof Y.Text) {
      if (have instanceof Y.Text) applyTextDiff(have, want.toString());
      else now.set(key, new Y.Text(want.toString()));
    } else if (!(want instanceof Y.AbstractType) && nestsWithin(want, MAX_RECORD_DEPTH) && (have instanceof Y.AbstractType || !nestsWithin(have, MAX_RECORD_DEPTH) || JSON.stringify(have) !== JSON.stringify(want))) {
      // Record maps hold plain values; a nested type (other than a fix's text) came from a peer and is not restored.
      // Nor is a plain value nested deeper than any record (a capture: object, options, text): no
      // reader reads it, and copying or comparing it recursed until the stack overflowed, halfway
      // through the restore, for every version that held it.
      now.set(key, structuredClone(want));
    }
  }
}

/** Deeper than any record the app writes (a capture is an object holding a list of texts). */
const MAX_RECORD_DEPTH = 16;

/** Whether `v` nests at most `max` objects or lists deep; iterative, so any depth is safe to ask about. */
function nestsWithin(v: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (x === null || typeof x !== 'object') continue;
    if (depth >= max) return false;
    for (const child of Object.values(x)) stack.push([child, depth + 1]);
  }
  return true;
}

export function workspaceOfUpdate(update: Uint8Array): Workspace {
  return projectWorkspace(scratchOf(update));
}

type Item = { id: string } & Record<string, unknown>;

function listItems(ws: Workspace, list: ListKey): Item[] {
  const items = list === 'dependencies' ? ws.dependencies.dependencies : ws[list];
  return items as unknown as Item[];
}

function restoreList(doc: Y.Doc, list: ListKey, target: Item[]): void {
  const wanted = new Set(target.map((t) => t.id));
  for (const id of orderedIds(doc, list)) if (!wanted.has(id)) removeItem(doc, list, id);
  const current = new Map(listItems(projectWorkspace(doc), list).map((i) => [i.id, i]));
  for (const item of target) {
    const now = current.get(item.id);
    if (now) restoreFields(doc, list, item, now);
  }
  // Stryker disable next-line ArrowFunction: an empty `missing` only means one by one below: speed, not result
  const missing = target.filter((t) => !current.has(t.id));
  // Many missing items (a wiped log) go back in one pass, the order rewritten whole:
  // one by one would be quadratic.
  // Stryker disable next-line ConditionalExpression,BlockStatement: never batching is speed only (one by one gives the same list); always batching fails the in-place test
  if (missing.length > 20) {
    for (const item of missing) itemsOf(doc, list).set(item.id, itemToY(list, item as never));
    const order = orderOf(doc, list);
    order.delete(0, order.length);
    order.insert(0, target.map((t) => t.id));
    return;
  }
  // Few go back in place, so a partner's concurrent insert stays where it was put.
  target.forEach((item, index) => {
    if (!current.has(item.id)) addItem(doc, list, item as never, index);
  });
  // Order last, and only where it differs.
  let ids = orderedIds(doc, list);
  target.forEach(({ id }, index) => {
    if (ids[index] !== id) {
      moveItem(doc, list, id, index);
      ids = orderedIds(doc, list);
    }
  });
}

/** Sets back only the fields that differ (an unchanged one is left to the partner's concurrent edits). */
function restoreFields(doc: Y.Doc, list: ListKey, item: Item, now: Item): void {
  for (const key of new Set([...Object.keys(item), ...Object.keys(now)])) {
    if (JSON.stringify(item[key]) === JSON.stringify(now[key])) continue;
    // Only metrics have values: restored month by month.
    if (key === 'values') restoreValues(doc, item.id, (now.values ?? []) as Metric['values'], (item.values ?? []) as Metric['values']);
    else setItemField(doc, list, item.id, key as never, item[key]);
  }
}

function restoreValues(doc: Y.Doc, id: string, now: Metric['values'], target: Metric['values']): void {
  const want = new Map(target.map((v) => [v.month, v.value]));
  for (const v of now) if (!want.has(v.month)) setMetricValueIn(doc, id, v.month, undefined);
  // By month, not by a search of every month held (a partner may write 10,000 of them): linear.
  const held = new Map(now.map((v) => [v.month, v.value]));
  for (const [month, value] of want) if (!held.has(month) || held.get(month) !== value) setMetricValueIn(doc, id, month, value);
}
