// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
