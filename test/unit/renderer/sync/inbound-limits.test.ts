// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { isSyncRequest, SYNC_REQUESTS, tokenGate } from '../../../../renderer/sync/inbound-limits';

/** A y-webrtc message: its type (0: sync), then what `write` puts. */
function message(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  write(e);
  return encoding.toUint8Array(e);
}

describe('sync requests (a y-protocols step 1) are told from other messages', () => {
  const doc = new Y.Doc();
  doc.getMap('m').set('k', 1);
  it('step 1 is one; step 2, an update, awareness and junk are not', () => {
    expect(isSyncRequest(message((e) => syncProtocol.writeSyncStep1(e, doc)))).toBe(true);
    expect(isSyncRequest(message((e) => syncProtocol.writeSyncStep2(e, doc)))).toBe(false);
    expect(isSyncRequest(message((e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))))).toBe(false);
    expect(isSyncRequest(Uint8Array.of(1, 0))).toBe(false);
    expect(isSyncRequest(new Uint8Array())).toBe(false);
    expect(isSyncRequest(Uint8Array.of(0))).toBe(false);
  });
});

describe('a request for our whole state is answered twice quickly, then once per 10 s', () => {
  it('per gate: 2 at once, the rest dropped until 10 s have passed', () => {
    let t = 0;
    const gate = tokenGate(SYNC_REQUESTS, () => t);
    const answered = () => Array.from({ length: 50 }, () => gate()).filter(Boolean).length;
    expect(answered()).toBe(2);
    t += 9_999;
    expect(answered()).toBe(0);
    t += 1;
    expect(answered()).toBe(1);
    // An honest peer asks once per connection: a reconnect a minute later is answered.
    t += 60_000;
    expect(answered()).toBe(2);
  });
});
