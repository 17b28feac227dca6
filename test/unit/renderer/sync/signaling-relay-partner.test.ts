// @vitest-environment node
// The relay against a partner who holds the invite and writes its own messages (a modified page):
// what it accepts, what it drops, and that nothing it drops takes a slot or changes the doc.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { PARTNER_STALE_MS } from '../../../../renderer/sync/signaling-relay';
import { chunk, edit, frame, hello, laptop, open, PARTNER, relaySuite, roomKey, type Sent, settle } from './relay-fakes';

const suite = relaySuite();
const P = PARTNER;
const has = (doc: Y.Doc, k: string) => doc.getMap('m').has(k);

describe('messages the relay does not read (nothing taken: no partner, no change)', () => {
  const valid = () => chunk(P, edit('a', 1));
  const cases: [string, () => unknown][] = [
    ['null', () => null],
    ['a string', () => 'hello'],
    ['another protocol version', () => ({ ...valid(), v: 2 })],
    ['a sender that is not a string', () => ({ ...valid(), from: 7 })],
    ['a recipient that is not a string', () => ({ ...valid(), to: 5 })],
    ['a hello whose state vector is not bytes', () => hello({ sv: 'abc' as never })],
    ['a hello whose state vector is a list', () => hello({ sv: [0] as never })],
    ['an unknown kind', () => ({ ...valid(), kind: 'patch' })],
    ['a chunk whose data is not bytes', () => ({ ...valid(), data: 'AAAA' })],
    ['a negative seq', () => ({ ...valid(), seq: -1 })],
    ['a fractional part', () => ({ ...valid(), part: 0.5 })],
    ['parts that is not a number', () => ({ ...valid(), parts: '1' })],
    ['a size past safe integers', () => ({ ...valid(), size: 2 ** 53 })],
    ['a missing seq', () => ({ ...valid(), seq: undefined })],
    ['a part index equal to parts', () => ({ ...valid(), part: 1, parts: 1 })],
    ['a message to someone else', () => ({ ...valid(), to: 'someone-else' })],
  ];
  it.each(cases)('%s', async (_what, make) => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.start();
    await me.hear(await frame(make(), suite.key));
    expect(me.relay.peerSeen).toBe(false);
    expect(me.changes()).toBe(1); // the start only
    expect(has(me.wire, 'a')).toBe(false);
    expect(me.relay.traffic.receivedBytes).toBe(0);
    // The partner slot is still free: a well-formed partner is heard at once.
    await me.hear(await frame(chunk('other-partner', edit('b', 2)), suite.key));
    expect(me.relay.peerSeen).toBe(true);
    expect(has(me.wire, 'b')).toBe(true);
  });

  it('frames that are not relay publishes, or that do not open with the room suite.key, are not read', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.start();
    const good = await frame(chunk(P, edit('a', 1)), suite.key);
    await me.hear({ ...good, topic: 'k7m2q9xa4z' });
    await me.hear({ ...good, type: 'subscribe' });
    await me.hear({ ...good, data: 42 as never });
    await me.hear({ ...good, data: [good.data] as never }); // would read back as the same base64 if coerced
    await me.hear(null as never);
    await me.hear(await frame(chunk(P, edit('a', 1)), await roomKey('another-secret')));
    // Same cipher under another algorithm label: not y-webrtc's envelope.
    const bytes = Buffer.from(good.data!, 'base64');
    bytes.set(Buffer.from('AES-CTR'), 1);
    await me.hear({ ...good, data: bytes.toString('base64') });
    expect(me.relay.peerSeen).toBe(false);
    expect(has(me.wire, 'a')).toBe(false);
    await me.hear(good);
    expect(has(me.wire, 'a')).toBe(true);
  });

  it('its own messages coming back from the server are not heard as a partner', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.start();
    await me.hear(await frame(hello({ from: me.relay.id }), suite.key));
    await me.hear(await frame(chunk(me.relay.id, edit('a', 1)), suite.key));
    expect(me.relay.peerSeen).toBe(false);
    expect(has(me.wire, 'a')).toBe(false);
    await me.hear(await frame(chunk(P, edit('a', 1), { to: me.relay.id }), suite.key));
    expect(has(me.wire, 'a')).toBe(true);
  });
});

describe('one partner at a time', () => {
  it('another sender is refused until the partner has been silent longer than PARTNER_STALE_MS', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(10_000_000);
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(chunk(P, edit('a', 1)), suite.key));
    vi.setSystemTime(10_000_000 + PARTNER_STALE_MS);
    await me.hear(await frame(chunk('intruder', edit('x', 1)), suite.key));
    expect(me.relay.refusedSenders).toBe(1);
    expect(has(me.wire, 'x')).toBe(false);
    // The partner keeps its slot by talking.
    await me.hear(await frame(chunk(P, edit('b', 1), { seq: 1 }), suite.key));
    vi.setSystemTime(10_000_000 + 2 * PARTNER_STALE_MS + 1);
    await me.hear(await frame(chunk('newcomer', edit('y', 1)), suite.key));
    expect(me.relay.refusedSenders).toBe(1);
    expect(has(me.wire, 'y')).toBe(true);
    // The newcomer now holds the slot; the old partner is the stranger.
    await me.hear(await frame(chunk(P, edit('c', 1), { seq: 2 }), suite.key));
    expect(me.relay.refusedSenders).toBe(2);
    expect(has(me.wire, 'c')).toBe(false);
  });
});

describe('chunks the relay drops (the doc is unchanged, a later good update still lands)', () => {
  const u = edit('a', 'x'.repeat(40));
  const half = Math.ceil(u.length / 2);
  const [p0, p1] = [u.subarray(0, half), u.subarray(half)];
  const two = (part: number, data: Uint8Array, extra: Partial<Sent> = {}) => chunk(P, u, { seq: 5, part, parts: 2, data, ...extra });

  async function expectDropped(me: ReturnType<typeof laptop>) {
    expect(has(me.wire, 'a')).toBe(false);
    await me.hear(await frame(chunk(P, edit('later', 1), { seq: 99 }), suite.key));
    expect(has(me.wire, 'later')).toBe(true);
  }

  it('a chunk declaring more than maxUpdateBytes; exactly the limit is carried', async () => {
    const me = laptop(Promise.resolve(suite.key), { maxUpdateBytes: u.length - 1 });
    await me.hear(await frame(chunk(P, u), suite.key));
    await expectDropped(me);
    const ok = laptop(Promise.resolve(suite.key), { maxUpdateBytes: u.length });
    await ok.hear(await frame(chunk(P, u), suite.key));
    expect(has(ok.wire, 'a')).toBe(true);
  });

  it('more parts than bytes, or more data than the declared size', async () => {
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(chunk(P, u, { parts: u.length + 1 }), suite.key));
    await me.hear(await frame(chunk(P, u, { seq: 1, size: u.length - 1 }), suite.key));
    await expectDropped(me);
  });

  it('parts that disagree on size or count, a part sent twice, parts that overflow the size', async () => {
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(two(0, p0), suite.key));
    await me.hear(await frame(two(1, p1, { size: u.length + 1 }), suite.key));
    await me.hear(await frame(two(1, p1, { parts: 3 }), suite.key));
    await me.hear(await frame(two(0, new Uint8Array(p0.length).fill(7)), suite.key)); // would corrupt part 0
    expect(has(me.wire, 'a')).toBe(false);
    await me.hear(await frame(two(1, p1), suite.key));
    expect(me.wire.getMap('m').get('a')).toBe('x'.repeat(40)); // the first copy of part 0 was kept

    // A part that would overflow the size is refused on its own; the right part can still come.
    const over = laptop(Promise.resolve(suite.key));
    await over.hear(await frame(two(0, p0), suite.key));
    await over.hear(await frame(two(1, u.subarray(half - 1)), suite.key));
    expect(has(over.wire, 'a')).toBe(false);
    await over.hear(await frame(two(1, p1), suite.key));
    expect(has(over.wire, 'a')).toBe(true);
  });

  it('parts that add up to less than the declared size (no zero padding reaches Yjs)', async () => {
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(two(0, p0, { size: u.length + 4 }), suite.key));
    await me.hear(await frame(two(1, p1, { size: u.length + 4 }), suite.key));
    await expectDropped(me);
  });

  it('bytes that are not a Yjs update: no throw, nothing applied', async () => {
    const me = laptop(Promise.resolve(suite.key));
    const junk = new Uint8Array([9, 9, 9, 9, 9, 9]);
    await me.hear(await frame(chunk(P, junk), suite.key));
    expect(me.wire.getMap('m').size).toBe(0);
    await expectDropped(me);
  });

  it('at most 8 half-sent updates are kept: a ninth evicts the oldest', async () => {
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(two(0, p0, { seq: 1 }), suite.key));
    for (let seq = 2; seq <= 8; seq++) await me.hear(await frame(two(0, p0, { seq }), suite.key));
    await me.hear(await frame(two(1, p1, { seq: 1 }), suite.key)); // 8 pending: seq 1 still complete
    expect(has(me.wire, 'a')).toBe(true);

    const flooded = laptop(Promise.resolve(suite.key));
    await flooded.hear(await frame(two(0, p0, { seq: 1 }), suite.key));
    for (let seq = 2; seq <= 9; seq++) await flooded.hear(await frame(two(0, p0, { seq }), suite.key));
    await flooded.hear(await frame(two(1, p1, { seq: 1 }), suite.key));
    expect(has(flooded.wire, 'a')).toBe(false);
    await flooded.hear(await frame(two(1, p1, { seq: 9 }), suite.key));
    expect(has(flooded.wire, 'a')).toBe(true);
  });

  it('a completed update frees its slot', async () => {
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(two(0, p0, { seq: 0 }), suite.key));
    for (let seq = 1; seq <= 10; seq++) await me.hear(await frame(chunk(P, edit(`k${seq}`, seq), { seq }), suite.key));
    expect(me.wire.getMap('m').size).toBe(10);
    await me.hear(await frame(two(1, p1, { seq: 0 }), suite.key));
    expect(has(me.wire, 'a')).toBe(true);
  });

  it('a dropped chunk takes no reassembly slot', async () => {
    const me = laptop(Promise.resolve(suite.key), { maxUpdateBytes: 1000 });
    await me.hear(await frame(two(0, p0, { seq: 1 }), suite.key));
    for (let seq = 2; seq <= 9; seq++) {
      await me.hear(await frame(chunk(P, u, { seq, parts: 2, size: 1001 }), suite.key));
      await me.hear(await frame(chunk(P, u, { seq: seq + 100, parts: u.length + 1 }), suite.key));
      await me.hear(await frame(chunk(P, u, { seq: seq + 200, parts: 2, size: u.length - 1 }), suite.key));
    }
    await me.hear(await frame(two(1, p1, { seq: 1 }), suite.key));
    expect(has(me.wire, 'a')).toBe(true);
  });
});

describe('what the relay sends the partner', () => {
  it('an active relay answers a hello with what the partner lacks and a reply hello, both addressed to it', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.wire.getMap('m').set('mine', 1);
    me.relay.start();
    await settle();
    await me.hear(await frame(hello(), suite.key));
    const sent = await Promise.all(me.socket.publishes().map((w) => open(w, suite.key)));
    expect(sent.map((m) => [m.kind, m.to, m.reply])).toEqual([
      ['hello', undefined, undefined],
      ['update', P, undefined],
      ['hello', P, true],
    ]);
    expect(Object.keys(sent[0]).sort()).toEqual(['from', 'kind', 'sv', 'v']);
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, sent[1].data!);
    expect(theirs.getMap('m').get('mine')).toBe(1);
    expect(me.relay.traffic.sentBytes).toBe(me.socket.publishes().reduce((n, w) => n + w.data!.length, 0));
  });

  it('a partner first heard while idle counts as a new contact again once the relay starts carrying', async () => {
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(hello(), suite.key));
    expect(me.changes()).toBe(1);
    me.relay.start();
    expect(me.changes()).toBe(2);
    await me.hear(await frame(chunk(P, edit('a', 1)), suite.key));
    expect(me.relay.carrying).toBe(true);
    expect(me.changes()).toBe(3);
  });

  it('a reply hello is not answered with another hello; nothing missing means no update', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.start();
    await me.hear(await frame(hello({ reply: true, to: me.relay.id }), suite.key));
    expect(me.relay.peerSeen).toBe(true);
    expect(me.socket.publishes()).toHaveLength(1); // its own start hello only
  });

  it('an idle relay tells the session it was greeted, answers nothing, and sends no local edits', async () => {
    const me = laptop(Promise.resolve(suite.key));
    await me.hear(await frame(hello(), suite.key));
    expect(me.peerHellos()).toBe(1);
    expect(me.relay.peerSeen).toBe(true);
    expect(me.relay.carrying).toBe(false);
    me.wire.getMap('m').set('mine', 1);
    await me.hear(await frame(chunk(P, edit('a', 1)), suite.key));
    expect(has(me.wire, 'a')).toBe(true);
    expect(me.socket.publishes()).toEqual([]);
    expect(me.changes()).toBe(1); // the first contact only
  });

  it('local edits go out only once started and a partner was heard, addressed to no one; partner updates are not echoed', async () => {
    const me = laptop(Promise.resolve(suite.key));
    me.relay.start();
    me.wire.getMap('m').set('before-partner', 1);
    const early = Y.encodeStateAsUpdate(me.wire);
    await me.hear(await frame(chunk(P, edit('theirs', 1)), suite.key));
    expect(me.socket.publishes()).toHaveLength(1); // start hello; neither the early edit nor an echo
    expect(me.relay.carrying).toBe(true);
    expect(me.changes()).toBe(2);
    me.wire.getMap('m').set('mine', 2);
    await me.hear(await frame(chunk(P, edit('more', 1), { seq: 1 }), suite.key));
    expect(me.changes()).toBe(2); // not a new contact
    const sent = await Promise.all(me.socket.publishes().map((w) => open(w, suite.key)));
    expect(sent.map((m) => m.kind)).toEqual(['hello', 'update']);
    expect('to' in sent[1]).toBe(false);
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, early); // what the partner's hello would have fetched
    Y.applyUpdate(theirs, sent[1].data!);
    expect(theirs.getMap('m').toJSON()).toEqual({ 'before-partner': 1, mine: 2 });
  });

  it('a large edit is cut into chunkBytes parts with one non-negative seq per update, which another relay reassembles in any order', async () => {
    const me = laptop(Promise.resolve(suite.key), { chunkBytes: 50 });
    me.relay.start();
    await settle();
    await me.hear(await frame(hello({ reply: true }), suite.key));
    me.wire.getMap('m').set('big', 'y'.repeat(400));
    me.wire.getMap('m').set('small', 1);
    await settle();
    const updates = (await Promise.all(me.socket.publishes().map((w) => open(w, suite.key)))).filter((m) => m.kind === 'update');
    // The two updates are encrypted and published concurrently: their parts may interleave.
    const seqs = [...new Set(updates.map((m) => m.seq))].sort();
    expect(seqs).toEqual([0, 1]);
    for (const seq of seqs) {
      const parts = updates.filter((m) => m.seq === seq);
      expect(parts.map((m) => m.part)).toEqual(parts.map((_, i) => i));
      expect(parts.every((m) => m.parts === parts.length && m.data!.length <= 50)).toBe(true);
      expect(parts.length).toBe(Math.ceil(parts[0].size! / 50));
    }
    const other = laptop(Promise.resolve(suite.key));
    for (const w of me.socket.publishes().reverse()) await other.hear(w);
    expect(other.wire.getMap('m').toJSON()).toEqual({ big: 'y'.repeat(400), small: 1 });
  });

  it('one-byte chunks (as many parts as bytes) still reassemble', async () => {
    const me = laptop(Promise.resolve(suite.key), { chunkBytes: 1 });
    me.relay.start();
    await me.hear(await frame(hello({ reply: true }), suite.key));
    me.wire.getMap('m').set('k', 'v');
    await settle();
    const other = laptop(Promise.resolve(suite.key));
    for (const w of me.socket.publishes()) await other.hear(w);
    expect(other.wire.getMap('m').get('k')).toBe('v');
  });
});
