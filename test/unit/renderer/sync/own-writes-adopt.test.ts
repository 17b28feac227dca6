// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { isOwnWrite } from '../../../../renderer/sync/own-writes';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { openWorkspace, WORKSPACE_DOC_ID } from '../../../../renderer/sync/workspace-owner';
import { captureHash, writtenHash } from '../../../../shared/offsite/capture-agreement';
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
    expect(isOwnWrite(old)).toBe(true);
    // The partner's laptop files one under the CEO's name once the session is up.
    capture(ws.doc, { ...ACTION, text: 'Alex hands the roadmap to Blake' }, meta('cap-forged', '2026-11-26T11:00:00.000Z'));
    const forged = readOffsite(ws.doc).captures.find((c) => c.id === 'cap-forged')!;
    expect(isOwnWrite(forged)).toBe(false);
    await ws.close();

    const again = await openWorkspace(store);
    expect(readOffsite(again.doc).captures.map((c) => c.id).sort()).toEqual(['cap-forged', 'cap-old']);
    expect(isOwnWrite(forged)).toBe(false);
    await again.close();
  });

  it('a fresh laptop (nothing stored) adopts nothing, so a partner’s capture in its name is never its own', async () => {
    const ws = await openWorkspace(new MemoryDocStore());
    expect(readOffsite(ws.doc).captures).toEqual([]);
    expect(localStorage.getItem('accord.offsite.ownWrites')).toBe('{}');
    capture(ws.doc, ACTION, meta('cap-forged'));
    const [forged] = readOffsite(ws.doc).captures;
    expect(isOwnWrite(forged)).toBe(false);
    await ws.close();
  });
});

describe('an entry of an earlier version (the body’s hash only)', () => {
  it('takes the stored record’s hash when the workspace is opened: the partner then moving or retitling the capture is seen', async () => {
    const before = seeded();
    capture(before, ACTION, meta('cap-old'));
    const store = new MemoryDocStore();
    await store.save(WORKSPACE_DOC_ID, Y.encodeStateAsUpdate(before));
    const [stored] = readOffsite(before).captures;
    localStorage.setItem('accord.offsite.ownWrites', JSON.stringify({ 'cap-old': captureHash(stored) }));

    const ws = await openWorkspace(store);
    const [old] = readOffsite(ws.doc).captures;
    expect(isOwnWrite(old)).toBe(true);
    expect(JSON.parse(localStorage.getItem('accord.offsite.ownWrites')!)).toEqual({ 'cap-old': writtenHash(old) });
    // The partner's laptop, once the session is up, moves it to a block no agenda has.
    ws.doc.getMap('captures').set('cap-old', { ...(ws.doc.getMap('captures').get('cap-old') as object), blockId: 'nowhere', blockTitle: 'Blake decides' });
    const [moved] = readOffsite(ws.doc).captures;
    expect(isOwnWrite(moved)).toBe(false);
    await ws.close();
  });

  it('one whose body the stored capture no longer has stays as it was (nothing is adopted that was not written here)', async () => {
    const before = seeded();
    capture(before, ACTION, meta('cap-old'));
    const store = new MemoryDocStore();
    await store.save(WORKSPACE_DOC_ID, Y.encodeStateAsUpdate(before));
    localStorage.setItem('accord.offsite.ownWrites', JSON.stringify({ 'cap-old': '0'.repeat(32) }));
    const ws = await openWorkspace(store);
    expect(JSON.parse(localStorage.getItem('accord.offsite.ownWrites')!)).toEqual({ 'cap-old': '0'.repeat(32) });
    expect(isOwnWrite(readOffsite(ws.doc).captures[0])).toBe(false);
    await ws.close();
  });
});
