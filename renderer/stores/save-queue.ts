/**
 * Serialises autosave writes so a slow write can never land after a newer one,
 * and reports the state the indicator shows.
 */
export type SaveState = 'saved' | 'saving' | 'error';

export function createSaveQueue(onState: (state: SaveState, error?: string) => void) {
  let tail: Promise<void> = Promise.resolve();
  let pending = 0;
  return {
    push(write: () => Promise<void>): Promise<void> {
      pending++;
      onState('saving');
      tail = tail
        .then(write)
        .then(
          () => {
            pending--;
            if (pending === 0) onState('saved');
          },
          (err: unknown) => {
            pending--;
            onState('error', err instanceof Error ? err.message : String(err));
          },
        );
      return tail;
    },
    idle(): Promise<void> {
      return tail;
    },
  };
}
