import { useEffect, useState } from 'react';

/** However the page is shown (a hidden window gets no frames), deferred work runs by then. */
const AT_THE_LATEST_MS = 250;

/**
 * Runs `task` once the browser has painted what is on screen now (a frame, then a task, so
 * the paint happens in between), or after AT_THE_LATEST_MS when no frame comes. Returns a cancel.
 */
export function afterPaint(task: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(run, 0))) : undefined;
  const latest = setTimeout(run, AT_THE_LATEST_MS);
  return () => {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(latest);
  };
}

/** False on the first render, true once it was painted: heavy parts (charts) come after the text. */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => setPainted(true)), []);
  return painted;
}
