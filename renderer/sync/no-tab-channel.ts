import * as bc from 'lib0/broadcastchannel';

/**
 * y-webrtc mirrors every room message over a BroadcastChannel to the browser's other tabs:
 * it encrypts each one, and lib0 delivers it to this tab too, which decrypts it and applies
 * it to the doc it came from. Accord has no second tab in a room — the partner is another
 * laptop, reached over WebRTC, where the one-peer rule and the peer guard apply — so that is
 * an encrypt, a decrypt and a no-op apply per message, on both laptops, at every hop of the
 * reveal. Closing the channel after each connect saves them, and a second tab of this
 * browser is then one more device like any other (refused by the one-peer rule).
 */
export interface TabChannelRoom {
  name: string;
  bcconnected: boolean;
  _bcSubscriber: (data: ArrayBuffer, origin: unknown) => unknown;
}

export function closeTabChannel(room: TabChannelRoom): void {
  bc.unsubscribe(room.name, room._bcSubscriber);
  // y-webrtc reads this before every broadcast; its connect() sets it again (call this after).
  room.bcconnected = false;
}
