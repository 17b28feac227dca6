// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import { SharedDocSession } from '../../../../renderer/sync/session';
import { closeTabChannel, type TabChannelRoom } from '../../../../renderer/sync/no-tab-channel';

/*
 * A real y-webrtc room (no peers: Node has no RTCPeerConnection) and a real BroadcastChannel
 * standing in for another tab of the same browser: what reaches that tab?
 */
const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});

function otherTab(room: string) {
  const heard: unknown[] = [];
  const ch = new BroadcastChannel(room);
  ch.onmessage = (e) => heard.push(e.data);
  open.push(ch);
  return heard;
}

async function until(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(done()).toBe(true);
}

/** Long enough for y-webrtc's encrypt (Web Crypto) and a BroadcastChannel delivery. */
const settle = () => new Promise((r) => setTimeout(r, 60));

describe('closeTabChannel', () => {
  it('y-webrtc alone mirrors every change to the other tabs (what the close removes)', async () => {
    const doc = new Y.Doc();
    const provider = new WebrtcProvider(`tab-control-${Math.random()}`, doc, { signaling: [], password: 'secret' });
    open.push({ close: () => provider.destroy() });
    await provider.key;
    const heard = otherTab(provider.roomName);
    await settle();
    heard.length = 0;
    doc.getMap('m').set('k', 1);
    await settle();
    expect(heard.length).toBeGreaterThan(0);
  });

  it('after the close, a change reaches no other tab', async () => {
    const doc = new Y.Doc();
    const provider = new WebrtcProvider(`tab-closed-${Math.random()}`, doc, { signaling: [], password: 'secret' });
    open.push({ close: () => provider.destroy() });
    await provider.key;
    closeTabChannel(provider.room as unknown as TabChannelRoom);
    const heard = otherTab(provider.roomName);
    // What connecting announced (encrypted, so posted after the close).
    await until(() => heard.length > 0);
    await settle();
    heard.length = 0;
    doc.getMap('m').set('k', 1);
    await settle();
    expect(heard).toHaveLength(0);
  });
});

describe('a shared doc session', () => {
  it('posts no change to the other tabs of this browser (only what connecting announced), also after going offline and back', async () => {
    const room = `session-tabs-${Math.random()}`;
    const heard = otherTab(room);
    const session = await SharedDocSession.open({ room, secret: 'secret', signalingUrls: [], isHost: true });
    open.push(session);
    // Connecting announces itself on the channel once the key is derived (PBKDF2: slow under
    // load), and the close follows in the same task: once that is heard, the channel is closed.
    await until(() => heard.length > 0);
    await settle();
    heard.length = 0;
    session.doc.getMap('m').set('first', 1);
    await settle();
    expect(heard).toHaveLength(0);
    session.disconnect();
    session.reconnect();
    await until(() => heard.length > 0);
    await settle();
    heard.length = 0;
    session.doc.getMap('m').set('second', 1);
    await settle();
    expect(heard).toHaveLength(0);
  });
});
