// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { orderedIds } from '../../../../renderer/sync/workspace-doc';
import { setItemField } from '../../../../renderer/sync/workspace-mutations';
import { openWorkspace } from '../../../../renderer/sync/workspace-owner';
import { workspaceOfUpdate } from '../../../../renderer/sync/workspace-restore';

// Node has no RTCPeerConnection, so the WebRTC session is replaced by one whose connection
// state the test drives (session.ts itself is covered by the e2e specs). Everything else is
// real: the open workspace, its IndexedDB (fake-indexeddb) and its kept versions.
const sessions: FakeSession[] = [];
class FakeSession {
  status = { state: 'connecting' };
  closed = false;
  private listeners = new Set<() => void>();
  constructor(readonly options: Record<string, unknown>) {}
  onChange(cb: () => void) {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  set(state: string) {
    this.status = { state };
    for (const l of this.listeners) l();
  }
  async close() {
    this.closed = true;
  }
}
vi.mock('../../../../renderer/sync/session', () => ({
  SharedDocSession: {
    open: async (options: Record<string, unknown>) => {
      const s = new FakeSession(options);
      sessions.push(s);
      return s;
    },
  },
}));

const { attachWorkspace, workspaceRoom, WORKSPACE_LIMITS } = await import('../../../../renderer/sync/workspace-sync');

describe('co-editing the workspace (WebRTC session faked: no RTCPeerConnection in Node)', () => {
  it('joins "<room>.workspace" with the same secret, the open doc and the workspace limits', async () => {
    expect(workspaceRoom('abc123')).toBe('abc123.workspace');
    const db = new AccordDatabase(`accord-wsync-${Math.random()}`);
    const ws = await openWorkspace(new DexieDocStore(db));
    await attachWorkspace(ws.doc, { room: 'abc123', secret: 's3cret', signalingUrls: ['ws://x'], isHost: true });
    expect(sessions.at(-1)!.options).toEqual({ room: 'abc123.workspace', secret: 's3cret', signalingUrls: ['ws://x'], isHost: true, external: ws.doc, limits: WORKSPACE_LIMITS });
    await ws.close();
    db.close();
  });

  it('keeps a version on connect, when a live connection is lost (not before it was live), and on close', async () => {
    const db = new AccordDatabase(`accord-wsync-${Math.random()}`);
    const ws = await openWorkspace(new DexieDocStore(db));
    const reasons = async () => (await ws.versions!.list()).map((v) => v.reason);
    await vi.waitFor(async () => expect(await reasons()).toEqual(['open']));
    const row = orderedIds(ws.doc, 'matrix')[0];
    let n = 0;
    const edit = () => setItemField(ws.doc, 'matrix', row, 'decision', `Edit ${++n}`);

    edit();
    const session = (await attachWorkspace(ws.doc, { room: 'r', secret: 's', signalingUrls: [], isHost: false })) as unknown as FakeSession;
    expect(await reasons()).toEqual(['connect', 'open']);

    // An edit before every change of state: a version wrongly started at any of them would
    // differ from the next one, so it would show in the exact lists asserted below (after the
    // disconnect and after close): no sleep needed to prove a negative.
    edit();
    session.set('connecting'); // never connected yet: nothing to keep
    edit();
    session.set('connected');
    edit();
    session.set('connected'); // still connected: nothing either
    edit();
    expect(await reasons()).toEqual(['connect', 'open']);

    session.set('disconnected');
    await vi.waitFor(async () => expect(await reasons()).toEqual(['disconnect', 'connect', 'open']));
    // …and it holds the state at the moment the connection was lost.
    const [lost] = await ws.versions!.list();
    expect(workspaceOfUpdate((await ws.versions!.get(lost.id))!.update).matrix.find((r) => r.id === row)?.decision).toBe(`Edit ${n}`);

    edit();
    await session.close();
    expect(session.closed).toBe(true);
    expect(await reasons()).toEqual(['disconnect', 'disconnect', 'connect', 'open']);
    await ws.close();
    db.close();
  });
});
