// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REMOVALS_KEY, watchOwnRemovals, type OwnRemovalWatch } from '../../../../renderer/sync/own-removals';
import { readOffsite } from '../../../../renderer/sync/offsite-capture';
import { restoreWorkspaceFromUpdate } from '../../../../renderer/sync/workspace-restore';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { removalKey } from '../../../../shared/offsite/removed-own';
import { receiveFromPartner } from './partner-update';
import { seeded } from './offsite-fixtures';
import { parkOwn, parked, writeOwn } from './own-items';

/*
 * Two windows of the app (Electron can open two; two tabs in a browser) each open the workspace
 * into their own doc and share one localStorage. Each kept the list of removals in memory and
 * wrote all of it back: one window's write dropped what the other had added (a removal of the
 * leader's words gone from the notice, nothing said), and a notice kept removed or restored in one
 * window stayed in the other, whose Restore then wrote the item back.
 *
 * The browser tells the other windows of a localStorage write with a 'storage' event (not the
 * window that wrote); jsdom has one window, so the test sends the event the other window gets.
 */
const NOW = () => new Date('2026-11-26T11:00:00.000Z');
const watch = (doc: Y.Doc) => watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
const keys = (w: OwnRemovalWatch) => w.current().map(removalKey);
const otherWindowWrote = () => window.dispatchEvent(new StorageEvent('storage', { key: REMOVALS_KEY, storageArea: localStorage }));
/** A second window opened on the workspace as it is saved now. */
function openedAgain(...from: Y.Doc[]): Y.Doc {
  const d = new Y.Doc();
  for (const f of from) Y.applyUpdate(d, Y.encodeStateAsUpdate(f), 'persistence');
  return d;
}

beforeEach(() => localStorage.clear());

describe('two windows, one list', () => {
  it("a removal one window listed is not dropped by the other's write: both are kept, and keeping one removed leaves the other", () => {
    const a = seeded();
    writeOwn(a, 'cap-1');
    parkOwn(a, parked('park-1', 'Office move'));
    const b = openedAgain(a);
    const inA = watch(a);
    const inB = watch(b);

    receiveFromPartner(a, (p) => p.getMap('captures').delete('cap-1'));
    receiveFromPartner(b, (p) => p.getMap('parking').delete('park-1'));
    expect(keys(inA)).toEqual(['capture:cap-1']);
    expect(keys(inB)).toEqual(['parked:park-1']);

    // The next start, on the workspace both windows saved: both removals are named.
    const reloaded = openedAgain(a, b);
    expect(keys(watch(reloaded))).toEqual(['capture:cap-1', 'parked:park-1']);

    inB.dismiss('parked:park-1');
    expect(keys(watch(reloaded))).toEqual(['capture:cap-1']);
    expect(keys(inA)).toEqual(['capture:cap-1']);
    [inA, inB].forEach((w) => w.destroy());
  });

  it("kept removed in one window: the other's notice goes, and its Restore writes nothing", () => {
    const a = seeded();
    writeOwn(a, 'cap-1');
    const inA = watch(a);
    receiveFromPartner(a, (p) => p.getMap('captures').delete('cap-1'));
    const b = openedAgain(a);
    const inB = watch(b);
    const told: string[][] = [];
    inB.subscribe((list) => told.push(list.map(removalKey)));
    expect(keys(inB)).toEqual(['capture:cap-1']);

    inA.dismiss('capture:cap-1');
    otherWindowWrote();
    expect(keys(inB)).toEqual([]);
    expect(told).toEqual([[]]);
    expect(inB.restore('capture:cap-1')).toBe(false);
    expect(readOffsite(b).captures).toEqual([]);
    [inA, inB].forEach((w) => w.destroy());
  });
});

describe('Restore in one window after the item was dealt with in the other (review: "Restore may resurrect a removed item")', () => {
  it('restored in one window, then removed there by this leader (a version restored): Restore in the other brings nothing back, even before it hears of it', () => {
    const a = seeded();
    const beforeIt = Y.encodeStateAsUpdate(a);
    writeOwn(a, 'cap-1');
    const inA = watch(a);
    receiveFromPartner(a, (p) => p.getMap('captures').delete('cap-1'));
    const b = openedAgain(a);
    const inB = watch(b);

    expect(inA.restore('capture:cap-1')).toBe(true);
    restoreWorkspaceFromUpdate(a, beforeIt); // this leader takes it away again, here
    expect(readOffsite(a).captures).toEqual([]);
    expect(keys(inA)).toEqual([]);

    // No storage event yet: Restore reads what is stored now, not this window's copy.
    expect(inB.restore('capture:cap-1')).toBe(false);
    expect(readOffsite(b).captures).toEqual([]);
    otherWindowWrote();
    expect(keys(inB)).toEqual([]);
    [inA, inB].forEach((w) => w.destroy());
  });

  it("removed by this leader in a window whose copy still had it: the other window's notice goes, and its Restore writes nothing", () => {
    const a = seeded();
    const beforeIt = Y.encodeStateAsUpdate(a);
    writeOwn(a, 'cap-1');
    const b = openedAgain(a); // opened before the partner's change reached window A
    const inA = watch(a);
    const inB = watch(b);
    receiveFromPartner(a, (p) => p.getMap('captures').delete('cap-1'));
    expect(keys(inA)).toEqual(['capture:cap-1']);
    expect(keys(inB)).toEqual([]); // still there in B's copy

    restoreWorkspaceFromUpdate(b, beforeIt); // this leader takes it away in window B
    otherWindowWrote();
    expect(keys(inA)).toEqual([]);
    expect(inA.restore('capture:cap-1')).toBe(false);
    expect(readOffsite(a).captures).toEqual([]);
    [inA, inB].forEach((w) => w.destroy());
  });
});
