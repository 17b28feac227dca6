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
    if (now.reliabilityMinutesPerQuarter !== risk.reliabilityMinutesPerQuarter) setRiskField(doc, 'reliabilityMinutesPerQuarter', risk.reliabilityMinutesPerQuarter);
    if (now.deliverySlipPercent !== risk.deliverySlipPercent) setRiskField(doc, 'deliverySlipPercent', risk.deliverySlipPercent);
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
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, update);
    const target = projectWorkspace(scratch);
    local(doc, () => {
      restoreWorkspaceTo(doc, target);
      for (const name of Object.keys(RECORD_ROOTS)) restoreRecordMap(doc.getMap(name), scratch.getMap(name));
    });
  } finally {
    scratch.destroy();
  }
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
      // Stryker disable next-line BlockStatement: `continue` is the loop body's last statement; the branch only keeps the next one out
    } else if (want instanceof Y.AbstractType) {
      // Record maps hold plain values; a nested type came from a peer and is not restored.
      continue;
    } else if (have instanceof Y.AbstractType || JSON.stringify(have) !== JSON.stringify(want)) {
      now.set(key, structuredClone(want));
    }
  }
}

export function workspaceOfUpdate(update: Uint8Array): Workspace {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, update);
    return projectWorkspace(scratch);
  } finally {
    scratch.destroy();
  }
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
  const missing = target.filter((t) => !current.has(t.id));
  // Few missing items go back in place one by one; many (a wiped log) in one pass.
  const batch = missing.length > 20;
  target.forEach((item, index) => {
    const now = current.get(item.id);
    if (!now) {
      if (batch) itemsOf(doc, list).set(item.id, itemToY(list, item as never));
      else addItem(doc, list, item as never, index);
      return;
    }
    for (const key of new Set([...Object.keys(item), ...Object.keys(now)])) {
      if (key === 'id' || JSON.stringify(item[key]) === JSON.stringify(now[key])) continue;
      if (list === 'metrics' && key === 'values') restoreValues(doc, item.id, (now.values ?? []) as Metric['values'], (item.values ?? []) as Metric['values']);
      else setItemField(doc, list, item.id, key as never, item[key]);
    }
  });
  const targetIds = target.map((t) => t.id);
  let ids = orderedIds(doc, list);
  if (ids.join('\u0000') === targetIds.join('\u0000')) return;
  if (batch) {
    const order = orderOf(doc, list);
    order.delete(0, order.length);
    order.insert(0, targetIds);
    return;
  }
  // Order last, and only where it differs.
  targetIds.forEach((id, index) => {
    if (ids[index] !== id) {
      moveItem(doc, list, id, index);
      ids = orderedIds(doc, list);
    }
  });
}

function restoreValues(doc: Y.Doc, id: string, now: Metric['values'], target: Metric['values']): void {
  const want = new Map(target.map((v) => [v.month, v.value]));
  for (const v of now) if (!want.has(v.month)) setMetricValueIn(doc, id, v.month, undefined);
  for (const [month, value] of want) if (!now.some((v) => v.month === month && v.value === value)) setMetricValueIn(doc, id, month, value);
}
