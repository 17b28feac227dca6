import { pauseForRestore } from './compare-store';
import { closeWorkspace } from '../sync/workspace-owner';

/**
 * Everything that writes to the stored data on its own, stopped before a backup restore writes
 * (BackupRepository's beforeWrite): the comparison session and the workspace's network first
 * (a partner's change would otherwise reach the workspace or the comparison doc mid-restore),
 * then the open workspace. Each saves what is pending before it stops, so a failed restore loses
 * nothing; the page reloads after the restore and everything opens again from storage.
 * Resolves with whether a live comparison was stopped, so the user can be told.
 */
export async function stopWritersForRestore(): Promise<{ comparisonStopped: boolean }> {
  const { wasLive } = await pauseForRestore();
  await closeWorkspace();
  return { comparisonStopped: wasLive };
}
