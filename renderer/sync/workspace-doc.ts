/* eslint-disable @typescript-eslint/no-explicit-any */
import * as Y from 'yjs';
import type { ArtifactKey, Meeting, RiskBudgets, Workspace } from '../../shared/workspace/types';
import { ARTIFACT_KEYS } from '../../shared/workspace/types';
import { DEFAULT_LINKED_GAPS, defaultWorkspace } from '../../shared/framework/workspace-defaults';
import { parseWorkspace } from '../../shared/workspace/validate';
import { readListCell } from './workspace-lists';
import { contentClientId } from './content-client-id';
import { LIST_KEYS, itemToY, numberOf, yToItem, type ListItemTypes, type ListKey } from './workspace-items';

/**
 * The workspace as one Y.Doc, shaped so concurrent edits on two laptops merge:
 *
 *   <list>        Y.Map<id, Y.Map<field, value>>   items (matrix, ladder, cadence, metrics, dependencies, log)
 *   <list>.order  Y.Array<string>                  display order (may hold duplicates after concurrent
 *                                                  moves; every read de-duplicates, first one wins)
 *   riskBudgets   Y.Map<field, value>              scalars + securityBlockingClasses (Y.Array)
 *   riskBudgets.flow0..2, dependencies.roadmapItem Y.Text
 *   linkedGaps    Y.Map<ArtifactKey, Y.Array<string>>
 *
 * Free-text fields are Y.Text (two people typing in one cell keep both edits);
 * list-valued cells are Y.Array<string> (two people adding to one list keep both
 * items; see workspace-lists); other fields are plain values (last writer wins per
 * field, so edits to different fields of one item both survive). Every container
 * that must exist is a root type, so no two peers can ever create competing
 * containers — except list cells, which the seed writes as plain arrays (its bytes
 * never change) and `migrateListCells` then converts deterministically.
 *
 * Seeding: the Series A defaults are written by a throw-away doc whose client id
 * is a hash of the seed content. Two laptops seeding independently therefore
 * produce byte-identical operations, which Yjs treats as the same ones: no
 * duplicate rows. Only meeting dates depend on "now"; they are set afterwards
 * as ordinary last-writer-wins fields.
 */

export { LIST_KEYS, LIST_FIELDS, TEXT_FIELDS, itemToY, type ListItemTypes, type ListKey } from './workspace-items';

export const RISK_LIST_FIELDS = ['securityBlockingClasses'] as const;

export const RISK = 'riskBudgets';
export const ROADMAP_ITEM = 'dependencies.roadmapItem';
export const LINKED_GAPS = 'linkedGaps';
export const flowKey = (i: number) => `riskBudgets.flow${i}`;
export const orderKey = (list: ListKey) => `${list}.order`;

/** Transactions with this origin are the user's own edits: the undo manager tracks only these. */
export const LOCAL_ORIGIN = 'workspace-local';
const SEED_ORIGIN = 'workspace-seed';

/** The gaps each artifact addresses, as a starting point (shared: agreements compare links to it). */
export { DEFAULT_LINKED_GAPS };

// ---------------------------------------------------------------- access

export function itemsOf(doc: Y.Doc, list: ListKey): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(list);
}
export function orderOf(doc: Y.Doc, list: ListKey): Y.Array<string> {
  return doc.getArray<string>(orderKey(list));
}

/** Display order: de-duplicated order entries that still exist, then any orphans by id. */
export function orderedIds(doc: Y.Doc, list: ListKey): string[] {
  const items = itemsOf(doc, list);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of orderOf(doc, list).toArray()) {
    if (!seen.has(id) && items.has(id)) {
      seen.add(id);
      out.push(id);
    }
  }
  const orphans = [...items.keys()].filter((id) => !seen.has(id)).sort();
  return out.concat(orphans);
}

/** Every root type of the workspace; the undo manager's scope. */
export function workspaceRoots(doc: Y.Doc): Y.AbstractType<any>[] {
  const roots: Y.AbstractType<any>[] = [];
  for (const list of LIST_KEYS) roots.push(itemsOf(doc, list), orderOf(doc, list));
  roots.push(doc.getMap(RISK), doc.getText(ROADMAP_ITEM), doc.getMap(LINKED_GAPS));
  for (let i = 0; i < 3; i++) roots.push(doc.getText(flowKey(i)));
  // The pair's fix per gap (workspace-gap-fixes.ts): edits there are undoable too.
  roots.push(doc.getMap('gapFixes'));
  return roots;
}

export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(workspaceRoots(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 400 });
}

/** Runs `fn` as one of the user's own edits (undoable). */
export const local = (doc: Y.Doc, fn: () => void) => doc.transact(fn, LOCAL_ORIGIN);

// ---------------------------------------------------------------- seeding

/** Writes the date-independent defaults into an empty doc. Deterministic. */
function writeSeed(doc: Y.Doc, ws: Workspace): void {
  doc.transact(() => {
    const lists: { [K in ListKey]: ListItemTypes[K][] } = {
      matrix: ws.matrix,
      ladder: ws.ladder,
      cadence: ws.cadence.map(({ firstDate: _ignored, ...m }) => m as Meeting),
      metrics: ws.metrics,
      dependencies: ws.dependencies.dependencies,
      log: ws.log,
    };
    for (const list of LIST_KEYS) {
      const items = itemsOf(doc, list);
      const order = orderOf(doc, list);
      for (const item of lists[list] as { id: string }[]) {
        items.set(item.id, itemToY(list, item as never, true));
      }
      order.push((lists[list] as { id: string }[]).map((i) => i.id));
    }
    const risk = doc.getMap(RISK);
    risk.set('reliabilityMinutesPerQuarter', ws.riskBudgets.reliabilityMinutesPerQuarter);
    risk.set('securityBlockingClasses', [...ws.riskBudgets.securityBlockingClasses]);
    risk.set('deliverySlipPercent', ws.riskBudgets.deliverySlipPercent);
    const gaps = doc.getMap(LINKED_GAPS);
    for (const key of ARTIFACT_KEYS) gaps.set(key, [...DEFAULT_LINKED_GAPS[key]]);
    doc.getMap('meta').set('seeded', 1);
  });
}

/**
 * The seed as one Yjs update, identical on every laptop running the same defaults — and its
 * bytes must never change while the defaults do not: a laptop on an earlier version seeded
 * with them, and other operations under the same (client, clock) pairs would corrupt merges.
 */
export function seedUpdate(): Uint8Array {
  // Dates are dropped from the seed, so any "now" gives the same content.
  const ws = defaultWorkspace(new Date(2000, 0, 1));
  const content = JSON.stringify({ ws: { ...ws, cadence: ws.cadence.map(({ firstDate: _d, ...m }) => m) }, gaps: DEFAULT_LINKED_GAPS });
  const seedDoc = new Y.Doc();
  // A content hash as client id: changed defaults in a later version never reuse the same (client, clock) pairs.
  seedDoc.clientID = contentClientId(content);
  writeSeed(seedDoc, ws);
  const update = Y.encodeStateAsUpdate(seedDoc);
  seedDoc.destroy();
  return update;
}

/**
 * Seeds the Series A defaults once. Safe to call on every open and on two
 * laptops independently: the seed operations are identical, so they merge into
 * one copy. Meeting dates are then filled in from `now` where still missing.
 */
export function seedIfEmpty(doc: Y.Doc, now: Date): void {
  if (doc.getMap('meta').get('seeded') === undefined) Y.applyUpdate(doc, seedUpdate(), SEED_ORIGIN);
  const dated = defaultWorkspace(now).cadence;
  const meetings = itemsOf(doc, 'cadence');
  doc.transact(() => {
    for (const m of dated) {
      const ym = meetings.get(m.id);
      if (ym && ym.get('firstDate') === undefined) ym.set('firstDate', m.firstDate);
    }
  }, SEED_ORIGIN);
}

// ---------------------------------------------------------------- projection

function readList<K extends ListKey>(doc: Y.Doc, list: K): ListItemTypes[K][] {
  const items = itemsOf(doc, list);
  // A row is a map; anything else a peer put in a list (a plain value, an array, a text) is no
  // row: it is not shown, so no editor ever writes into it as one.
  return orderedIds(doc, list).flatMap((id) => {
    const m: unknown = items.get(id);
    return m instanceof Y.Map ? [{ ...yToItem(list, m), id } as unknown as ListItemTypes[K]] : [];
  });
}

function readRisk(doc: Y.Doc): RiskBudgets {
  const risk = doc.getMap(RISK);
  return {
    reliabilityMinutesPerQuarter: numberOf(risk.get('reliabilityMinutesPerQuarter')),
    securityBlockingClasses: readListCell(risk.get('securityBlockingClasses')),
    deliverySlipPercent: numberOf(risk.get('deliverySlipPercent')),
    criticalFlows: [0, 1, 2].map((i) => doc.getText(flowKey(i)).toString()) as [string, string, string],
  };
}

function readLinkedGaps(doc: Y.Doc): Workspace['linkedGaps'] {
  const out: Partial<Record<ArtifactKey, string[]>> = {};
  for (const [key, v] of doc.getMap(LINKED_GAPS).entries()) {
    if ((ARTIFACT_KEYS as readonly string[]).includes(key)) out[key as ArtifactKey] = readListCell(v);
  }
  return out;
}

/** Section of the workspace each root type belongs to. */
function sectionOfRoot(name: string): keyof Omit<Workspace, 'version'> | undefined {
  const head = name.split('.')[0];
  // Stryker disable next-line StringLiteral,ConditionalExpression: 'dependencies' is also a list key: the last line gives the same section
  if (head === 'dependencies') return 'dependencies';
  if (head === RISK) return 'riskBudgets';
  if (head === LINKED_GAPS) return 'linkedGaps';
  return (LIST_KEYS as readonly string[]).includes(head) ? (head as keyof Workspace as 'matrix') : undefined;
}

function readSection(doc: Y.Doc, section: keyof Omit<Workspace, 'version'>): unknown {
  switch (section) {
    case 'riskBudgets':
      return readRisk(doc);
    case 'dependencies':
      return { roadmapItem: doc.getText(ROADMAP_ITEM).toString(), dependencies: readList(doc, 'dependencies') };
    case 'linkedGaps':
      return readLinkedGaps(doc);
    default:
      return readList(doc, section);
  }
}

const SECTIONS = ['matrix', 'ladder', 'cadence', 'riskBudgets', 'metrics', 'dependencies', 'log', 'linkedGaps'] as const;

/** Removes what a concurrent edit elsewhere can make dangling (meetings citing deleted rows). */
function normalise(ws: Workspace): Workspace {
  const rowIds = new Set(ws.matrix.map((r) => r.id));
  // Untouched when nothing dangles, so the projector keeps the cadence section's identity.
  if (!ws.cadence.some((m) => m.decisionTypes.some((id) => !rowIds.has(id)))) return ws;
  return { ...ws, cadence: ws.cadence.map((m) => ({ ...m, decisionTypes: m.decisionTypes.filter((id) => rowIds.has(id)) })) };
}

/** Raw plain projection of the doc (not validated). */
export function projectWorkspace(doc: Y.Doc): Workspace {
  const ws: Record<string, unknown> = { version: 1 };
  for (const s of SECTIONS) ws[s] = readSection(doc, s);
  return normalise(ws as unknown as Workspace);
}

/**
 * The workspace as plain data, validated with parseWorkspace. When the doc
 * holds something invalid (e.g. a meeting whose name was cleared), the raw
 * projection is returned and `workspaceIssues` lists what is wrong.
 */
export function readWorkspace(doc: Y.Doc): Workspace {
  const ws = projectWorkspace(doc);
  const parsed = parseWorkspace(ws);
  return parsed.ok ? parsed.value : ws;
}

export function workspaceIssues(ws: Workspace): string[] {
  const parsed = parseWorkspace(ws);
  return parsed.ok ? [] : parsed.errors;
}

/**
 * Incremental projection for the UI: re-reads only the sections whose root
 * types changed, so unchanged sections keep their identity (cheap re-renders,
 * and a 10,000-entry log is not rebuilt while someone edits the matrix).
 */
export function createProjector(doc: Y.Doc): { read(): Workspace; dispose(): void } {
  const dirty = new Set<string>(SECTIONS);
  let last: Workspace | undefined;
  const onAfter = (tr: Y.Transaction) => {
    // changedParentTypes holds every changed type and all its ancestors, so each changed root.
    for (const [name, root] of doc.share) {
      const s = tr.changedParentTypes.has(root) ? sectionOfRoot(name) : undefined;
      if (s) dirty.add(s);
    }
  };
  doc.on('afterTransaction', onAfter);
  return {
    read() {
      if (last && dirty.size === 0) return last;
      const next: Record<string, unknown> = { ...(last ?? { version: 1 }) };
      for (const s of dirty) next[s] = readSection(doc, s as (typeof SECTIONS)[number]);
      dirty.clear();
      last = normalise(next as unknown as Workspace);
      return last;
    },
    dispose() {
      doc.off('afterTransaction', onAfter);
    },
  };
}
