// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { CHUNK_BYTES, createReassembler, frameMessage, installChunking, type PeerLike } from '../../../../renderer/sync/chunked-channel';

const bytes = (n: number, seed = 1) => {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
};

/** Two simple-peer stand-ins: what one sends arrives as a 'data' event on the other. */
function pair(opts: { maxMessageBytes?: number; buffered?: () => number } = {}) {
  const received: Uint8Array[] = [];
  const wire: Uint8Array[] = [];
  const waiting: (() => void)[] = [];
  const b: PeerLike = {
    send() {},
    emit(event, ...args) {
      if (event === 'data') received.push(args[0] as Uint8Array);
      return true;
    },
  };
  const a: PeerLike = {
    send(data) {
      wire.push(data);
      b.emit('data', data);
    },
    emit: () => true,
    _channel: { get bufferedAmount() { return opts.buffered?.() ?? 0; } },
  };
  const options = { maxMessageBytes: opts.maxMessageBytes ?? 4 * 1024 * 1024, later: (fn: () => void) => waiting.push(fn) };
  installChunking(a, options);
  installChunking(b, options);
  return { a, b, received, wire, waiting };
}

describe('messages larger than a data channel allows', () => {
  it('go out as frames no larger than a chunk and arrive whole, in order', () => {
    const { a, received, wire } = pair();
    const big = bytes(3 * CHUNK_BYTES + 17);
    a.send(big);
    a.send(bytes(10, 7));
    expect(wire.length).toBe(5);
    expect(Math.max(...wire.map((w) => w.length))).toBeLessThanOrEqual(CHUNK_BYTES + 14);
    expect(received).toEqual([big, bytes(10, 7)]);
  });

  it('leaves a small message exactly as a stock y-webrtc peer sends it', () => {
    const { a, wire } = pair();
    const small = bytes(CHUNK_BYTES);
    a.send(small);
    expect(wire).toEqual([small]);
  });

  it('waits while the channel buffer is full, and keeps later small messages behind the frames', () => {
    let buffered = 5_000_000;
    const { a, received, wire, waiting } = pair({ buffered: () => buffered });
    a.send(bytes(2 * CHUNK_BYTES + 1));
    a.send(bytes(3, 9));
    expect(wire).toEqual([]);
    buffered = 0;
    waiting.shift()!();
    expect(received.map((r) => r.length)).toEqual([2 * CHUNK_BYTES + 1, 3]);
  });
});

describe('frames from an untrusted partner', () => {
  const frames = (n: number, id = 5) => frameMessage(bytes(n), id);

  it('drops a message whose frames come out of order, and still takes the next good one', () => {
    const r = createReassembler(1_000_000);
    const [f0, f1, f2] = frames(2 * CHUNK_BYTES + 5);
    expect(r.push(f0)).toBeUndefined();
    expect(r.push(f2)).toBeUndefined();
    expect(r.push(f1)).toBeUndefined();
    const good = frames(CHUNK_BYTES + 1, 6);
    expect(r.push(good[0])).toBeUndefined();
    expect(r.push(good[1])).toEqual(bytes(CHUNK_BYTES + 1));
  });

  it('refuses a message announced or grown beyond the size bound', () => {
    const r = createReassembler(2 * CHUNK_BYTES);
    for (const f of frames(3 * CHUNK_BYTES)) expect(r.push(f)).toBeUndefined();
    // A frame that lies about its count and payload.
    const liar = frames(2 * CHUNK_BYTES)[1].slice();
    new DataView(liar.buffer).setUint32(6, 0);
    const padded = new Uint8Array(liar.length + 10);
    padded.set(liar);
    expect(r.push(padded)).toBeUndefined();
    expect(r.push(frames(2 * CHUNK_BYTES)[1])).toBeUndefined();
  });

  it('drops frames of one message interleaved with another message', () => {
    const r = createReassembler(1_000_000);
    const one = frames(CHUNK_BYTES + 3, 1);
    const two = frames(CHUNK_BYTES + 4, 2);
    r.push(one[0]);
    expect(r.push(two[1])).toBeUndefined();
    expect(r.push(one[1])).toBeUndefined();
  });

  it('never throws and never yields more than the bound, whatever bytes arrive', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 30 }), (chunks) => {
        const r = createReassembler(1000, 64);
        for (const c of chunks) {
          const framed = c.length > 2 ? Uint8Array.from([0xf5, 0xac, ...c]) : c;
          const out = r.push(framed);
          if (out && out !== framed) expect(out.length).toBeLessThanOrEqual(1000);
        }
      }),
    );
  });

  it('round-trips any sequence of messages, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 12 }), (sizes) => {
        const r = createReassembler(10_000, 64);
        const out: Uint8Array[] = [];
        sizes.forEach((n, i) => {
          for (const f of frameMessage(bytes(n, i), i, 64)) {
            const whole = r.push(f);
            if (whole) out.push(whole);
          }
        });
        expect(out).toEqual(sizes.map((n, i) => bytes(n, i)));
      }),
    );
  });
});

describe('the bound on one reassembled message', () => {
  it('refuses a message announced beyond MAX_REASSEMBLED_BYTES from its first frame', async () => {
    const { MAX_REASSEMBLED_BYTES } = await import('../../../../renderer/sync/chunked-channel');
    const r = createReassembler(MAX_REASSEMBLED_BYTES);
    const first = frameMessage(bytes(CHUNK_BYTES + 1), 1)[0].slice();
    new DataView(first.buffer).setUint32(10, Math.ceil(MAX_REASSEMBLED_BYTES / CHUNK_BYTES) + 1);
    expect(r.push(first)).toBeUndefined();
    // Nothing was started: the next frame of that message has nothing to join.
    const second = frameMessage(bytes(CHUNK_BYTES + 1), 1)[1];
    expect(r.push(second)).toBeUndefined();
  });
});

describe('what counts as a frame', () => {
  const header = (count: number, index = 0, id = 9) => {
    const f = new Uint8Array(14);
    const v = new DataView(f.buffer);
    f[0] = 0xf5;
    f[1] = 0xac;
    v.setUint32(2, id);
    v.setUint32(6, index);
    v.setUint32(10, count);
    return f;
  };
  const withPayload = (head: Uint8Array, payload: Uint8Array) => {
    const f = new Uint8Array(head.length + payload.length);
    f.set(head);
    f.set(payload, head.length);
    return f;
  };

  it('a message that only looks like a frame header is framed, so the partner cannot mistake it; it arrives intact', () => {
    const lookalike = header(1); // 14 bytes starting F5 AC
    const framed = frameMessage(lookalike, 3);
    expect(framed).toHaveLength(1);
    expect(framed[0].length).toBe(28);
    expect(createReassembler(1000).push(framed[0])).toEqual(lookalike);
    const { a, received } = pair();
    a.send(lookalike);
    expect(received).toEqual([lookalike]);
  });

  it('a header with no payload is an (empty) frame; messages with only one magic byte are not frames', () => {
    expect(createReassembler(1000).push(header(1))).toEqual(new Uint8Array(0));
    for (const first of [0x00, 0xf5]) {
      const msg = bytes(20);
      msg[0] = first;
      msg[1] = first === 0xf5 ? 0x00 : 0xac;
      expect(frameMessage(msg, 1)).toEqual([msg]);
      expect(createReassembler(1000).push(msg)).toBe(msg);
    }
  });

  it('refuses a frame with count 0, a payload over the chunk size, or more frames than the bound allows even if tiny', () => {
    const r = createReassembler(1000, 64);
    expect(r.push(withPayload(header(0), bytes(3)))).toBeUndefined();
    expect(r.push(withPayload(header(1), bytes(65)))).toBeUndefined();
    expect(r.push(withPayload(header(1), bytes(64)))).toEqual(bytes(64));
    // 1000 bytes at 64 per frame: at most 16 frames.
    const many = (count: number) => Array.from({ length: count }, (_, i) => withPayload(header(count, i), bytes(1, i)));
    expect(many(17).map((f) => r.push(f)).filter(Boolean)).toEqual([]);
    const sixteen = many(16).map((f) => r.push(f));
    expect(sixteen.at(-1)).toEqual(Uint8Array.from(Array.from({ length: 16 }, (_, i) => bytes(1, i)[0])));
  });

  it('a message of exactly the bound is taken; one byte more, spread over allowed frames, is not', () => {
    const r = createReassembler(100, 64);
    const exact = frameMessage(bytes(100), 1, 64);
    expect(exact.map((f) => r.push(f)).at(-1)).toEqual(bytes(100));
    const over = frameMessage(bytes(101), 2, 64);
    expect(over).toHaveLength(2);
    expect(over.map((f) => r.push(f))).toEqual([undefined, undefined]);
  });

  it('drops a message whose frames disagree on their count', () => {
    const r = createReassembler(1000, 64);
    expect(r.push(withPayload(header(2, 0), bytes(4)))).toBeUndefined();
    expect(r.push(withPayload(header(3, 1), bytes(4)))).toBeUndefined();
    expect(r.push(withPayload(header(3, 2), bytes(4)))).toBeUndefined();
  });

  it('keeps its own copy of each part (the caller may reuse its buffer)', () => {
    const r = createReassembler(1000, 64);
    const [f0, f1] = frameMessage(bytes(100), 1, 64);
    const reused = f0.slice();
    r.push(reused);
    reused.fill(0);
    expect(r.push(f1)).toEqual(bytes(100));
  });
});

describe('sending on the channel', () => {
  it('waits only while the buffer holds more than the default high-water mark (1 MiB)', () => {
    let buffered = 1024 * 1024;
    const { a, wire, waiting } = pair({ buffered: () => buffered });
    a.send(bytes(CHUNK_BYTES + 1));
    expect(wire).toHaveLength(2);
    buffered += 1;
    a.send(bytes(CHUNK_BYTES + 1));
    expect(wire).toHaveLength(2);
    expect(waiting).toHaveLength(1);
  });

  it('a small message with nothing queued goes out at once, even over a full buffer', () => {
    const { a, wire } = pair({ buffered: () => 5_000_000 });
    a.send(bytes(10));
    expect(wire).toEqual([bytes(10)]);
  });

  it('a flood of messages while the buffer is full schedules one wait, not one per message; sending resumes after', () => {
    let buffered = 5_000_000;
    const { a, received, waiting } = pair({ buffered: () => buffered });
    a.send(bytes(CHUNK_BYTES + 1));
    for (let i = 0; i < 50; i++) a.send(bytes(5, i));
    expect(waiting).toHaveLength(1);
    buffered = 0;
    waiting.shift()!();
    expect(received).toHaveLength(51);
    // Not stuck in "waiting": the next large message goes straight out.
    a.send(bytes(CHUNK_BYTES + 2));
    expect(received).toHaveLength(52);
    expect(waiting).toHaveLength(0);
  });

  it('by default waits on a timer (fake timers here) and then sends', () => {
    vi.useFakeTimers();
    try {
      let buffered = 5_000_000;
      const got: Uint8Array[] = [];
      const peer: PeerLike = { send: (d) => void got.push(d), emit: () => true, _channel: { get bufferedAmount() { return buffered; } } };
      installChunking(peer, { maxMessageBytes: 1_000_000 });
      peer.send(bytes(CHUNK_BYTES + 1));
      expect(got).toHaveLength(0);
      buffered = 0;
      vi.advanceTimersByTime(1000);
      expect(got).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a peer without a channel yet sends large messages without waiting', () => {
    const got: Uint8Array[] = [];
    const peer: PeerLike = { send: (d) => void got.push(d), emit: () => true, _channel: null };
    installChunking(peer, { maxMessageBytes: 1_000_000, later: () => {} });
    peer.send(bytes(CHUNK_BYTES + 1));
    expect(got).toHaveLength(2);
  });

  it('a peer destroyed while frames wait sends none of them', () => {
    const { a, wire, waiting } = pair({ buffered: () => 5_000_000 });
    a.send(bytes(CHUNK_BYTES + 1));
    a.destroyed = true;
    waiting.shift()!();
    expect(wire).toEqual([]);
    expect(waiting).toEqual([]);
  });

  it('when the channel closes mid-message, the rest of the queue is dropped and nothing throws', () => {
    const got: Uint8Array[] = [];
    let fail = true;
    const peer: PeerLike = {
      send(d) {
        if (fail) {
          fail = false;
          throw new Error('InvalidStateError: RTCDataChannel.readyState is not open');
        }
        got.push(d);
      },
      emit: () => true,
    };
    installChunking(peer, { maxMessageBytes: 1_000_000, later: () => {} });
    expect(() => peer.send(bytes(3 * CHUNK_BYTES))).not.toThrow();
    expect(got).toEqual([]);
    peer.send(bytes(CHUNK_BYTES + 1)); // a later message still goes out whole
    expect(got).toHaveLength(2);
  });
});

describe('receiving', () => {
  it('events other than data, and data that is not bytes, pass through untouched', () => {
    const seen: unknown[][] = [];
    const peer: PeerLike = { send: () => {}, emit: (...args: unknown[]) => (seen.push(args), true) };
    installChunking(peer, { maxMessageBytes: 1000 });
    const frame = frameMessage(bytes(100), 1, 64)[0];
    peer.emit('connect');
    peer.emit('signal', frame);
    peer.emit('data', 'text message');
    expect(seen).toEqual([['connect'], ['signal', frame], ['data', 'text message']]);
  });
});
