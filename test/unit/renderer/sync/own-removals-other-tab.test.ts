// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { persistDoc } from '../../../../renderer/sync/doc-persistence';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { watchOwnRemovals } from '../../../../renderer/sync/own-removals';
import { readOwnEntries } from '../../../../renderer/sync/own-entries';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { itemsOf, readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { logIdOf } from '../../../../shared/offsite/capture-ops';
import { receiveFromPartner } from './partner-update';
import { seeded } from './offsite-fixtures';
import { writeOwn } from './own-items';

/*
 * Review of 2026-11-29 (found by the storage reviewer): tab A holds the session with the partner,
 * tab B is another tab of the same browser (a capture tab beside the facilitator view). The
 * partner's laptop removes this leader's decision in A; A names it and saves; B takes the saved
 * change in. B read that change as made on this laptop (its leader's own removal), dropped the
 * notice from the shared list and marked the log entry "removed here": the partner's removal
 * vanished from both tabs and Restore would not bring the entry back.
 */
const NOW = () => new Date('2026-11-26T11:00:00.000Z');
const LOG = logIdOf('cap-1');

beforeEach(() => localStorage.clear());

describe("a partner's removal taken in by another tab of this browser", () => {
  it('keeps its notice in both tabs (and after a reload) and leaves the entry restorable', async () => {
    const store = new MemoryDocStore();
    const base = seeded();
    writeOwn(base, 'cap-1');
    await store.save('workspace', Y.encodeStateAsUpdate(base));
    const tabA = new Y.Doc();
    const savesA = await persistDoc(tabA, 'workspace', store, 0, { acrossTabs: { channel: 'tabs-test' }, savesAtOnce: (o) => o === PEER_ORIGIN });
    const tabB = new Y.Doc();
    const savesB = await persistDoc(tabB, 'workspace', store, 0, { acrossTabs: { channel: 'tabs-test' } });
    const watchA = watchOwnRemovals(tabA, { origin: PEER_ORIGIN, now: NOW });
    const watchB = watchOwnRemovals(tabB, { origin: PEER_ORIGIN, now: NOW });

    receiveFromPartner(tabA, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    expect(watchA.current()).toHaveLength(1);
    await savesA.saved();
    await vi.waitFor(() => expect(readOffsite(tabB).captures).toEqual([]));

    expect(watchA.current()).toHaveLength(1);
    expect(readOwnEntries()[LOG]).toMatchObject({ taken: true });
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(tabA));
    const watchReloaded = watchOwnRemovals(reloaded, { origin: PEER_ORIGIN, now: NOW });
    expect(watchReloaded.current()).toHaveLength(1);
    expect(watchReloaded.restore('capture:cap-1')).toBe(true);
    expect(readWorkspace(reloaded).log.some((e) => e.id === LOG)).toBe(true);
    for (const w of [watchA, watchB, watchReloaded]) w.destroy();
    await savesA();
    await savesB();
  });
});
