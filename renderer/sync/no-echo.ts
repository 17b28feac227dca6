import type * as Y from 'yjs';

/**
 * y-webrtc sends every change of the room's doc to every peer — including the change that
 * just arrived from that peer (its handler ignores the origin). In a two-person room that is
 * pure echo: each protocol message comes straight back, and a partner's full sync of a large
 * workspace is sent back whole, costing both laptops a message, a decode and a no-op apply at
 * the moments that matter (the reveal's three hops). Changes whose origin is the room itself
 * (what y-webrtc read from a peer or the tab channel) are not sent again; everything made on
 * this laptop still is.
 */
export interface EchoingRoom {
  doc: Y.Doc;
  bcconnected: boolean;
  _docUpdateHandler: (update: Uint8Array, origin: unknown) => void;
}

export function stopEcho(room: EchoingRoom): void {
  const send = room._docUpdateHandler;
  const listening = room.bcconnected;
  if (listening) room.doc.off('update', send);
  // y-webrtc's connect/disconnect add and remove `room._docUpdateHandler`: replace the property.
  room._docUpdateHandler = (update, origin) => {
    if (origin !== room) send(update, origin);
  };
  if (listening) room.doc.on('update', room._docUpdateHandler);
}
