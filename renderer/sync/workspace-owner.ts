import * as Y from 'yjs';
import type { DocStore } from './doc-persistence';
import { persistDoc } from './doc-persistence';
import { createUndoManager, seedIfEmpty } from './workspace-doc';
import { migrateListCells } from './workspace-list-migration';
import { seedGapFixes } from './workspace-gap-fixes';
import { watchMassDeletes, type MassDeleteWatch } from './workspace-mass-delete';
import { PEER_ORIGIN } from './peer-guard';
import { OTHER_TAB_ORIGIN } from './other-tab-origin';
import { replacedInStorage } from './restore-epoch';
import { keepVersions, type VersionKeeper, type VersionReason } from './workspace-versions';
import { restoreWorkspaceFromUpdate } from './workspace-restore';
import { adoptStored } from './own-writes';
import { adoptStoredParked } from './own-parked';
import { readOffsite } from './offsite-capture';
import { watchOwnRemovals, type OwnRemovalWatch } from './own-removals';
import { watchAgreementsSeen } from './agreement-seen';

/**
 * The one owner of the workspace Y.Doc. Opened once per app run, persisted in
 * the local DocStore under id 'workspace', seeded with the Series A defaults.
 * The network layer attaches to `getWorkspaceDoc()`; nothing here talks to peers.
 */
export const WORKSPACE_DOC_ID = 'workspace';

export type SaveState = 'saved' | 'saving' | 'error';

export interface OpenWorkspace {
  doc: Y.Doc;
  undo: Y.UndoManager;
  /** A partner's change that removed many items: flagged, restorable in one step. */
  massDeletes: MassDeleteWatch;
  /** A partner's change that removed a capture or parked item this laptop wrote: listed, restorable one by one. */
  ownRemovals: OwnRemovalWatch;
  /** Kept versions (absent when the store keeps none). */
  versions?: VersionKeeper;
  /** Keeps the current state, then makes the workspace read as version `id` (one undoable edit). */
  restoreVersion(id: string): Promise<void>;
  /** Autosave state of the local copy; the listener is called on every change. */
  saveState(): { state: SaveState; error?: string };
  onSaveState(listener: (s: { state: SaveState; error?: string }) => void): () => void;
  /** Flushes pending saves and releases the doc (tests, app shutdown). */
  close(): Promise<void>;
  /** Never writes again, not even what is pending (see abandonWorkspace). */
  abandon(): void;
}

let opening: Promise<OpenWorkspace> | undefined;
let current: OpenWorkspace | undefined;

export function getWorkspaceDoc(): Y.Doc | undefined {
  return current?.doc;
}

/** The open workspace's kept versions (undefined when none is open or its store keeps none). */
export function getWorkspaceVersions(): VersionKeeper | undefined {
  return current?.versions;
}

export function openWorkspace(docStore: DocStore, now: () => Date = () => new Date()): Promise<OpenWorkspace> {
  opening ??= open(docStore, now).catch((e: unknown) => {
    opening = undefined;
    throw e;
  });
  return opening;
}

async function open(docStore: DocStore, now: () => Date): Promise<OpenWorkspace> {
  const doc = new Y.Doc();
  let state: { state: SaveState; error?: string } = { state: 'saved' };
  const listeners = new Set<(s: typeof state) => void>();
  const emit = (next: typeof state) => {
    state = next;
    for (const l of listeners) l(state);
  };
  // An edit made since the save in progress began: that save does not make it "saved".
  // Stryker disable next-line BooleanLiteral: every save sets it false before reading it
  let dirty = false;
  // Reports each save; never rethrows, so one failed write does not stop later ones.
  // persistDoc saves one after another, so at most one save is in flight.
  const report = async (write: () => Promise<void>) => {
    dirty = false;
    try {
      await write();
      if (!dirty) emit({ state: 'saved' });
    } catch (e) {
      emit({ state: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  };
  const merged = docStore.saveMerged?.bind(docStore);
  const watched: DocStore = {
    load: (id) => docStore.load(id),
    loadWithEpoch: docStore.loadWithEpoch?.bind(docStore),
    saveNow: (id, update, epoch) => docStore.saveNow?.(id, update, epoch) ?? false,
    save: (id, update, meta) => report(() => docStore.save(id, update, meta)),
    saveMerged: merged && ((id, merge, meta) => report(() => merged(id, merge, meta))),
  };
  // Loads the stored state (origin 'persistence') before the listener below is attached. In
  // browser mode a second tab may hold the workspace too: saves merge with what it saved, and
  // each tab takes in the other's saves as they land (acrossTabs in doc-persistence.ts).
  const stopPersisting = await persistDoc(doc, WORKSPACE_DOC_ID, watched, undefined, {
    savesAtOnce: (origin) => origin === PEER_ORIGIN,
    // Browser mode only: Electron has one window (single-instance lock, new windows denied), so
    // there a save need not read the stored row first (~1 ms at 720 KB, ~50 ms at the 32 MB bound).
    // A save finding the workspace replaced by another tab's backup restore writes nothing; this
    // page then stops its writers and reloads, as when told of the restore (restore-tabs.ts).
    acrossTabs: typeof window === 'undefined' || (window as { accord?: unknown }).accord ? undefined : { channel: 'accord.workspace', onReplaced: replacedInStorage },
  });
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    // Another tab's saved changes, taken in: already on disk, nothing for this tab to save.
    if (origin === 'persistence' || origin === OTHER_TAB_ORIGIN) return;
    dirty = true;
    if (state.state !== 'saving') emit({ state: 'saving' });
  });
  seedIfEmpty(doc, now());
  seedGapFixes(doc);
  migrateListCells(doc);
  // The stored doc, before any partner is connected this run: what it holds was written here or
  // came before this laptop kept a record of its own captures (own-writes.ts); an entry of an
  // earlier version (the body's hash only) takes the stored record's hash.
  if (typeof localStorage !== 'undefined') {
    adoptStored(() => readOffsite(doc).captures);
    adoptStoredParked(() => readOffsite(doc).parked);
  }
  // From the stored state on, before any partner is connected: when this laptop first sees each
  // agreement completed, the day it is dated and filed by (agreement-seen.ts).
  const seen = typeof localStorage !== 'undefined' ? watchAgreementsSeen(doc, { now }) : undefined;
  const undo = createUndoManager(doc);
  const massDeletes = watchMassDeletes(doc, { origin: PEER_ORIGIN, localUndo: undo });
  const ownRemovals = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now });
  // Attached after the seed and the migrations above: those are not edits worth a version.
  const versions = docStore.versions ? keepVersions(doc, docStore.versions, WORKSPACE_DOC_ID, { now }) : undefined;
  // A baseline to go back to; an unchanged workspace adds no new version.
  void versions?.snapshot('open').catch(() => undefined);
  const ws: OpenWorkspace = {
    doc,
    undo,
    massDeletes,
    ownRemovals,
    versions,
    async restoreVersion(id) {
      const v = await versions?.get(id);
      if (!v) throw new Error('That version is no longer kept.');
      await versions!.snapshot('before-restore');
      undo.stopCapturing();
      restoreWorkspaceFromUpdate(doc, v.update);
      undo.stopCapturing();
      // What the notice of a paced wipe asked for: the state it pointed to is back.
      massDeletes.dismissPaced();
    },
    saveState: () => state,
    onSaveState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    abandon() {
      stopPersisting.abandon();
      if (current === ws) {
        current = undefined;
        opening = undefined;
      }
    },
    async close() {
      await stopPersisting();
      massDeletes.destroy();
      ownRemovals.destroy();
      seen?.destroy();
      versions?.destroy();
      undo.destroy();
      doc.destroy();
      // A stale handle closed late leaves the workspace opened since then alone.
      if (current === ws) {
        current = undefined;
        opening = undefined;
      }
    },
  };
  current = ws;
  return ws;
}

/**
 * Saves what is pending and stops the open workspace (if any) from saving again. A backup
 * restore calls it before writing: a save scheduled by a late edit (a partner's, above all)
 * would otherwise write the old workspace back over the restored one before the page reloads.
 * The next openWorkspace opens it again from storage.
 */
export async function closeWorkspace(): Promise<void> {
  const ws = current ?? (await opening?.catch(() => undefined));
  await ws?.close();
}

/**
 * Stops the open workspace (if any) from writing ever again, without saving what is pending: another
 * tab is replacing everything with a backup, and this tab's copy — saved, even merged, after that
 * write — would bring the old workspace back. The page reloads once the restore is done.
 */
export async function abandonWorkspace(): Promise<void> {
  const ws = current ?? (await opening?.catch(() => undefined));
  ws?.abandon();
}

/**
 * Keeps a version of the workspace now (connect, disconnect, before a backup restore).
 * Uses the open workspace; when none is open, the stored state in `docStore`.
 * Resolves false when nothing was kept (no change since the newest version, or no store).
 */
export async function snapshotWorkspace(reason: VersionReason, docStore?: DocStore): Promise<boolean> {
  if (current?.versions) return current.versions.snapshot(reason);
  if (!docStore?.versions) return false;
  const stored = await docStore.load(WORKSPACE_DOC_ID);
  if (!stored) return false;
  // A scratch doc no one else holds: it and its keeper go with this call.
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, stored);
  return keepVersions(scratch, docStore.versions, WORKSPACE_DOC_ID).snapshot(reason);
}
