/**
 * What a partner's pending state costs (run: `npx tsx test/bench/pending-hostile.ts`), in-process, real Yjs.
 * The partner sends ~1 MB of changes that each build on one character it holds back, then the characters
 * one 12-byte message at a time: each one lets Yjs integrate one change and retry (decode, re-encode) all
 * the rest. Prints the cost per tiny message, and the work done until the wire's watch refuses the partner.
 */
import * as Y from 'yjs';
import { watchPending } from '../../renderer/sync/wire-pending';
import { heldBackChain } from '../unit/renderer/sync/y-crafted';

const pendingBytes = (doc: Y.Doc) => (doc.store as unknown as { pendingStructs: { update: Uint8Array } | null }).pendingStructs?.update.byteLength ?? 0;

function main() {
  const { held, keys } = heldBackChain(Number(process.env.STEPS ?? 200), Number(process.env.CHUNK ?? 440));
  console.log(`held ${held.byteLength} bytes, key message ${keys[1].byteLength} bytes`);

  // Before: nothing watches the work; time the first 20 tiny messages.
  const bare = new Y.Doc();
  Y.applyUpdate(bare, held);
  console.log(`pending after the held update: ${pendingBytes(bare)} bytes`);
  const times: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    Y.applyUpdate(bare, keys[k]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`unwatched: per tiny message median ${times[10].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[19].toFixed(0)}); pending still ${pendingBytes(bare)} bytes; ${keys.length} such messages ≈ ${((times[10] * keys.length) / 1000).toFixed(0)} s`);

  // After: the wire's watch, as the bridge attaches it.
  const wire = new Y.Doc();
  let refused: string | undefined;
  watchPending(wire, (r) => (refused = r));
  const start = performance.now();
  Y.applyUpdate(wire, held);
  let sent = 0;
  while (!refused && sent < keys.length) Y.applyUpdate(wire, keys[sent++]);
  const total = performance.now() - start;
  console.log(refused ? `watched: refused after ${sent} tiny messages, ${total.toFixed(0)} ms in all: ${refused}` : `watched: never refused; ${sent} tiny messages took ${total.toFixed(0)} ms`);
}

main();
