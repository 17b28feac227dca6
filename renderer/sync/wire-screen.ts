import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/**
 * What a partner's message must look like before y-webrtc (or the relay) applies it to the
 * wire doc — the one step that runs before the peer guard sees anything.
 *
 * - Only y-protocols sync messages pass. Accord reads no awareness, yet y-webrtc stores every
 *   awareness state a peer sends and answers each "query awareness" by encoding them all: a
 *   modified page could grow memory and CPU without limit through them. Honest peers send
 *   awareness too (y-webrtc's default), so other types are dropped, not refused.
 * - A delete set must be in Yjs's normal form (each client once, ranges sorted and apart), as
 *   every honest encoder writes it. Deleting what is deleted already changes nothing, so it
 *   fires no update and no guard ever sees it; but applying it walks every item in every
 *   range: 16,000 copies of one range over 20,000 tombstones cost 3 s per 64 KB message. In
 *   normal form a message walks each item at most once.
 */

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type Screened = { pass: true } | { pass: false; refuse?: string };

/** Why a Yjs update's delete set is not in normal form; undefined when it is (or it does not decode: applying it fails harmlessly). */
export function deleteSetProblem(update: Uint8Array): string | undefined {
  let ds: ReturnType<typeof Y.decodeUpdate>['ds'];
  try {
    ds = Y.decodeUpdate(update).ds;
  } catch {
    return undefined;
  }
  for (const [client, ranges] of ds.clients) {
    for (let i = 1; i < ranges.length; i++) {
      const prev = ranges[i - 1];
      if (ranges[i].clock < prev.clock + prev.len) return `your partner's laptop sent deletions that repeat or overlap one another (writer ${client})`;
    }
  }
  return undefined;
}

/** A y-webrtc message from a peer: sync messages pass once their update's delete set is in normal form; other kinds are dropped. */
export function screenPeerMessage(message: Uint8Array): Screened {
  try {
    const d = decoding.createDecoder(message);
    if (decoding.readVarUint(d) !== MESSAGE_SYNC) return { pass: false };
    const kind = decoding.readVarUint(d);
    if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return { pass: true };
    const problem = deleteSetProblem(decoding.readVarUint8Array(d));
    return problem ? { pass: false, refuse: problem } : { pass: true };
  } catch {
    return { pass: false };
  }
}
