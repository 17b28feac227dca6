import { pauseForRestore } from './compare-store';
import { abandonWorkspace, closeWorkspace } from '../sync/workspace-owner';

/**
 * Everything that writes to the stored data on its own, stopped before a backup restore writes
 * (BackupRepository's beforeWrite): the comparison session and the workspace's network first
 * (a partner's change would otherwise reach the workspace or the comparison doc mid-restore),
 * then the open workspace. Each saves what is pending before it stops, so a failed restore loses
 * nothing; the page reloads after the restore and everything opens again from storage.
 * Resolves with whether a live comparison was stopped, so the user can be told.
 * `discardWorkspace`: in a tab other than the one restoring, before a Replace (restore-tabs.ts):
 * its pending workspace edits are dropped, not saved, as its save may land after the restore's.
 */
export async function stopWritersForRestore(opts: { discardWorkspace?: boolean } = {}): Promise<{ comparisonStopped: boolean }> {
  // Dropped first: nothing of this tab's may be written from now on, whatever leaving the room takes.
  if (opts.discardWorkspace) await abandonWorkspace();
  const { wasLive } = await pauseForRestore();
  if (!opts.discardWorkspace) await closeWorkspace();
  return { comparisonStopped: wasLive };
}
