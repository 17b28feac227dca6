import { create } from 'zustand';
import type { ArtifactKey, Dependency, LogEntry, Metric, Workspace } from '../../shared/workspace/types';
import { services } from './services';
import { openWorkspace, type OpenWorkspace, type SaveState } from '../sync/workspace-owner';
import { createProjector, readWorkspace, type ListItemTypes, type ListKey } from '../sync/workspace-doc';
import type { MassDelete, PacedRemoval } from '../sync/workspace-mass-delete';
import type { OwnRemoval } from '../../shared/offsite/removed-own';
import type { VersionMeta } from '../sync/workspace-versions';
import { workspaceOfUpdate } from '../sync/workspace-restore';
import { describeVersionDiff } from '../../shared/workspace/change-summary';
import {
  addDependencyItem,
  addItem,
  addLogEntries,
  addMetricItem,
  moveItem,
  removeItem,
  setCriticalFlow,
  setItemField,
  setLinkedGaps,
  setMetricValueIn,
  setRiskField,
  setRoadmapItem,
} from '../sync/workspace-mutations';

/**
 * Thin store over the workspace Y.Doc: it holds only the plain projection,
 * and every action is one call into workspace-doc. Contract used elsewhere:
 * `await useWorkspaceStore.getState().load()` then read `.workspace`.
 */
export interface WorkspaceStore {
  workspace?: Workspace;
  ready: boolean;
  loadError?: string;
  saveState: SaveState;
  saveError?: string;
  canUndo: boolean;
  canRedo: boolean;
  /** A partner's change that removed many items, until restored or dismissed. */
  massDelete?: MassDelete;
  /** A partner's removals a few per change, adding up past the threshold (workspace-mass-delete). */
  pacedRemoval?: PacedRemoval;
  restoreMassDelete(): void;
  dismissMassDelete(): void;
  dismissPacedRemoval(): void;
  /** Captures and parked items this laptop wrote that a partner's change removed (own-removals.ts), oldest first. */
  ownRemovals: readonly OwnRemoval[];
  /** How many more the partner's laptop removed than that list holds (pushed out of it). */
  ownRemovalsUnlisted: number;
  /** Writes one back as it was (removalKey); false when it is no longer listed. */
  restoreOwnRemoval(key: string): boolean;
  dismissOwnRemoval(key: string): void;
  dismissUnlistedOwnRemovals(): void;
  /** Kept versions, newest first ([] when none are kept). */
  listVersions(): Promise<VersionMeta[]>;
  /** How a version differs from the workspace now, in plain words. */
  describeVersion(id: string): Promise<string>;
  restoreVersion(id: string): Promise<void>;
  saveVersion(): Promise<boolean>;
  load(): Promise<void>;
  undo(): void;
  redo(): void;
  /** Ends the current undo group so the next edit is undone separately. */
  checkpoint(): void;
  setField<K extends ListKey>(list: K, id: string, field: Exclude<keyof ListItemTypes[K] & string, 'id'>, value: unknown): void;
  addItem<K extends ListKey>(list: K, item: ListItemTypes[K], index?: number): void;
  removeItem(list: ListKey, id: string): void;
  moveItem(list: ListKey, id: string, toIndex: number): void;
  /** Returns an error message when refused (at most 8 metrics). */
  addMetric(metric: Metric): string | undefined;
  setMetricValue(metricId: string, month: string, value: number | undefined): void;
  /** Returns an error message when refused (at most 10 dependencies). */
  addDependency(dep: Dependency): string | undefined;
  setRoadmapItem(value: string): void;
  setCriticalFlow(index: 0 | 1 | 2, value: string): void;
  setRisk(field: 'reliabilityMinutesPerQuarter' | 'deliverySlipPercent' | 'securityBlockingClasses', value: number | string[]): void;
  setLinkedGaps(artifact: ArtifactKey, statementIds: string[]): void;
  addLogEntries(entries: readonly LogEntry[]): void;
}

let owner: OpenWorkspace | undefined;
let loading: Promise<void> | undefined;

export const useWorkspaceStore = create<WorkspaceStore>((set) => {
  const withDoc = (fn: (ws: OpenWorkspace) => void) => {
    if (owner) fn(owner);
  };
  return {
    ready: false,
    saveState: 'saved',
    canUndo: false,
    canRedo: false,
    ownRemovals: [],
    ownRemovalsUnlisted: 0,

    load() {
      loading ??= (async () => {
        try {
          const ws = await openWorkspace(services().docs);
          owner = ws;
          const projector = createProjector(ws.doc);
          const refreshUndo = () => set({ canUndo: ws.undo.canUndo(), canRedo: ws.undo.canRedo() });
          ws.doc.on('update', () => set({ workspace: projector.read() }));
          ws.undo.on('stack-item-added', refreshUndo);
          ws.undo.on('stack-item-popped', refreshUndo);
          ws.undo.on('stack-cleared', refreshUndo);
          ws.onSaveState((s) => set({ saveState: s.state, saveError: s.error }));
          ws.massDeletes.subscribe((flag) => set({ massDelete: flag }));
          ws.massDeletes.subscribePaced((paced) => set({ pacedRemoval: paced }));
          ws.ownRemovals.subscribe((list, unlisted) => set({ ownRemovals: list, ownRemovalsUnlisted: unlisted }));
          // First read is fully validated; later ones are incremental.
          readWorkspace(ws.doc);
          set({ workspace: projector.read(), ready: true, loadError: undefined, massDelete: ws.massDeletes.current(), pacedRemoval: ws.massDeletes.paced(), ownRemovals: ws.ownRemovals.current(), ownRemovalsUnlisted: ws.ownRemovals.unlisted(), ...ws.saveState() });
        } catch (e) {
          loading = undefined;
          set({ loadError: e instanceof Error ? e.message : String(e) });
        }
      })();
      return loading;
    },
    restoreMassDelete: () => withDoc((ws) => ws.massDeletes.restore()),
    dismissMassDelete: () => withDoc((ws) => ws.massDeletes.dismiss()),
    dismissPacedRemoval: () => withDoc((ws) => ws.massDeletes.dismissPaced()),
    restoreOwnRemoval: (key) => owner?.ownRemovals.restore(key) ?? false,
    dismissOwnRemoval: (key) => withDoc((ws) => ws.ownRemovals.dismiss(key)),
    dismissUnlistedOwnRemovals: () => withDoc((ws) => ws.ownRemovals.dismissUnlisted()),
    listVersions: async () => (await owner?.versions?.list()) ?? [],
    async describeVersion(id) {
      const v = await owner?.versions?.get(id);
      if (!v || !owner) return 'No longer kept.';
      return describeVersionDiff(workspaceOfUpdate(v.update), readWorkspace(owner.doc));
    },
    async restoreVersion(id) {
      if (!owner) throw new Error('The workspace is not open yet.');
      await owner.restoreVersion(id);
    },
    saveVersion: async () => (await owner?.versions?.snapshot('manual')) ?? false,
    undo: () => withDoc((ws) => ws.undo.undo()),
    redo: () => withDoc((ws) => ws.undo.redo()),
    checkpoint: () => withDoc((ws) => ws.undo.stopCapturing()),
    setField: (list, id, field, value) => withDoc((ws) => setItemField(ws.doc, list, id, field, value)),
    addItem: (list, item, index) =>
      withDoc((ws) => {
        ws.undo.stopCapturing();
        addItem(ws.doc, list, item, index);
        ws.undo.stopCapturing();
      }),
    removeItem: (list, id) =>
      withDoc((ws) => {
        ws.undo.stopCapturing();
        removeItem(ws.doc, list, id);
        ws.undo.stopCapturing();
      }),
    moveItem: (list, id, toIndex) =>
      withDoc((ws) => {
        ws.undo.stopCapturing();
        moveItem(ws.doc, list, id, toIndex);
        ws.undo.stopCapturing();
      }),
    addMetric(metric) {
      if (!owner) return 'The workspace is not open yet.';
      owner.undo.stopCapturing();
      const r = addMetricItem(owner.doc, metric);
      return r.ok ? undefined : r.error;
    },
    setMetricValue: (metricId, month, value) => withDoc((ws) => setMetricValueIn(ws.doc, metricId, month, value)),
    addDependency(dep) {
      if (!owner) return 'The workspace is not open yet.';
      owner.undo.stopCapturing();
      const r = addDependencyItem(owner.doc, dep);
      return r.ok ? undefined : r.error;
    },
    setRoadmapItem: (value) => withDoc((ws) => setRoadmapItem(ws.doc, value)),
    setCriticalFlow: (index, value) => withDoc((ws) => setCriticalFlow(ws.doc, index, value)),
    setRisk: (field, value) => withDoc((ws) => setRiskField(ws.doc, field, value)),
    setLinkedGaps: (artifact, ids) => withDoc((ws) => setLinkedGaps(ws.doc, artifact, ids)),
    addLogEntries: (entries) => withDoc((ws) => addLogEntries(ws.doc, entries)),
  };
});
