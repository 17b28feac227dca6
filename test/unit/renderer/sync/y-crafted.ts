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
