import * as Y from 'yjs';
import { meterRetries } from '../../../../renderer/sync/pending-work';
import { PENDING_LIMITS, watchPending } from '../../../../renderer/sync/wire-pending';

/** A wire watched as the bridge watches it, on a clock the test moves, with the bytes retried metered apart. */
export function watchedWire() {
  const wire = new Y.Doc();
  const clock = { t: 0 };
  const reasons: string[] = [];
  watchPending(wire, (r) => reasons.push(r), PENDING_LIMITS, () => clock.t);
  const work = { retried: 0 };
  meterRetries(wire, { maxBytes: Infinity, drainBytesPerSecond: 0 }, ({ retried }) => (work.retried += retried), () => clock.t);
  return { wire, clock, reasons, work };
}
