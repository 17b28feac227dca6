// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stopEcho, type EchoingRoom } from '../../../../renderer/sync/no-echo';

/** A room as y-webrtc builds it: a doc, and a handler sending every change to every peer. */
function room(connected: boolean) {
  const sent: Uint8Array[] = [];
  const r: EchoingRoom = { doc: new Y.Doc(), bcconnected: connected, _docUpdateHandler: (update) => void sent.push(update) };
  if (connected) r.doc.on('update', r._docUpdateHandler);
  return { r, sent };
}

describe('stopEcho', () => {
  it("does not send a peer's change back, and still sends every change made here", () => {
    const { r, sent } = room(true);
    stopEcho(r);
    const peer = new Y.Doc();
    peer.getMap('commitments').set('cto', { commitment: 'c'.repeat(64) });
    // What y-webrtc reads from a peer is applied with the room as origin.
    Y.applyUpdate(r.doc, Y.encodeStateAsUpdate(peer), r);
    expect(r.doc.getMap('commitments').get('cto')).toBeDefined();
    expect(sent).toHaveLength(0);
    r.doc.getMap('commitments').set('ceo', { commitment: 'a'.repeat(64) });
    Y.applyUpdate(r.doc, Y.encodeStateAsUpdate(new Y.Doc()), 'bridge');
    expect(sent).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, sent[0]);
    expect(copy.getMap('commitments').get('ceo')).toEqual({ commitment: 'a'.repeat(64) });
  });

  it('keeps y-webrtc disconnect/connect working: they remove and add the replaced handler', () => {
    const { r, sent } = room(true);
    stopEcho(r);
    // disconnect()
    r.doc.off('update', r._docUpdateHandler);
    r.doc.getMap('m').set('offline', 1);
    expect(sent).toHaveLength(0);
    // connect()
    r.doc.on('update', r._docUpdateHandler);
    r.doc.getMap('m').set('online', 1);
    expect(sent).toHaveLength(1);
  });

  it('on a room not yet connected, listens only once y-webrtc connects it', () => {
    const { r, sent } = room(false);
    stopEcho(r);
    r.doc.getMap('m').set('before', 1);
    expect(sent).toHaveLength(0);
    r.doc.on('update', r._docUpdateHandler);
    r.doc.getMap('m').set('after', 1);
    const peer = new Y.Doc();
    peer.getMap('m').set('from the peer', 1);
    Y.applyUpdate(r.doc, Y.encodeStateAsUpdate(peer), r);
    expect(r.doc.getMap('m').get('from the peer')).toBe(1);
    expect(sent).toHaveLength(1);
  });
});
