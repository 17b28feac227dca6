// @vitest-environment node
import { Observable } from 'lib0/observable';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
// y-webrtc's own crypto: the detector must read and write exactly its envelope.
// @ts-expect-error y-webrtc ships types for its dist build only
import { decryptJson, deriveKey, encryptJson } from '../../../../node_modules/y-webrtc/src/crypto.js';
import { canDecrypt, encryptForRoom, watchForWrongCode } from '../../../../renderer/sync/wrong-code-detector';
import { settle } from './crypto-settle';

const ROOM = 'accord-room';
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

let right: CryptoKey;
let wrong: CryptoKey;
beforeAll(async () => {
  right = await deriveKey('the invite secret', ROOM);
  wrong = await deriveKey('a mistyped secret', ROOM);
});

/** y-webrtc's signaling socket as the detector sees it: 'message' events in, send() out. */
class FakeSocket extends Observable<'message'> {
  sent: unknown[] = [];
  send(message: unknown) {
    this.sent.push(message);
  }
  /** Delivers one message and lets the detector's work (key, decrypt, encrypt: WebCrypto jobs) finish. */
  async deliver(message: unknown) {
    this.emit('message', [message]);
    await settle();
  }
}

/** What y-webrtc itself publishes: an announce encrypted with the sender's key. */
async function publishFrom(key: CryptoKey, topic = ROOM) {
  return { type: 'publish', topic, data: toBase64(await encryptJson({ type: 'announce', from: 'peer-1' }, key)) };
}

function watch(opts: { isHost: boolean; key?: PromiseLike<CryptoKey | null>; nudgeEveryMs?: number }) {
  const socket = new FakeSocket();
  let undecryptable = 0;
  const stop = watchForWrongCode(socket as never, ROOM, opts.key ?? Promise.resolve(right), {
    isHost: opts.isHost,
    nudgeEveryMs: opts.nudgeEveryMs,
    onUndecryptable: () => undecryptable++,
  });
  return { socket, stop, undecryptable: () => undecryptable };
}

afterEach(() => vi.useRealTimers());

describe('canDecrypt: does a y-webrtc signaling message open with our key', () => {
  it('a message y-webrtc encrypted with the same secret opens; one from a different secret does not', async () => {
    const data = toBase64(await encryptJson({ type: 'announce', from: 'x' }, right));
    expect(await canDecrypt(data, right)).toBe(true);
    expect(await canDecrypt(data, wrong)).toBe(false);
  });

  it('garbage, an empty string and a truncated envelope are "cannot decrypt" (false), never a throw', async () => {
    const data = toBase64(await encryptJson({ type: 'announce' }, right));
    expect(await canDecrypt('not base64 at all!!', right)).toBe(false);
    expect(await canDecrypt('', right)).toBe(false);
    expect(await canDecrypt(data.slice(0, 20), right)).toBe(false);
  });

  it('an envelope naming another algorithm is not y-webrtc’s format and counts as undecryptable', async () => {
    // Same iv and cipher as a genuine message, only the algorithm label changed.
    const genuine = fromBase64(toBase64(await encryptJson({ type: 'announce' }, right)));
    const label = new TextEncoder().encode('AES-GCM');
    const relabelled = genuine.slice();
    relabelled.set(new TextEncoder().encode('AES-CTR'), 1); // byte 0 is the label's length
    expect(Array.from(genuine.slice(1, 1 + label.length))).toEqual(Array.from(label));
    expect(await canDecrypt(toBase64(genuine), right)).toBe(true);
    expect(await canDecrypt(toBase64(relabelled), right)).toBe(false);
  });
});

describe('encryptForRoom: y-webrtc’s envelope', () => {
  it('y-webrtc’s decryptJson reads it back with the same secret; the wrong secret cannot open it', async () => {
    const data = await encryptForRoom({ type: 'relay', n: 3, list: ['a'] }, right);
    expect(await decryptJson(fromBase64(data), right)).toEqual({ type: 'relay', n: 3, list: ['a'] });
    expect(await canDecrypt(data, right)).toBe(true);
    expect(await canDecrypt(data, wrong)).toBe(false);
    await expect(decryptJson(fromBase64(data), wrong)).rejects.toThrow();
  });

  it('two encryptions of the same data differ (fresh iv each time)', async () => {
    const a = await encryptForRoom({ type: 'x' }, right);
    const b = await encryptForRoom({ type: 'x' }, right);
    expect(a).not.toBe(b);
    const enc = encoding.createEncoder();
    encoding.writeVarString(enc, 'AES-GCM');
    expect(Array.from(fromBase64(a).slice(0, 8))).toEqual(Array.from(encoding.toUint8Array(enc)));
  });
});

describe('watchForWrongCode', () => {
  it('a joiner with a different secret publishing in our room is reported; one with ours is not', async () => {
    const w = watch({ isHost: false });
    await w.socket.deliver(await publishFrom(right));
    expect(w.undecryptable()).toBe(0);
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.undecryptable()).toBe(1);
    w.stop();
  });

  it('only publishes with string data in our own room count: other rooms, other message types, odd shapes are ignored', async () => {
    const w = watch({ isHost: true });
    const foreign = await publishFrom(wrong);
    await w.socket.deliver({ ...foreign, topic: 'someone-elses-room' });
    await w.socket.deliver({ ...foreign, type: 'subscribe' });
    await w.socket.deliver({ ...foreign, data: fromBase64(foreign.data) });
    await w.socket.deliver({ ...foreign, data: 42 });
    await w.socket.deliver(null);
    await w.socket.deliver(undefined);
    await w.socket.deliver('publish');
    expect(w.undecryptable()).toBe(0);
    expect(w.socket.sent).toEqual([]);
    await w.socket.deliver(foreign);
    expect(w.undecryptable()).toBe(1);
    w.stop();
  });

  it('without a key (a room without a secret) nothing is judged undecryptable', async () => {
    const w = watch({ isHost: true, key: Promise.resolve(null) });
    await w.socket.deliver(await publishFrom(wrong));
    await w.socket.deliver({ type: 'publish', topic: ROOM, data: 'plain' });
    expect(w.undecryptable()).toBe(0);
    expect(w.socket.sent).toEqual([]);
    w.stop();
  });

  it('the host nudges a wrong-secret joiner in the room: the joiner cannot open it, a right-secret peer reads a no-op', async () => {
    const w = watch({ isHost: true });
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.socket.sent).toHaveLength(1);
    const nudge = w.socket.sent[0] as { type: string; topic: string; data: string };
    expect(nudge.type).toBe('publish');
    expect(nudge.topic).toBe(ROOM);
    // The wrong-secret joiner's own detector sees the nudge as undecryptable, so it can say "wrong invite code".
    expect(await canDecrypt(nudge.data, wrong)).toBe(false);
    // A peer with the right secret decrypts a message that is neither announce nor signal, which y-webrtc ignores.
    expect(await decryptJson(fromBase64(nudge.data), right)).toEqual({ type: 'accord-nudge' });

    const joiner = watch({ isHost: false, key: Promise.resolve(wrong) });
    await joiner.socket.deliver(nudge);
    expect(joiner.undecryptable()).toBe(1);
    expect(joiner.socket.sent).toEqual([]); // a joiner never answers
    joiner.stop();
    w.stop();
  });

  it('the host nudges at most once per interval (a flood of wrong-secret messages is not answered one for one)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const w = watch({ isHost: true });
    // Each a fresh message (y-webrtc draws a new IV for each): one sent again is a replay, not a stranger's attempt.
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.socket.sent).toHaveLength(1);
    vi.setSystemTime(1_000_000 + 1999);
    await w.socket.deliver(await publishFrom(wrong));
    vi.setSystemTime(1_000_000 + 2000);
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.undecryptable()).toBe(3);
    expect(w.socket.sent).toHaveLength(1);
    vi.setSystemTime(1_000_000 + 2001);
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.socket.sent).toHaveLength(2);
    // The interval restarts from the last nudge.
    vi.setSystemTime(1_000_000 + 4001);
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.socket.sent).toHaveLength(2);
    w.stop();
  });

  it('the nudge interval can be set', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(5_000_000);
    const w = watch({ isHost: true, nudgeEveryMs: 50 });
    await w.socket.deliver(await publishFrom(wrong));
    vi.setSystemTime(5_000_000 + 50);
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.socket.sent).toHaveLength(1);
    vi.setSystemTime(5_000_000 + 51);
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.socket.sent).toHaveLength(2);
    w.stop();
  });

  it('after stop, messages are no longer watched', async () => {
    const w = watch({ isHost: true });
    w.stop();
    await w.socket.deliver(await publishFrom(wrong));
    expect(w.undecryptable()).toBe(0);
    expect(w.socket.sent).toEqual([]);
  });
});
