// Updates no honest Yjs doc sends, written by hand as a modified page can: deletes of clocks
// the receiver never got, and changes that build on a writer it never heard from.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** A delete-only update (Yjs v1 encoding): for each client, the [clock, length] ranges it deletes. */
export function deletesOf(clients: Map<number, [number, number][]>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, clients.size);
  for (const [client, ranges] of clients) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, ranges.length);
    for (const [clock, len] of ranges) {
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, len);
    }
  }
  return encoding.toUint8Array(e);
}

/** `count` one-clock deletes, spread out, of `client`'s clocks from `from` on. */
export function spreadDeletes(client: number, count: number, from = 1_000_000): Uint8Array {
  const ranges: [number, number][] = [];
  for (let i = 0; i < count; i++) ranges.push([from + i * 7, 1]);
  return deletesOf(new Map([[client, ranges]]));
}

/** Text of `bytes` characters typed after a writer the receiver never heard from: all of it waits. */
export function buildsOnUnknown(bytes: number): Uint8Array {
  const a = new Y.Doc();
  a.getText('t').insert(0, 'a');
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  b.getText('t').insert(1, 'x'.repeat(bytes));
  return Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
}

export const pendingDs = (doc: Y.Doc) => (doc.store as unknown as { pendingDs: Uint8Array | null }).pendingDs;
export const pendingStructs = (doc: Y.Doc) => (doc.store as unknown as { pendingStructs: { update: Uint8Array } | null }).pendingStructs;

/** X's chunk k of `chunk` characters follows Y's character k: X's changes all wait for Y's, sent one by one. */
export function heldBackChain(steps: number, chunk: number, shape: 'items' | 'run' = 'items'): { held: Uint8Array; keys: Uint8Array[] } {
  const y = new Y.Doc();
  const x = new Y.Doc();
  const sync = (a: Y.Doc, b: Y.Doc) => Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  const keys: Uint8Array[] = [];
  for (let k = 0; k < steps; k++) {
    const before = Y.encodeStateVector(y);
    y.getText('t').insert(y.getText('t').length, 'a');
    keys.push(Y.encodeStateAsUpdate(y, before));
    sync(y, x);
    const at = x.getText('t').length;
    // Typed backwards, each character is its own item (what Yjs retries is many small structs, the
    // costliest per byte); or one run of text (cheap to build and retry).
    if (shape === 'run') x.getText('t').insert(at, 'x'.repeat(chunk));
    else for (let i = 0; i < chunk; i++) x.getText('t').insert(at, 'x');
    sync(x, y);
  }
  // Everything of X's, nothing of Y's: a state vector claiming all of Y's clocks.
  const sv = encoding.createEncoder();
  encoding.writeVarUint(sv, 1);
  encoding.writeVarUint(sv, y.clientID);
  encoding.writeVarUint(sv, steps);
  return { held: Y.encodeStateAsUpdate(x, encoding.toUint8Array(sv)), keys };
}

/**
 * One writer's `count` one-character items, typed backwards (each its own item) and all deleted.
 * `from(clock)` is all of it from `clock` on, which waits for the clocks before. Yjs keeps what waits
 * in its v2 encoding, where this takes ~100 bytes whatever the count; in v1 (as sent) ~10 bytes an item.
 */
export function deletedBackwards(count: number): { from: (clock: number) => Uint8Array } {
  const z = new Y.Doc();
  z.clientID = 4_000_000_000; // fixed, as v1 sizes depend on its length (5 bytes, Yjs's longest)
  const t = z.getText('t');
  z.transact(() => {
    for (let i = 0; i < count; i++) t.insert(0, 'x');
  });
  z.transact(() => t.delete(0, t.length));
  return {
    from: (clock) => {
      const sv = encoding.createEncoder();
      encoding.writeVarUint(sv, 1);
      encoding.writeVarUint(sv, z.clientID);
      encoding.writeVarUint(sv, clock);
      return Y.encodeStateAsUpdate(z, encoding.toUint8Array(sv));
    },
  };
}
