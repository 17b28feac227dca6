// @vitest-environment node
// A partner holding the invite floods the relay: hellos (each asks for everything it lacks, up
// to the whole doc) are answered in a burst of four, then one per 1.5 s, and not while the last
// answer is still in the socket's buffer; every message it sends is counted by the session
// (onInbound), which can drop it, before the relay drops anything itself.
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ANSWER_BUFFERED_BYTES, ANSWER_RETRY_MS, MAX_FRAME_CHARS, base64Bytes } from '../../../../renderer/sync/signaling-relay';
import { RELAY_HELLOS } from '../../../../renderer/sync/inbound-limits';
import { chunk, edit, frame, hello, laptop, open, PARTNER, relaySuite, roomKey, settle, TOPIC, type Wire } from './relay-fakes';

const suite = relaySuite();

describe('a burst of hellos from the partner', () => {
  it(`is answered ${RELAY_HELLOS.burst} times at once, then once per ${RELAY_HELLOS.everyMs} ms`, async () => {
    let t = 0;
    const me = laptop(Promise.resolve(suite.key), { now: () => t });
    me.wire.getMap('m').set('mine', 'x'.repeat(1000));
    me.relay.start();
    const answers = async () => (await Promise.all(me.socket.publishes().map((w) => open(w, suite.key)))).filter((m) => m.kind === 'update' && m.to === PARTNER).length;
    const burst = await frame(hello(), suite.key);
    for (let i = 0; i < 20; i++) await me.hear(burst);
    expect(await answers()).toBe(RELAY_HELLOS.burst);
    t += RELAY_HELLOS.everyMs;
    for (let i = 0; i < 20; i++) await me.hear(burst);
    expect(await answers()).toBe(RELAY_HELLOS.burst + 1);
    // An honest partner's pace (a heartbeat hello and a reply every 4 s) is always answered.
    for (let k = 0; k < 10; k++) {
      t += 4000;
      await me.hear(burst);
    }
    expect(await answers()).toBe(RELAY_HELLOS.burst + 11);
  });
});

describe("every message from the partner goes through the session's count", () => {
  it('counted with its size (a stranger without the room key spends nothing of it); one the count drops is not read', async () => {
    const seen: number[] = [];
    let allow = true;
    const me = laptop(Promise.resolve(suite.key), { onInbound: (bytes) => (seen.push(bytes), allow) });
    await me.hear(await frame(chunk(PARTNER, edit('a', 1)), await roomKey('another-secret')));
    expect(seen).toEqual([]);
    const first = await frame(chunk(PARTNER, edit('a', 1)), suite.key);
    await me.hear(first);
    // As the bytes it carries, not as its base64 text.
    expect(seen).toEqual([Buffer.from(first.data!, 'base64').length]);
    expect(seen[0]).toBeLessThan(first.data!.length * 0.76);
    expect(me.wire.getMap('m').get('a')).toBe(1);
    allow = false;
    await me.hear(await frame(chunk(PARTNER, edit('b', 1), { seq: 1 }), suite.key));
    expect(seen).toHaveLength(2);
    expect(me.wire.getMap('m').has('b')).toBe(false);
  });
});

describe('messages the relay drops after decrypting them are counted first', () => {
  /** Bytes sealed with the room key that are not lib0 data at all (only the partner can make them). */
  async function sealedJunk(key: CryptoKey): Promise<Wire> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new Uint8Array(0)));
    const out = encoding.createEncoder();
    encoding.writeVarString(out, 'AES-GCM');
    encoding.writeVarUint8Array(out, iv);
    encoding.writeVarUint8Array(out, cipher);
    return { type: 'publish', topic: TOPIC, data: Buffer.from(encoding.toUint8Array(out)).toString('base64') };
  }

  it('addressed to someone else, from a second sender, in our own name, not a relay message, not readable: each costs the partner one message', async () => {
    const seen: number[] = [];
    const me = laptop(Promise.resolve(suite.key), { onInbound: (bytes) => (seen.push(bytes), true) });
    await me.hear(await frame(chunk(PARTNER, edit('a', 1)), suite.key)); // the partner holds the slot
    const dropped = [
      await frame(chunk(PARTNER, edit('b', 1), { seq: 1, to: 'someone-else' }), suite.key),
      await frame(chunk('second-sender', edit('c', 1)), suite.key),
      await frame(hello({ from: me.relay.id }), suite.key),
      await frame({ v: 2, kind: 'hello' }, suite.key),
      await sealedJunk(suite.key),
    ];
    for (const w of dropped) await me.hear(w);
    expect(seen).toEqual([seen[0], ...dropped.map((w) => base64Bytes(w.data!))]);
    expect(me.wire.getMap('m').toJSON()).toEqual({ a: 1 });
    expect(me.relay.refusedSenders).toBe(1);
  });

  it('once the count says no, a flood of them is not read further', async () => {
    let left = 4;
    const me = laptop(Promise.resolve(suite.key), { onInbound: () => left-- > 0 });
    await me.hear(await frame(chunk(PARTNER, edit('a', 1)), suite.key));
    for (let i = 0; i < 5; i++) await me.hear(await frame(chunk('second-sender', edit(`x${i}`, 1), { seq: i }), suite.key));
    // Three went through the count (and were refused as a second sender); the rest stopped at it.
    expect(me.relay.refusedSenders).toBe(3);
    await me.hear(await frame(chunk(PARTNER, edit('b', 1), { seq: 1 }), suite.key));
    expect(me.wire.getMap('m').toJSON()).toEqual({ a: 1 });
  });

  it('our own publishes echoed by the server cost neither a decrypt nor the partner’s count; a replay of one after its echo is counted', async () => {
    const seen: number[] = [];
    const me = laptop(Promise.resolve(suite.key), { onInbound: (bytes) => (seen.push(bytes), true) });
    me.relay.start();
    await settle();
    const [own] = me.socket.publishes();
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    await me.hear(own);
    expect(decrypt).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
    await me.hear(own);
    expect(decrypt).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([base64Bytes(own.data!)]);
    expect(me.relay.peerSeen).toBe(false);
  });
});

describe('a hello while the previous answer has not drained', () => {
  const answers = async (key: CryptoKey, w: Wire[]) => (await Promise.all(w.map((x) => open(x, key)))).filter((m) => m.kind === 'update' && m.to === PARTNER);
  /** A started relay holding `mine`, on fake timers, whose socket still holds more than the bound to send (`buffer`: set it to drain). */
  async function behindFullBuffer(mine: unknown) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const me = laptop(Promise.resolve(suite.key));
    me.wire.getMap('m').set('mine', mine);
    me.relay.start();
    await settle();
    const buffer = { bufferedAmount: ANSWER_BUFFERED_BYTES + 1 };
    me.socket.ws = buffer;
    return { me, buffer };
  }

  it(`waits while the socket still holds more than ${ANSWER_BUFFERED_BYTES} bytes to send; the latest waiting hello is answered once, when it drains`, async () => {
    const { me, buffer } = await behindFullBuffer('x'.repeat(1000));
    const theirs = new Y.Doc();
    await me.hear(await frame(hello(), suite.key));
    theirs.getMap('m').set('theirs', 1);
    await me.hear(await frame(hello({ sv: Y.encodeStateVector(theirs) }), suite.key));
    // The reply hellos go at once (they are small); no whole-doc answer is queued behind the buffer.
    expect(await answers(suite.key, me.socket.publishes())).toEqual([]);
    expect((await Promise.all(me.socket.publishes().map((w) => open(w, suite.key)))).filter((m) => m.reply)).toHaveLength(2);
    vi.advanceTimersByTime(ANSWER_RETRY_MS);
    await settle();
    expect(await answers(suite.key, me.socket.publishes())).toEqual([]);
    buffer.bufferedAmount = ANSWER_BUFFERED_BYTES;
    vi.advanceTimersByTime(ANSWER_RETRY_MS);
    await settle();
    const sent = await answers(suite.key, me.socket.publishes());
    expect(sent).toHaveLength(1);
    Y.applyUpdate(theirs, sent[0].data!);
    expect(theirs.getMap('m').get('mine')).toBe('x'.repeat(1000));
    vi.advanceTimersByTime(10 * ANSWER_RETRY_MS);
    await settle();
    expect(await answers(suite.key, me.socket.publishes())).toHaveLength(1);
  });

  it('waits while the previous answer is still being sent (encrypted part by part), then goes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const me = laptop(Promise.resolve(suite.key), { chunkBytes: 50 });
    me.wire.getMap('m').set('mine', 'x'.repeat(2000));
    me.relay.start();
    await settle();
    const greeting = await frame(hello(), suite.key);
    me.socket.emit('message', greeting);
    me.socket.emit('message', greeting);
    await settle();
    const seqs = async () => new Set((await answers(suite.key, me.socket.publishes())).map((m) => m.seq)).size;
    expect(await seqs()).toBe(1);
    vi.advanceTimersByTime(ANSWER_RETRY_MS);
    await settle();
    expect(await seqs()).toBe(2);
  });

  it('a waiting hello is not answered after a newer hello was answered at once', async () => {
    const { me, buffer } = await behindFullBuffer('x'.repeat(1000));
    await me.hear(await frame(hello(), suite.key));
    buffer.bufferedAmount = 0;
    const theirs = new Y.Doc();
    theirs.getMap('m').set('theirs', 1);
    await me.hear(await frame(hello({ sv: Y.encodeStateVector(theirs) }), suite.key));
    expect(await answers(suite.key, me.socket.publishes())).toHaveLength(1);
    vi.advanceTimersByTime(10 * ANSWER_RETRY_MS);
    await settle();
    expect(await answers(suite.key, me.socket.publishes())).toHaveLength(1);
  });

  it('a stopped relay forgets the waiting answer', async () => {
    const { me, buffer } = await behindFullBuffer(1);
    await me.hear(await frame(hello(), suite.key));
    me.relay.stop();
    buffer.bufferedAmount = 0;
    me.relay.start();
    const before = me.socket.publishes().length;
    vi.advanceTimersByTime(ANSWER_RETRY_MS);
    await settle();
    expect(await answers(suite.key, me.socket.publishes().slice(before))).toEqual([]);
  });
});

describe('a frame longer than any honest one', () => {
  it(`(over ${MAX_FRAME_CHARS} characters) is dropped unread: not decoded, decrypted, counted or answered`, async () => {
    const seen: number[] = [];
    const me = laptop(Promise.resolve(suite.key), { onInbound: (bytes) => (seen.push(bytes), true) });
    me.wire.getMap('m').set('mine', 1);
    me.relay.start();
    await settle();
    const before = me.socket.publishes().length;
    // A hello sealed with the room key, padded past the bound with a state vector no doc has.
    const huge = await frame(hello({ sv: new Uint8Array(MAX_FRAME_CHARS) }), suite.key);
    expect(huge.data!.length).toBeGreaterThan(MAX_FRAME_CHARS);
    await me.hear(huge);
    expect(seen).toEqual([]);
    expect(me.socket.publishes().length).toBe(before);
    // One at the bound's honest size is read.
    await me.hear(await frame(hello(), suite.key));
    expect(seen).toHaveLength(1);
  });
});

describe('base64Bytes', () => {
  it('is the decoded length of any base64 text, padding included', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64Bytes(Buffer.from(bytes).toString('base64'))).toBe(bytes.length);
      }),
    );
  });
});
