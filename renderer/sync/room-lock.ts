/**
 * One window per comparison room. Every page resumes the saved comparison, so two tabs (or
 * windows) of Accord would each run it: each its own WebRTC peer (the one-peer rule is per
 * window) and its own copy of the room's doc, a commitment write-once only within that copy.
 * A partner answering both could commit one thing to this window, read the reveal it sends,
 * then commit to the other something chosen after it — which that window would verify and
 * keep as the partner's round. A Web Lock per room, shared by every tab and window of this
 * browser profile, lets only one of them run the room.
 */

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockManagerLike {
  request(name: string, options: { signal: AbortSignal }, callback: (lock: unknown) => Promise<void> | void): Promise<unknown>;
}

export const ROOM_OPEN_ELSEWHERE =
  'This comparison is open in another Accord tab or window. It runs in one window at a time (each would hold its own copy of the room): use that one, or close it and reload this page.';

/**
 * How long a window waits for the room. A reloaded page's old document gives its lock back as it
 * goes, but that may reach the browser just after the new one asks: a short wait, not a refusal.
 */
export const ROOM_WAIT_MS = 3000;

const defaultLocks = (): LockManagerLike | undefined => (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;

/**
 * Holds the room for this window until the returned release is called; undefined when another
 * window still holds it after `waitMs`. Where the platform has no Web Locks (Node tests), every
 * window may run it.
 */
export function holdRoom(room: string, locks: LockManagerLike | undefined = defaultLocks(), waitMs = ROOM_WAIT_MS): Promise<(() => void) | undefined> {
  if (!locks) return Promise.resolve(() => {});
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const gaveUp = new AbortController();
  const timer = setTimeout(() => gaveUp.abort(), waitMs);
  return new Promise((resolve, reject) => {
    locks
      .request(`accord.compare.${room}`, { signal: gaveUp.signal }, () => {
        clearTimeout(timer);
        resolve(release);
        return held;
      })
      .catch((err: unknown) => {
        clearTimeout(timer);
        if (gaveUp.signal.aborted) resolve(undefined);
        else reject(err);
      });
  });
}
