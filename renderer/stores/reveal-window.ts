import { useEffect, useState } from 'react';
import { useCompareStore } from './compare-store';

/** However long the partner takes, heavy rendering waits no longer than this. */
const AT_MOST_MS = 1000;

/** Phases in which this laptop's reveal is the next message the partner waits for. */
const isOwingPhase = (phase: string | undefined) => phase === 'waiting-ack' || phase === 'storing-seal' || phase === 'storing-commitments';
const owing = () => isOwingPhase(useCompareStore.getState().protocol?.phase);

/**
 * False while this laptop owes its partner the next protocol message: it has committed and
 * acknowledged and waits for its own seal, or the partner's commitment, to be stored (or, with
 * "reveal together", for the partner's acknowledgement), to send its reveal.
 * That window lasts a few network hops; a chart compiled and drawn in it (the results page
 * right after sealing) holds the answer back by as long, on the partner's screen. Heavy,
 * optional rendering waits for it — never longer than AT_MOST_MS.
 */
export function useRevealWindowClosed(): boolean {
  const isOwing = useCompareStore((s) => isOwingPhase(s.protocol?.phase));
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    if (!isOwing) return;
    const timer = setTimeout(() => setExpired(true), AT_MOST_MS);
    return () => clearTimeout(timer);
  }, [isOwing]);
  return !isOwing || expired;
}

/**
 * Resolves once this laptop no longer owes its partner a protocol message (at once when it
 * does not), or after `atMostMs`: a page change right after sealing (the results page) waits
 * for it, so its render does not stand between the partner's acknowledgement and our reveal.
 */
export function revealWindowClosed(atMostMs = AT_MOST_MS): Promise<void> {
  if (!owing()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, atMostMs);
    const unsubscribe = useCompareStore.subscribe(() => {
      if (!owing()) done();
    });
  });
}
