/**
 * What a partner's pending state costs (run: `npx tsx test/bench/pending-hostile.ts`), in-process, real Yjs.
 * The partner keeps ~1 MB of changes waiting, then sends the characters they build on one ~15-byte
 * message at a time: each one lets Yjs integrate one change and retry (decode, re-encode) all the rest.
 * Two shapes of what waits: changes that each follow one held-back character (STEPS × CHUNK characters
 * typed backwards), and DELETED one-character items typed backwards and deleted, all waiting for the
 * writer's first one, which Yjs's v2 encoding keeps in ~100 bytes (the bounds weigh it as sent,
 * renderer/sync/pending-weight.ts). Prints the cost per tiny message, and the work done until the
 * wire's watch refuses the partner.
 */
import * as Y from 'yjs';
import { pendingWeight } from '../../renderer/sync/pending-weight';
import { watchPending } from '../../renderer/sync/wire-pending';
import { deletedBackwards, heldBackChain } from '../unit/renderer/sync/y-crafted';

const pendingUpdate = (doc: Y.Doc) => (doc.store as unknown as { pendingStructs: { update: Uint8Array } | null }).pendingStructs?.update;
const pendingBytes = (doc: Y.Doc) => pendingUpdate(doc)?.byteLength ?? 0;

function attack(name: string, held: Uint8Array[], keys: Uint8Array[]) {
  const sent = held.reduce((n, u) => n + u.byteLength, 0);
  console.log(`${name}: held ${sent} bytes, key message ${keys[1].byteLength} bytes`);

  // Before: nothing watches the work; time the first 20 tiny messages.
  const bare = new Y.Doc();
  for (const u of held) Y.applyUpdate(bare, u);
  console.log(`  pending after the held updates: ${pendingBytes(bare)} bytes as Yjs keeps them, weighing ${pendingWeight(pendingUpdate(bare)!)}`);
  const times: number[] = [];
  for (let k = 0; k < 20; k++) {
    const t = performance.now();
    Y.applyUpdate(bare, keys[k]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`  unwatched: per tiny message median ${times[10].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[19].toFixed(0)}); pending still ${pendingBytes(bare)} bytes; ${keys.length} such messages ≈ ${((times[10] * keys.length) / 1000).toFixed(0)} s`);

  // After: the wire's watch, as the bridge attaches it.
  const wire = new Y.Doc();
  let refused: string | undefined;
  watchPending(wire, (r) => (refused = r));
  const start = performance.now();
  for (const u of held) Y.applyUpdate(wire, u);
  let count = 0;
  while (!refused && count < keys.length) Y.applyUpdate(wire, keys[count++]);
  const total = performance.now() - start;
  console.log(refused ? `  watched: refused after ${count} tiny messages, ${total.toFixed(0)} ms in all: ${refused}` : `  watched: never refused; ${count} tiny messages took ${total.toFixed(0)} ms`);
}

function main() {
  const typed = heldBackChain(Number(process.env.STEPS ?? 200), Number(process.env.CHUNK ?? 280));
  attack('typed backwards after held-back characters', [typed.held], typed.keys);
  const deleted = Number(process.env.DELETED ?? 100_000);
  const chain = heldBackChain(200, 1);
  attack(`${deleted} one-character items deleted, waiting for the first`, [chain.held, deletedBackwards(deleted + 1).from(1)], chain.keys);
}

main();
