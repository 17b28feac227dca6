import { useEffect, useState } from 'react';
import { useCompareStore } from './compare-store';

/** However long the partner takes, heavy rendering waits no longer than this. */
const AT_MOST_MS = 1000;

/**
 * False while this laptop owes its partner the next protocol message: it has committed and
 * acknowledged and waits for the partner's acknowledgement, to answer it with its reveal.
 * That window lasts a few network hops; a chart compiled and drawn in it (the results page
 * right after sealing) holds the answer back by as long, on the partner's screen. Heavy,
 * optional rendering waits for it — never longer than AT_MOST_MS.
 */
export function useRevealWindowClosed(): boolean {
  const owing = useCompareStore((s) => s.protocol?.phase === 'waiting-ack');
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    if (!owing) return;
    const timer = setTimeout(() => setExpired(true), AT_MOST_MS);
    return () => clearTimeout(timer);
  }, [owing]);
  return !owing || expired;
}
