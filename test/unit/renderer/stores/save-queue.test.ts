import { describe, expect, it } from 'vitest';
import { createSaveQueue, type SaveState } from '../../../../renderer/stores/save-queue';

const deferred = () => {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('the autosave queue', () => {
  it('with nothing in flight, a write starts in the calling task', () => {
    const queue = createSaveQueue(() => undefined);
    let started = false;
    void queue.push(async () => void (started = true));
    expect(started).toBe(true);
  });

  it('a write queued behind one in flight starts only after it, whatever order they finish in', async () => {
    const states: SaveState[] = [];
    const queue = createSaveQueue((s) => states.push(s));
    const first = deferred();
    const order: string[] = [];
    void queue.push(() => first.promise.then(() => void order.push('first')));
    let secondStarted = false;
    const second = queue.push(async () => {
      secondStarted = true;
      order.push('second');
    });
    await Promise.resolve();
    expect(secondStarted).toBe(false);
    first.resolve();
    await second;
    expect(order).toEqual(['first', 'second']);
    expect(states.at(-1)).toBe('saved');
  });

  it('a write that throws before returning a promise is an error state, not an exception at the caller', async () => {
    const states: [SaveState, string | undefined][] = [];
    const queue = createSaveQueue((s, e) => states.push([s, e]));
    const done = queue.push(() => {
      throw new Error('disk full');
    });
    await done;
    expect(states.at(-1)).toEqual(['error', 'disk full']);
    // The queue goes on: the next write starts and settles.
    await queue.push(async () => undefined);
    expect(states.at(-1)).toEqual(['saved', undefined]);
  });

  it('a full disk is reported in the user’s words, not as Dexie’s doubled quota message', async () => {
    const states: [SaveState, string | undefined][] = [];
    const queue = createSaveQueue((s, e) => states.push([s, e]));
    const quota = Object.assign(new Error('The quota has been exceeded. QuotaExceededError: The quota has been exceeded.'), { name: 'AbortError', inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
    await queue.push(() => Promise.reject(quota));
    expect(states.at(-1)).toEqual(['error', 'the disk is full']);
  });

  it('a failed write does not stop the ones queued behind it', async () => {
    const queue = createSaveQueue(() => undefined);
    const first = deferred();
    void queue.push(() => first.promise);
    let ran = false;
    const second = queue.push(async () => void (ran = true));
    first.reject(new Error('quota'));
    await second;
    expect(ran).toBe(true);
  });
});
