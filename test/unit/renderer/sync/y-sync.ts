import * as Y from 'yjs';

/** Two laptops exchange what each lacks (both directions, as y-webrtc's sync does). */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, ua, 'remote');
  Y.applyUpdate(a, ub, 'remote');
}
