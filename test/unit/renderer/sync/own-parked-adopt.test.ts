// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { ownParkedCheck } from '../../../../renderer/sync/own-parked';
import { parkItem, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { openWorkspace, WORKSPACE_DOC_ID } from '../../../../renderer/sync/workspace-owner';
import { seeded } from './offsite-fixtures';

/*
 * Parked items stored before this laptop kept a record of what it parked (own-parked.ts) stay
 * readable as before: adopted once, from the workspace as stored here when it is opened. One
 * arriving after that (the partner's laptop, once the session is up) is never adopted.
 */
const item = (id: string, text: string) => ({ id, text, blockId: 'close', blockTitle: 'Close', author: 'ceo' as const, authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' });

beforeEach(() => localStorage.clear());

describe('adopting the parked items already stored on this laptop', () => {
  it('the first open adopts them; one arriving after is not adopted, then or in the next run', async () => {
    const before = seeded();
    parkItem(before, item('park-old', 'Office move'));
    const store = new MemoryDocStore();
    await store.save(WORKSPACE_DOC_ID, Y.encodeStateAsUpdate(before));

    const ws = await openWorkspace(store);
    expect(readOffsite(ws.doc).parked.map((p) => ownParkedCheck()(p))).toEqual(['as-written']);
    parkItem(ws.doc, item('park-forged', 'Alex steps down'));
    const forged = readOffsite(ws.doc).parked.find((p) => p.id === 'park-forged')!;
    expect(ownParkedCheck()(forged)).toBe('none');
    await ws.close();

    const again = await openWorkspace(store);
    expect(readOffsite(again.doc).parked).toHaveLength(2);
    expect(ownParkedCheck()(forged)).toBe('none');
    await again.close();
  });

  it('a capture of this laptop under the same id does not vouch for a parked item (kept apart)', async () => {
    localStorage.setItem('accord.offsite.ownWrites', JSON.stringify({ 'park-x': 'w:0' }));
    const ws = await openWorkspace(new MemoryDocStore());
    parkItem(ws.doc, item('park-x', 'Alex steps down'));
    expect(ownParkedCheck()(readOffsite(ws.doc).parked[0])).toBe('none');
    await ws.close();
  });
});
