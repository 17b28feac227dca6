// @vitest-environment node
// Parts of a split update wait on this laptop for the rest. A partner holding the invite could
// send the first part of many huge updates and never the rest: what is held is bounded in count
// (8), in bytes (twice the largest update; past it the partner is refused) and in age (60 s).
import { describe, expect, it, vi } from 'vitest';
import { PARTNER_STALE_MS, PENDING_BYTES_PER_UPDATE, PENDING_MAX_AGE_MS } from '../../../../renderer/sync/signaling-relay';
import { chunk, edit, frame, laptop, PARTNER, relaySuite } from './relay-fakes';

const suite = relaySuite();
const MAX = 1000;
/** The first half of an update of the largest size; the second half never comes. */
const half = (seq: number) => chunk(PARTNER, new Uint8Array(MAX / 2), { seq, part: 0, parts: 2, size: MAX });
const u = edit('a', 'x'.repeat(40));
const cut = Math.ceil(u.length / 2);
const part = (i: 0 | 1, seq = 7) => chunk(PARTNER, u, { seq, part: i, parts: 2, data: i ? u.subarray(cut) : u.subarray(0, cut) });

describe('half-sent updates held for the partner', () => {
  it(`are bounded in bytes (${PENDING_BYTES_PER_UPDATE} × the largest update): one part more refuses the partner, saying what and how much, and frees them`, async () => {
    const refused: [string, string][] = [];
    const me = laptop(Promise.resolve(suite.key), { maxUpdateBytes: MAX, onRefuse: (why, kind) => refused.push([kind, why]) });
    const fits = (PENDING_BYTES_PER_UPDATE * MAX) / (MAX / 2);
    for (let seq = 0; seq < fits; seq++) await me.hear(await frame(half(seq), suite.key));
    expect(refused).toEqual([]);
    expect(me.relay.pendingBytes).toBe(PENDING_BYTES_PER_UPDATE * MAX);
    await me.hear(await frame(half(fits), suite.key));
    expect(refused).toEqual([['size', "your partner's laptop left more than 2 KB of messages half-sent through the host laptop"]]);
    expect(me.relay.pendingBytes).toBe(0);
  });

  it('an update of the largest size still completes beside another left half-sent (a reload mid-answer)', async () => {
    const refused: string[] = [];
    const me = laptop(Promise.resolve(suite.key), { maxUpdateBytes: u.length, onRefuse: (why) => refused.push(why) });
    await me.hear(await frame(chunk(PARTNER, new Uint8Array(u.length - 1), { seq: 1, part: 0, parts: 2, size: u.length }), suite.key));
    await me.hear(await frame(part(0), suite.key));
    await me.hear(await frame(part(1), suite.key));
    expect(me.wire.getMap('m').get('a')).toBe('x'.repeat(40));
    expect(refused).toEqual([]);
    expect(me.relay.pendingBytes).toBe(u.length - 1);
  });

  it(`are dropped ${PENDING_MAX_AGE_MS / 1000} s after their first part (not at exactly that): the rest arriving later completes nothing`, async () => {
    let t = 1_000;
    const me = laptop(Promise.resolve(suite.key), { now: () => t });
    await me.hear(await frame(part(0, 1), suite.key));
    t += PENDING_MAX_AGE_MS;
    await me.hear(await frame(part(1, 1), suite.key));
    expect(me.wire.getMap('m').get('a')).toBe('x'.repeat(40));

    const late = laptop(Promise.resolve(suite.key), { now: () => t });
    await late.hear(await frame(part(0, 2), suite.key));
    t += PENDING_MAX_AGE_MS + 1;
    await late.hear(await frame(part(1, 2), suite.key));
    expect(late.wire.getMap('m').has('a')).toBe(false);
    expect(late.relay.pendingBytes).toBe(u.length - cut); // only the new entry's part, waiting for its own rest
  });

  it('a partner gone silent: its parts are freed by the link watch’s expire(), without another message', async () => {
    let t = 1_000;
    const me = laptop(Promise.resolve(suite.key), { now: () => t, maxUpdateBytes: MAX });
    await me.hear(await frame(half(0), suite.key));
    t += PENDING_MAX_AGE_MS + 1;
    me.relay.expire(PARTNER_STALE_MS);
    expect(me.relay.pendingBytes).toBe(0);
  });

  it('with no clock given, aged by the page’s own clock (performance.now)', async () => {
    let t = 1_000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => t);
    try {
      const me = laptop(Promise.resolve(suite.key), { maxUpdateBytes: MAX });
      await me.hear(await frame(half(0), suite.key));
      t += PENDING_MAX_AGE_MS;
      me.relay.expire(PARTNER_STALE_MS);
      expect(me.relay.pendingBytes).toBe(MAX / 2);
      t += 1;
      me.relay.expire(PARTNER_STALE_MS);
      expect(me.relay.pendingBytes).toBe(0);
    } finally {
      clock.mockRestore();
    }
  });

  it('the refusal says megabytes once the bound is one or more', async () => {
    const refused: string[] = [];
    const size = 600_000; // bound: 1.2 MB
    const me = laptop(Promise.resolve(suite.key), { maxUpdateBytes: size, onRefuse: (why) => refused.push(why) });
    const part = (seq: number, i: number) => chunk(PARTNER, new Uint8Array(150_000), { seq, part: i, parts: 4, size });
    // Three of each update's four parts, then two of a third: exactly the bound, held.
    for (const [seq, parts] of [[0, 3], [1, 3], [2, 2]]) for (let i = 0; i < parts; i++) await me.hear(await frame(part(seq, i), suite.key));
    expect(me.relay.pendingBytes).toBe(1_200_000);
    expect(refused).toEqual([]);
    await me.hear(await frame(part(2, 2), suite.key));
    expect(refused).toEqual(["your partner's laptop left more than 1 MB of messages half-sent through the host laptop"]);
  });
});
