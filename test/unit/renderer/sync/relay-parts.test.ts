// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HalfSentParts, MAX_HALF_SENT, type Part } from '../../../../renderer/sync/relay-parts';

// The relay's half-sent updates on their own: reassembly, and the three bounds a partner that
// starts updates and never finishes them runs into (count, bytes, age). Through the relay:
// signaling-relay-*.test.ts.

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

/** An update of `size` bytes (byte i is i % 251) cut into `parts` parts. */
function cut(id: string, size: number, parts: number): Part[] {
  const whole = Uint8Array.from({ length: size }, (_, i) => i % 251);
  const per = Math.ceil(size / parts);
  return Array.from({ length: parts }, (_, part) => ({ id, part, parts, size, data: whole.subarray(part * per, (part + 1) * per) }));
}

function halfSent(maxBytes = 1_000_000, maxAgeMs = 60_000) {
  const clock = { t: 0 };
  return { parts: new HalfSentParts(maxBytes, maxAgeMs, () => clock.t), clock };
}

describe('half-sent updates through the relay', () => {
  it('put back together once every part is there, in any order; what waits is counted until then', () => {
    const { parts } = halfSent();
    const [a, b, c] = cut('p:1', 300, 3);
    expect(parts.add(c)).toBeUndefined();
    expect(parts.add(a)).toBeUndefined();
    expect(parts.bytes).toBe(200);
    expect(parts.add(b)).toEqual(Uint8Array.from({ length: 300 }, (_, i) => i % 251));
    expect(parts.bytes).toBe(0);
    // Done with: a repeat of its last part starts a new wait, it does not complete it again.
    expect(parts.add(b)).toBeUndefined();
    expect(parts.bytes).toBe(100);
  });

  it('a one-part update comes back at once', () => {
    const { parts } = halfSent();
    const [only] = cut('p:1', 50, 1);
    expect(parts.add(only)).toEqual(only.data);
    expect(parts.bytes).toBe(0);
  });

  it('holds a copy of each part, not a view into the message it came in', () => {
    const { parts } = halfSent();
    const message = bytes(1000, 7);
    const first = { id: 'p:1', part: 0, parts: 2, size: 20, data: message.subarray(0, 10) };
    parts.add(first);
    message.fill(9);
    expect(parts.add({ id: 'p:1', part: 1, parts: 2, size: 20, data: bytes(10, 8) })).toEqual(Uint8Array.from([...bytes(10, 7), ...bytes(10, 8)]));
  });

  it('a part that does not fit its update is dropped and not counted: another size, another count, a repeat, more bytes than announced', () => {
    const { parts } = halfSent();
    const [a, b] = cut('p:1', 100, 2);
    parts.add(a);
    expect(parts.add({ ...b, size: 101 })).toBeUndefined();
    expect(parts.add({ ...b, parts: 3 })).toBeUndefined();
    expect(parts.add({ ...a, data: bytes(50, 1) })).toBeUndefined();
    expect(parts.add({ ...b, data: bytes(51, 1) })).toBeUndefined();
    expect(parts.bytes).toBe(50);
    // The right part still completes it, with the first part as it came.
    expect(parts.add(b)).toEqual(Uint8Array.from({ length: 100 }, (_, i) => i % 251));
  });

  it('parts exactly as large as announced fit; all parts there but short of the size is no update', () => {
    const { parts } = halfSent();
    expect(parts.add({ id: 'p:1', part: 0, parts: 1, size: 10, data: bytes(10, 1) })).toEqual(bytes(10, 1));
    expect(parts.add({ id: 'p:2', part: 0, parts: 2, size: 10, data: bytes(3, 1) })).toBeUndefined();
    expect(parts.add({ id: 'p:2', part: 1, parts: 2, size: 10, data: bytes(3, 1) })).toBeUndefined();
    expect(parts.bytes).toBe(0);
  });

  it(`at most ${MAX_HALF_SENT} updates wait at once: the oldest is given up for a new one`, () => {
    const { parts } = halfSent();
    const firsts = Array.from({ length: MAX_HALF_SENT + 1 }, (_, i) => cut(`p:${i}`, 20 + i, 2));
    for (const [first] of firsts.slice(0, MAX_HALF_SENT)) parts.add(first);
    const held = firsts.slice(0, MAX_HALF_SENT).reduce((n, [first]) => n + first.data.length, 0);
    expect(parts.bytes).toBe(held);
    parts.add(firsts[MAX_HALF_SENT][0]);
    // The ninth gave up the oldest: its bytes freed, its second part no longer completes it.
    expect(parts.bytes).toBe(held - firsts[0][0].data.length + firsts[MAX_HALF_SENT][0].data.length);
    expect(parts.add(firsts[1][1])).toEqual(Uint8Array.from({ length: 21 }, (_, i) => i % 251));
    expect(parts.add(firsts[0][1])).toBeUndefined();
  });

  it('up to maxBytes held; a part past it gives up everything held', () => {
    const { parts } = halfSent(100);
    parts.add({ id: 'p:1', part: 0, parts: 2, size: 200, data: bytes(60, 1) });
    parts.add({ id: 'p:2', part: 0, parts: 2, size: 200, data: bytes(40, 1) });
    expect(parts.bytes).toBe(100);
    expect(parts.add({ id: 'p:3', part: 0, parts: 2, size: 200, data: bytes(1, 1) })).toBe('over');
    expect(parts.bytes).toBe(0);
    // Given up: the rest of the first update starts a new wait.
    expect(parts.add({ id: 'p:1', part: 1, parts: 2, size: 200, data: bytes(60, 1) })).toBeUndefined();
    expect(parts.bytes).toBe(60);
  });

  it('an update not completed maxAgeMs after its first part is given up, at the next part or when asked', () => {
    const { parts, clock } = halfSent(1_000_000, 1000);
    const [a, b] = cut('p:1', 100, 2);
    const [c, d] = cut('p:2', 100, 2);
    parts.add(a);
    clock.t = 500;
    parts.add(c);
    // Exactly maxAgeMs old: still waiting.
    clock.t = 1000;
    parts.dropStale();
    expect(parts.bytes).toBe(100);
    clock.t = 1001;
    parts.dropStale();
    expect(parts.bytes).toBe(50);
    expect(parts.add(b)).toBeUndefined();
    // The second, 501 ms old, completes.
    expect(parts.add(d)).toEqual(Uint8Array.from({ length: 100 }, (_, i) => i % 251));
    clock.t = 2002;
    parts.add({ id: 'p:3', part: 0, parts: 2, size: 10, data: bytes(5, 1) });
    expect(parts.bytes).toBe(5);
  });

  it('clear gives up everything held', () => {
    const { parts } = halfSent();
    const [a, b] = cut('p:1', 100, 2);
    parts.add(a);
    parts.clear();
    expect(parts.bytes).toBe(0);
    expect(parts.add(b)).toBeUndefined();
  });
});
