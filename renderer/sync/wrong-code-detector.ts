import * as decoding from 'lib0/decoding';

/**
 * y-webrtc silently drops signaling messages it cannot decrypt, so a joiner with a
 * wrong secret would just wait forever. We listen to the same signaling socket and
 * try to decrypt messages for our room with our key: a message that fails means
 * someone in the room holds a different secret. Nothing is learned from it.
 */
export async function canDecrypt(base64: string, key: CryptoKey): Promise<boolean> {
  try {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
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

interface MessageSource {
  on(event: 'message', cb: (m: unknown) => void): void;
  off(event: 'message', cb: (m: unknown) => void): void;
}

export function watchForWrongCode(conn: MessageSource, room: string, key: PromiseLike<CryptoKey | null>, onWrong: () => void): () => void {
  const listener = (m: unknown) => {
    const msg = m as { type?: unknown; topic?: unknown; data?: unknown };
    if (msg?.type !== 'publish' || msg.topic !== room || typeof msg.data !== 'string') return;
    const data = msg.data;
    void Promise.resolve(key).then(async (k) => {
      if (k && !(await canDecrypt(data, k))) onWrong();
    });
  };
  conn.on('message', listener);
  return () => conn.off('message', listener);
}
