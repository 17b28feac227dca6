import type { LockManagerLike } from '../../../../renderer/sync/room-lock';

/**
 * The Web Locks API as one browser profile has it: one holder per name, shared by every window;
 * a request waits for the holder to let go, or until its signal aborts (an AbortError).
 */
export function profileLocks(): LockManagerLike & { held: Set<string> } {
  const held = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  const handBack = (name: string) => {
    held.delete(name);
    waiting.get(name)?.shift()?.();
  };
  return {
    held,
    request(name, { signal }, callback) {
      return new Promise((resolve, reject) => {
        const grant = () => {
          held.add(name);
          Promise.resolve(callback({ name }))
            .finally(() => handBack(name))
            .then(resolve, reject);
        };
        if (!held.has(name)) return grant();
        const queue = waiting.get(name) ?? [];
        waiting.set(name, queue);
        const onAbort = () => {
          queue.splice(queue.indexOf(next), 1);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        };
        const next = () => {
          signal.removeEventListener('abort', onAbort);
          grant();
        };
        signal.addEventListener('abort', onAbort);
        queue.push(next);
      });
    },
  };
}
