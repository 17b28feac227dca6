// @vitest-environment node
// What a partner sends that never becomes a wire update: raw messages (resends of what we hold,
// sync requests) and changes Yjs keeps waiting on the wire. The bridge counts and bounds both.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { bridgeDocs, type Refusal } from '../../../../renderer/sync/peer-bridge';
import { MESSAGE_RATE } from '../../../../renderer/sync/inbound-limits';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { buildsOnUnknown, pendingDs, spreadDeletes } from './y-crafted';

function setup() {
  const wire = new Y.Doc();
  const doc = new Y.Doc();
  doc.getMap('matrix').set('row-1', 'mine');
  let t = 0;
  const refusals: Refusal[] = [];
  const bridge = bridgeDocs(wire, doc, WORKSPACE_LIMITS, (r) => refusals.push(r), { schedule: (fn) => fn(), now: () => t });
  return { wire, doc, bridge, refusals, advance: (ms: number) => (t += ms) };
}

describe('raw messages from the partner are counted', () => {
  it('a partner typing fast (30 messages a second for a minute) is never refused', () => {
    const s = setup();
    for (let i = 0; i < 1800; i++) {
      expect(s.bridge.countMessage(300)).toBe(true);
      s.advance(33);
    }
    expect(s.refusals).toEqual([]);
  });

  it('a workspace first sync at the 32 MB cap, in 64 KiB frames, twice within the window, passes', () => {
    const s = setup();
    const frames = Math.ceil(WORKSPACE_LIMITS.maxDocBytes / 65_536) + 1;
    for (let i = 0; i < 2 * frames; i++) expect(s.bridge.countMessage(65_550)).toBe(true);
    expect(s.refusals).toEqual([]);
  });

  it(`more than ${MESSAGE_RATE.maxMessages} messages in 10 s stop the partner ('rate'), and later ones are dropped`, () => {
    const s = setup();
    let accepted = 0;
    for (let i = 0; i < MESSAGE_RATE.maxMessages + 50; i++) if (s.bridge.countMessage(20)) accepted++;
    expect(accepted).toBe(MESSAGE_RATE.maxMessages);
    expect(s.refusals).toEqual([{ kind: 'rate', reason: `your partner's laptop sent more than ${MESSAGE_RATE.maxMessages} messages in 10 seconds` }]);
    expect(s.bridge.stopped?.kind).toBe('rate');
  });

  it('the same bytes resent over and over stop the partner once past the byte budget', () => {
    const s = setup();
    let sent = 0;
    while (s.bridge.countMessage(250_000)) sent++;
    expect(sent).toBe(Math.floor(MESSAGE_RATE.maxBytes / 250_000));
    expect(s.refusals).toEqual([{ kind: 'rate', reason: `your partner's laptop sent more than ${MESSAGE_RATE.maxBytes / 1_000_000} MB in 10 seconds` }]);
  });

  it('the budget is per window: the same count spread over two windows passes', () => {
    const s = setup();
    for (let w = 0; w < 2; w++) {
      for (let i = 0; i < MESSAGE_RATE.maxMessages; i++) expect(s.bridge.countMessage(20)).toBe(true);
      s.advance(MESSAGE_RATE.windowMs + 1);
    }
    expect(s.refusals).toEqual([]);
  });
});

describe("what waits on the wire is bounded (the partner's changes that build on ones never sent)", () => {
  it("a flood of deletes of clocks we never got stops the partner ('pending') and leaves nothing waiting", () => {
    const s = setup();
    for (let m = 0; m < 20 && !s.bridge.stopped; m++) Y.applyUpdate(s.wire, spreadDeletes(4242, 4_000, 1_000_000 + m * 40_000));
    expect(s.refusals).toEqual([{ kind: 'pending', reason: expect.stringContaining('over the 64 KB limit') }]);
    expect(pendingDs(s.wire)).toBeNull();
    // Nothing of it reached the trusted doc, and my edits still go out to the wire.
    expect(s.doc.getMap('matrix').toJSON()).toEqual({ 'row-1': 'mine' });
    s.doc.getMap('matrix').set('row-2', 'typed after');
    expect(s.wire.getMap('matrix').get('row-2')).toBe('typed after');
  });

  it('changes that build on a writer never heard from, over 1 MB, stop the partner too', () => {
    const s = setup();
    Y.applyUpdate(s.wire, buildsOnUnknown(1_100_000));
    expect(s.refusals.map((r) => r.kind)).toEqual(['pending']);
  });

  it('refuse() stops the bridge with the reason given (a message too large to put back together)', () => {
    const s = setup();
    s.bridge.refuse('size', 'too large');
    expect(s.refusals).toEqual([{ kind: 'size', reason: 'too large' }]);
    expect(s.bridge.countMessage(1)).toBe(false);
  });
});

describe('close() detaches every hook', () => {
  it('after close, neither a pending flood nor a message flood refuses anything, and messages are dropped', () => {
    const s = setup();
    s.bridge.close();
    Y.applyUpdate(s.wire, buildsOnUnknown(1_100_000));
    for (let m = 0; m < 20; m++) Y.applyUpdate(s.wire, spreadDeletes(4242, 4_000, 1_000_000 + m * 40_000));
    for (let i = 0; i < MESSAGE_RATE.maxMessages + 10; i++) expect(s.bridge.countMessage(20)).toBe(false);
    s.bridge.refuse('size', 'late');
    expect(s.refusals).toEqual([]);
    expect(s.bridge.stopped).toBeUndefined();
  });
});
