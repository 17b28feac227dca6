import { storageErrorText } from '../data/storage-error';

/**
 * Serialises autosave writes so a slow write can never land after a newer one,
 * and reports the state the indicator shows.
 */
export type SaveState = 'saved' | 'saving' | 'error';

export function createSaveQueue(onState: (state: SaveState, error?: string) => void) {
  let tail: Promise<void> = Promise.resolve();
  let pending = 0;
  const settle = (run: Promise<void>) =>
    run.then(
      () => {
        pending--;
        if (pending === 0) onState('saved');
      },
      (err: unknown) => {
        pending--;
        // In the user's words ("the disk is full", not Dexie's doubled quota message).
        onState('error', storageErrorText(err));
      },
    );
  return {
    /**
     * Queue a write. With nothing in flight it starts in the calling task: a seal's write is
     * then under way in IndexedDB before the live comparison publishes and the page renders.
     */
    push(write: () => Promise<void>): Promise<void> {
      const idle = pending === 0;
      pending++;
      onState('saving');
      if (idle) {
        let started: Promise<void>;
        try {
          started = write();
        } catch (err) {
          started = Promise.reject(err);
        }
        tail = settle(started);
      } else {
        tail = settle(tail.then(write));
      }
      return tail;
    },
    idle(): Promise<void> {
      return tail;
    },
  };
}
