import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromBase64 } from 'lib0/buffer';
import { screenRoomTopic } from './room-topic-screen';

/**
 * y-webrtc silently drops signaling messages it cannot decrypt, so a joiner with a
 * wrong secret would just wait forever. We try each message for our room with our key
 * first (room-topic-screen.ts): one that fails means someone in the room holds a
 * different secret (or sent junk). Nothing about the content is learned.
 *
 * The host answers such a message with a small encrypted "nudge" (rate-limited), so
 * the joiner with the wrong secret also sees an undecryptable message and can say
 * "wrong invite code" instead of waiting. Peers with the right key ignore the nudge.
 */
export async function canDecrypt(base64: string, key: CryptoKey): Promise<boolean> {
  try {
    // lib0's decoder: Uint8Array.from(atob(…), callback) cost ~40 ms a 180 K-character frame.
    const bytes = fromBase64(base64);
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarString(decoder) !== 'AES-GCM') return false;
    const iv = decoding.readVarUint8Array(decoder);
    const cipher = decoding.readVarUint8Array(decoder);
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, cipher);
    return true;
  } catch {
    return false;
  }
}

/** Same envelope as y-webrtc's encryptJson: "AES-GCM", iv, cipher of lib0's writeAny. */
export async function encryptForRoom(data: unknown, key: CryptoKey): Promise<string> {
  const plain = encoding.createEncoder();
  encoding.writeAny(plain, data as never);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoding.toUint8Array(plain)));
  const out = encoding.createEncoder();
  encoding.writeVarString(out, 'AES-GCM');
  encoding.writeVarUint8Array(out, iv);
  encoding.writeVarUint8Array(out, cipher);
  let binary = '';
  for (const b of encoding.toUint8Array(out)) binary += String.fromCharCode(b);
  return btoa(binary);
}

interface SignalingSocket {
  emit(name: string, args: unknown[]): unknown;
  send(message: unknown): void;
}

/**
 * Watches our room's topic on this signaling socket: each frame is tried with our key before
 * y-webrtc reads it (room-topic-screen.ts), one that does not open is reported and never reaches
 * y-webrtc, and the host nudges its sender (at most once per interval). Returns the unwatch.
 */
export function watchForWrongCode(
  conn: SignalingSocket,
  room: string,
  key: PromiseLike<CryptoKey | null>,
  opts: { isHost: boolean; onUndecryptable(): void; onOpened?(): void; onReplay?(): void; nudgeEveryMs?: number },
): () => void {
  let lastNudge = 0;
  return screenRoomTopic(conn, room, {
    onOpened: opts.onOpened,
    onReplay: opts.onReplay,
    // Without a key (a room without a secret) nothing is judged undecryptable.
    opens: async (data) => {
      const k = await key;
      return !k || canDecrypt(data, k);
    },
    onUndecryptable: () => {
      opts.onUndecryptable();
      const now = Date.now();
      if (!opts.isHost || now - lastNudge <= (opts.nudgeEveryMs ?? 2000)) return;
      lastNudge = now;
      void Promise.resolve(key).then(async (k) => {
        if (k) conn.send({ type: 'publish', topic: room, data: await encryptForRoom({ type: 'accord-nudge' }, k) });
      });
    },
  });
}
