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

/**
 * Waits out what connecting announced (encrypted, so posted after any close; a session
 * derives its key first, PBKDF2, slow under load), then makes `change`: what the other tab hears of it.
 */
async function heardOf(heard: unknown[], change: () => void): Promise<unknown[]> {
  await until(() => heard.length > 0);
  await settle();
  heard.length = 0;
  change();
  await settle();
  return [...heard];
}

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
    expect(await heardOf(heard, () => doc.getMap('m').set('k', 1))).toHaveLength(0);
  });
});

describe('a shared doc session', () => {
  it('posts no change to the other tabs of this browser (only what connecting announced), also after going offline and back', async () => {
    const room = `session-tabs-${Math.random()}`;
    const heard = otherTab(room);
    const session = await SharedDocSession.open({ room, secret: 'secret', signalingUrls: [], isHost: true });
    open.push(session);
    // The close follows the connect in the same task: once its announcement is heard, it is done.
    expect(await heardOf(heard, () => session.doc.getMap('m').set('first', 1))).toHaveLength(0);
    session.disconnect();
    session.reconnect();
    expect(await heardOf(heard, () => session.doc.getMap('m').set('second', 1))).toHaveLength(0);
  });
});
