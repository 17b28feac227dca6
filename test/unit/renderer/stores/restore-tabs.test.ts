// @vitest-environment jsdom
// A backup restored in another tab of this browser: this tab stops its writers (its workspace
// dropped unsaved before a Replace) and reloads once that tab is done. The other tab is a raw
// BroadcastChannel on the same name; this tab's own notes are not followed.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RESTORE_CHANNEL, followRestoresInOtherTabs, tellOtherTabs, type RestoreNote } from '../../../../renderer/stores/restore-tabs';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { abandonWorkspace, closeWorkspace, openWorkspace } from '../../../../renderer/sync/workspace-owner';
import { replacedInStorage } from '../../../../renderer/sync/restore-epoch';

const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await closeWorkspace();
});

function otherTab() {
  const channel = new BroadcastChannel(RESTORE_CHANNEL);
  cleanups.push(() => channel.close());
  return (note: RestoreNote) => channel.postMessage(note);
}

function follow() {
  const stopped: string[] = [];
  let reloads = 0;
  cleanups.push(
    followRestoresInOtherTabs({
      stopWriters: async (mode) => void stopped.push(mode),
      reload: () => void reloads++,
    }),
  );
  return { stopped, reloads: () => reloads };
}

describe('a restore in another tab', () => {
  it('stops this tab’s writers when it is about to write, and reloads once it is done', async () => {
    const tab = follow();
    const other = otherTab();
    other({ restore: 'replace', phase: 'writing' });
    await vi.waitFor(() => expect(tab.stopped).toEqual(['replace']));
    expect(tab.reloads()).toBe(0);
    other({ restore: 'replace', phase: 'done' });
    other({ restore: 'replace', phase: 'done' }); // told again as the page goes: one reload
    await vi.waitFor(() => expect(tab.reloads()).toBe(1));
    expect(tab.stopped).toEqual(['replace']);
  });

  it('heard only when done (installed late): stops the writers all the same before reloading', async () => {
    const tab = follow();
    otherTab()({ restore: 'merge', phase: 'done' });
    await vi.waitFor(() => expect(tab.reloads()).toBe(1));
    expect(tab.stopped).toEqual(['merge']);
  });

  it('found in storage (a save of this tab met the restore epoch of a Replace): stops the writers as for a Replace and reloads, once', async () => {
    const tab = follow();
    replacedInStorage();
    await vi.waitFor(() => expect(tab.reloads()).toBe(1));
    expect(tab.stopped).toEqual(['replace']);
    replacedInStorage(); // found again (the note of another save): already stopping and reloading
    await new Promise((r) => setTimeout(r, 0)); // a reload would have been asked for in the microtasks before
    expect([tab.stopped, tab.reloads()]).toEqual([['replace'], 1]);
  });

  it('this tab’s own restore is not followed (the restoring tab reloads itself)', async () => {
    const tab = follow();
    const heardByOthers: RestoreNote[] = [];
    const other = new BroadcastChannel(RESTORE_CHANNEL);
    cleanups.push(() => other.close());
    other.onmessage = (e) => heardByOthers.push(e.data);
    tellOtherTabs({ restore: 'replace', phase: 'writing' });
    await vi.waitFor(() => expect(heardByOthers).toHaveLength(1));
    expect(tab.stopped).toEqual([]);
  });
});

describe('abandonWorkspace (this tab, before another tab’s Replace)', () => {
  it('drops an edit not yet saved: not written at once, not later, not as the page goes', async () => {
    const db = new AccordDatabase(`accord-abandon-${Math.random()}`);
    await db.open();
    const ws = await openWorkspace(new DexieDocStore(db));
    await vi.waitFor(async () => expect(await db.docs.get('workspace')).toBeDefined()); // the seed, saved
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    ws.doc.getMap('meta').set('typed', 'just before the other tab restored'); // saved 150 ms later…
    await abandonWorkspace();
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(1000); // …had it not been dropped: its write would be issued here
    vi.useRealTimers();
    // A read issued after a write sees it (IndexedDB orders them).
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await db.docs.get('workspace'))!.update);
    expect(stored.getMap('meta').get('typed')).toBeUndefined();
    db.close();
  });
});
