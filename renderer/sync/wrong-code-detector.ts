import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromBase64 } from 'lib0/buffer';

/**
 * y-webrtc silently drops signaling messages it cannot decrypt, so a joiner with a
 * wrong secret would just wait forever. We listen to the same signaling socket and
 * try to decrypt messages for our room with our key: one that fails means someone
 * in the room holds a different secret. Nothing about the content is learned.
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
  on(event: 'message', cb: (m: unknown) => void): void;
  off(event: 'message', cb: (m: unknown) => void): void;
  send(message: unknown): void;
}

export function watchForWrongCode(
  conn: SignalingSocket,
  room: string,
  key: PromiseLike<CryptoKey | null>,
  opts: { isHost: boolean; onUndecryptable(): void; nudgeEveryMs?: number },
): () => void {
  let lastNudge = 0;
  const listener = (m: unknown) => {
    const msg = m as { type?: unknown; topic?: unknown; data?: unknown };
    if (msg?.type !== 'publish' || msg.topic !== room || typeof msg.data !== 'string') return;
    const data = msg.data;
    void Promise.resolve(key).then(async (k) => {
      if (!k || (await canDecrypt(data, k))) return;
      opts.onUndecryptable();
      const now = Date.now();
      if (opts.isHost && now - lastNudge > (opts.nudgeEveryMs ?? 2000)) {
        lastNudge = now;
        conn.send({ type: 'publish', topic: room, data: await encryptForRoom({ type: 'accord-nudge' }, k) });
      }
    });
  };
  conn.on('message', listener);
  return () => conn.off('message', listener);
}
