// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { isOwnWrite } from '../../../../renderer/sync/own-writes';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { openWorkspace, WORKSPACE_DOC_ID } from '../../../../renderer/sync/workspace-owner';
import { captureHash } from '../../../../shared/offsite/capture-agreement';
import { capture, meta, seeded } from './offsite-fixtures';

/*
 * Captures written before this laptop kept a record of its own (own-writes.ts) are adopted once,
 * from the workspace as stored here when it is opened — before any partner is connected. Nothing
 * that arrives later is adopted, in that run or the next (review r18: no noise for existing users,
 * no door for a partner forging captures in this leader's name).
 */
const ACTION = { kind: 'action' as const, text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' };

beforeEach(() => localStorage.clear());

describe('adopting the captures already stored on this laptop', () => {
  it('the first open adopts what the stored workspace holds; a capture arriving after it (the partner) is not adopted, then or in the next run', async () => {
    const before = seeded();
    capture(before, ACTION, meta('cap-old'));
    const store = new MemoryDocStore();
    await store.save(WORKSPACE_DOC_ID, Y.encodeStateAsUpdate(before));

    const ws = await openWorkspace(store);
    const [old] = readOffsite(ws.doc).captures;
    expect(isOwnWrite(old.id, captureHash(old))).toBe(true);
    // The partner's laptop files one under the CEO's name once the session is up.
    capture(ws.doc, { ...ACTION, text: 'Alex hands the roadmap to Blake' }, meta('cap-forged', '2026-11-26T11:00:00.000Z'));
    const forged = readOffsite(ws.doc).captures.find((c) => c.id === 'cap-forged')!;
    expect(isOwnWrite(forged.id, captureHash(forged))).toBe(false);
    await ws.close();

    const again = await openWorkspace(store);
    expect(readOffsite(again.doc).captures.map((c) => c.id).sort()).toEqual(['cap-forged', 'cap-old']);
    expect(isOwnWrite(forged.id, captureHash(forged))).toBe(false);
    await again.close();
  });

  it('a fresh laptop (nothing stored) adopts nothing, so a partner’s capture in its name is never its own', async () => {
    const ws = await openWorkspace(new MemoryDocStore());
    expect(readOffsite(ws.doc).captures).toEqual([]);
    expect(localStorage.getItem('accord.offsite.ownWrites')).toBe('{}');
    capture(ws.doc, ACTION, meta('cap-forged'));
    const [forged] = readOffsite(ws.doc).captures;
    expect(isOwnWrite(forged.id, captureHash(forged))).toBe(false);
    await ws.close();
  });
});
