/**
 * A backup restore in one tab, and the browser's other tabs of Accord (browser mode). The
 * restoring tab stops its own writers and reloads once done; another tab still holds the old
 * workspace, and its next save — merged with what is stored, see doc-persistence's acrossTabs —
 * would bring back what a Replace removed, and show the old data until reloaded. So the
 * restoring tab tells the others before it writes (they stop their writers: on a Replace without
 * saving what is pending, which the Replace would drop anyway) and when it is done or gone (they
 * reload from storage). A note can come too late (a save already started) or never reach a tab
 * (opened after it was sent): there the restore epoch in storage stops the save (restore-epoch.ts),
 * and this tab follows it as a Replace that is done.
 */
import type { RestoreMode } from '../../shared/backup/plan';
import { whenReplacedInStorage } from '../sync/restore-epoch';

export const RESTORE_CHANNEL = 'accord.restore';

/** 'writing': about to write (stop writing here); 'done': written, failed, or that tab went away (reload). */
export interface RestoreNote {
  restore: RestoreMode;
  phase: 'writing' | 'done';
}

/**
 * One channel per page, to tell and to hear: a BroadcastChannel never hears its own messages, so
 * the restoring tab does not follow its own restore.
 */
let pageChannel: BroadcastChannel | undefined;
const channel = () => (pageChannel ??= typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(RESTORE_CHANNEL));

export function tellOtherTabs(note: RestoreNote): void {
  channel()?.postMessage(note);
}

export interface FollowOptions {
  /** Stops this tab's writers (restore-writers.ts; loaded only when a restore happens). */
  stopWriters?: (mode: RestoreMode) => Promise<unknown>;
  reload?: () => void;
}

/** Installed once per page: follows a restore made in another tab. Returns the uninstall. */
export function followRestoresInOtherTabs({
  stopWriters = (mode) => import('./restore-writers').then((m) => m.stopWritersForRestore({ discardWorkspace: mode === 'replace' })),
  reload = () => location.reload(),
}: FollowOptions = {}): () => void {
  let stopping: Promise<unknown> | undefined;
  let reloading = false;
  const follow = ({ restore, phase }: Partial<RestoreNote>) => {
    if (restore !== 'merge' && restore !== 'replace') return;
    // Heard late ('done' first): stopped all the same, so the reload's pagehide writes nothing old.
    stopping ??= stopWriters(restore).catch(() => undefined);
    if (phase !== 'done' || reloading) return;
    reloading = true;
    void stopping.then(() => reload());
  };
  // The note may come too late, or never (a tab that opened the workspace after it was sent): a
  // save that finds the workspace replaced in storage (restore-epoch.ts) has written nothing, and
  // this tab follows it as a Replace that is done.
  const unfollowStorage = whenReplacedInStorage(() => follow({ restore: 'replace', phase: 'done' }));
  const heard = channel();
  if (!heard) return unfollowStorage;
  const onNote = (e: MessageEvent<RestoreNote>) => follow(e.data ?? {});
  heard.addEventListener('message', onNote);
  return () => {
    unfollowStorage();
    heard.removeEventListener('message', onNote);
  };
}
