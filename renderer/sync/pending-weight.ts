import * as Y from 'yjs';

/**
 * What the changes Yjs keeps waiting weigh: their size in Yjs's update format v1, the format
 * partners' updates arrive in (y-webrtc and the relay), so about the bytes of the updates that fed
 * them. Yjs keeps them in its compact v2 encoding instead, whose run-length columns shrink
 * repetitive changes to almost nothing: 100,000 one-character items typed backwards and deleted
 * arrive as 0.98 MB and wait as ~100 bytes, yet every retry decodes, tries and re-encodes each of
 * them (50–90 ms on a 2-core laptop). What a retry costs follows the number of changes, and v1
 * spends bytes on every one (at least 2, ~10 for those), so its size bounds it where v2's cannot.
 *
 * Not the incoming bytes themselves: the wire doc never sees them (y-webrtc and the relay apply them
 * directly), and counting raw messages can be dodged by interleaving the parts of a split one.
 *
 * Measured once per pending update (kept by identity): a conversion that reads every change once,
 * done only when Yjs has just replaced the update, which it does by reading every change too (for
 * those 100,000, 25 ms against Yjs's 60 per retry); the retry budget counts those replacements, so
 * the weighing is bounded with them. Never less than the update's own bytes.
 */
const weights = new WeakMap<Uint8Array, number>();

export function pendingWeight(update: Uint8Array): number {
  let weight = weights.get(update);
  // Stryker disable next-line ConditionalExpression: the cache only; weighing again gives the same weight (Yjs never changes an update's bytes)
  if (weight === undefined) {
    let v1 = 0;
    try {
      v1 = Y.convertUpdateFormatV2ToV1(update).byteLength;
    } catch {
      /* Yjs wrote it, so it decodes; if it ever did not, its own bytes are the weight */
    }
    weight = Math.max(v1, update.byteLength);
    weights.set(update, weight);
  }
  return weight;
}
