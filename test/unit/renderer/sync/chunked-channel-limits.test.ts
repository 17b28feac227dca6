// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { CHUNK_BYTES, frameMessage, installChunking, reassemblyCap, type PeerLike } from '../../../../renderer/sync/chunked-channel';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';

/** A simple-peer stand-in whose 'data' events go through the chunking, as y-webrtc's would. */
function receiver(options: Parameters<typeof installChunking>[1]) {
  const got: Uint8Array[] = [];
  const peer: PeerLike = {
    send() {},
    emit(event, ...args) {
      if (event === 'data') got.push(args[0] as Uint8Array);
      return true;
    },
  };
  installChunking(peer, options);
  return { got, deliver: (frames: Uint8Array[]) => frames.forEach((f) => peer.emit('data', f)) };
}

/** y-webrtc's framing of a sync step 2 carrying `update` (what a first sync is). */
function step2(update: Uint8Array): Uint8Array {
  const out = encoding.createEncoder();
  encoding.writeVarUint(out, 0);
  encoding.writeVarUint(out, 1);
  encoding.writeVarUint8Array(out, update);
  return encoding.toUint8Array(out);
}

describe('a large honest workspace completes its first sync', () => {
  it("the reassembly cap holds a first sync as large as the workspace's doc cap", () => {
    const message = step2(new Uint8Array(WORKSPACE_LIMITS.maxDocBytes));
    expect(reassemblyCap(WORKSPACE_LIMITS.maxUpdateBytes)).toBeGreaterThanOrEqual(message.byteLength);
    const r = receiver({ maxMessageBytes: reassemblyCap(WORKSPACE_LIMITS.maxUpdateBytes) });
    r.deliver(frameMessage(message, 1));
    expect(r.got).toHaveLength(1);
    expect(r.got[0].byteLength).toBe(message.byteLength);
  });
});

describe('what the partner may not make this laptop hold or read', () => {
  it('a message over the cap is dropped and said (not kept, not silently lost)', () => {
    const reasons: string[] = [];
    const r = receiver({ maxMessageBytes: 4 * CHUNK_BYTES, onOversize: (why) => reasons.push(why) });
    r.deliver(frameMessage(new Uint8Array(5 * CHUNK_BYTES), 1));
    expect(r.got).toEqual([]);
    // Said once per message; a message within the cap still arrives after it.
    r.deliver(frameMessage(new Uint8Array(2 * CHUNK_BYTES), 2));
    expect(r.got.map((m) => m.byteLength)).toEqual([2 * CHUNK_BYTES]);
    expect(reasons).toEqual(["your partner's laptop sent a message over the 256 KB limit"]);
  });

  it('frames that claim a count over the cap are refused at the first frame', () => {
    const reasons: string[] = [];
    const r = receiver({ maxMessageBytes: 32 * 1024 * 1024, onOversize: (why) => reasons.push(why) });
    const [first] = frameMessage(new Uint8Array(2 * CHUNK_BYTES), 9);
    new DataView(first.buffer).setUint32(10, 100_000);
    r.deliver([first]);
    expect(reasons).toEqual(["your partner's laptop sent a message over the 32 MB limit"]);
  });

  it('onRaw sees every frame first and can drop it; onWhole sees whole messages and can drop them', () => {
    const raw: number[] = [];
    let allow = true;
    const r = receiver({ maxMessageBytes: 1_000_000, onRaw: (d) => (raw.push(d.byteLength), allow), onWhole: (m) => m[0] !== 7 });
    r.deliver(frameMessage(new Uint8Array(3 * CHUNK_BYTES), 1));
    r.deliver([Uint8Array.of(1, 2)]);
    r.deliver([Uint8Array.of(7, 2)]);
    expect(raw).toHaveLength(5);
    expect(r.got.map((m) => m.byteLength)).toEqual([3 * CHUNK_BYTES, 2]);
    allow = false;
    r.deliver([Uint8Array.of(1, 2)]);
    expect(r.got).toHaveLength(2);
  });
});
