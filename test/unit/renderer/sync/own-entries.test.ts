// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OWN_ENTRIES_KEY, readOwnEntries, watchOwnEntries } from '../../../../renderer/sync/own-entries';
import { applyOps } from '../../../../renderer/sync/offsite-capture';
import { itemsOf, readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { readBets } from '../../../../renderer/sync/workspace-agreement';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { actionIdOf, captureToOps, logIdOf } from '../../../../shared/offsite/capture-ops';
import { ACTIONS } from '../../../../renderer/sync/offsite-capture';
import type { CaptureBody } from '../../../../shared/offsite/capture';
import { meta, seeded } from './offsite-fixtures';

/*
 * The record of own captures' entries on its own (renderer/sync/own-entries.ts): what the watch
 * takes as this leader's entry when it starts, and what it keeps. What Restore does with it:
 * own-removals-restore.test.ts.
 */
const DECISION: CaptureBody = { kind: 'decision', text: 'Ship the beta by March', options: [], forum: 'Weekly sync', decidedOn: '2026-11-26', owner: 'CEO' };

const ACTION: CaptureBody = { kind: 'action', text: 'Draft the hiring plan', owner: 'CTO', due: '2026-12-10' };

/** A seeded workspace holding own decisions `ids`, each with its log entry (no fate kept yet); `others` are the partner's. */
function ownDecisions(...ids: string[]) {
  return captures(ids, []);
}
function captures(own: string[], others: string[], body: Extract<CaptureBody, { text: string }> = DECISION as Extract<CaptureBody, { text: string }>) {
  const doc = seeded();
  for (const id of [...own, ...others]) {
    const r = captureToOps({ ...body, text: `${(body as { text: string }).text} (${id})` } as CaptureBody, meta(id), { workspace: readWorkspace(doc), bets: readBets(doc) });
    if (!r.ok) throw new Error(r.error);
    applyOps(doc, r.ops);
  }
  const watch = () => watchOwnEntries(doc, { origin: PEER_ORIGIN, ownIds: () => new Set(own) });
  return { doc, log: itemsOf(doc, 'log') as Y.Map<unknown>, watch };
}

beforeEach(() => localStorage.clear());

describe('the entries of own captures, when the watch starts', () => {
  it('an entry standing as its capture says is taken as the one written here', () => {
    const { watch } = ownDecisions('cap-1');
    expect(watch().fate(logIdOf('cap-1'))).toEqual({ item: { client: expect.any(Number), clock: expect.any(Number) } });
  });

  it('nothing under the key, or a null the partner put there: no fate, and the watch starts', () => {
    const gone = ownDecisions('cap-1');
    gone.log.delete(logIdOf('cap-1'));
    expect(gone.watch().fate(logIdOf('cap-1'))).toBeUndefined();

    const nulled = ownDecisions('cap-1');
    nulled.log.set(logIdOf('cap-1'), null);
    expect(nulled.watch().fate(logIdOf('cap-1'))).toBeUndefined();
  });

  it('only own captures’ entries: the partner’s captures get no fate', () => {
    const { watch } = captures(['cap-1'], ['cap-2']);
    expect(watch().fate(logIdOf('cap-2'))).toBeUndefined();
    expect(Object.keys(readOwnEntries())).toEqual([logIdOf('cap-1')]);
  });

  it('a fate kept already stays, whatever stands under the key now', () => {
    localStorage.setItem(OWN_ENTRIES_KEY, JSON.stringify({ [logIdOf('cap-1')]: { here: true } }));
    const { watch } = ownDecisions('cap-1');
    expect(watch().fate(logIdOf('cap-1'))).toEqual({ here: true });
  });

  it('junk under the key that shares only the entry’s id is not taken as it', () => {
    const { log, watch } = ownDecisions('cap-1');
    log.set(logIdOf('cap-1'), { id: logIdOf('cap-1'), kind: 'decision', text: 'Cancel the beta' });
    expect(watch().fate(logIdOf('cap-1'))).toBeUndefined();
  });

  it('an unreadable record reads as empty: the entries are taken again', () => {
    localStorage.setItem(OWN_ENTRIES_KEY, '{not json');
    expect(readOwnEntries()).toEqual({});
    const { watch } = ownDecisions('cap-1');
    expect(watch().fate(logIdOf('cap-1'))).toMatchObject({ item: expect.any(Object) });
  });
});

describe('the entries of own captures, as they change here', () => {
  it('an entry edited in place keeps its fate where it was (the newest stay when the record is cut)', () => {
    const { log, watch } = ownDecisions('cap-1', 'cap-2');
    const w = watch();
    expect(Object.keys(readOwnEntries())).toEqual([logIdOf('cap-1'), logIdOf('cap-2')]);
    (log.get(logIdOf('cap-1')) as Y.Map<unknown>).set('text', 'Ship the beta by April');
    expect(Object.keys(readOwnEntries())).toEqual([logIdOf('cap-1'), logIdOf('cap-2')]);
    // Taken away here: its fate changes, and moves to the newest.
    log.delete(logIdOf('cap-1'));
    expect(readOwnEntries()).toEqual({ [logIdOf('cap-2')]: expect.any(Object), [logIdOf('cap-1')]: { here: true } });
    expect(Object.keys(readOwnEntries())).toEqual([logIdOf('cap-2'), logIdOf('cap-1')]);
    w.destroy();
  });

  it('an action line is kept like a log entry: taken away here, its fate says so', () => {
    const { doc, watch } = captures(['cap-a'], [], ACTION);
    const w = watch();
    expect(w.fate(actionIdOf('cap-a'))).toMatchObject({ item: expect.any(Object) });
    doc.getMap(ACTIONS).delete(actionIdOf('cap-a'));
    expect(w.fate(actionIdOf('cap-a'))).toEqual({ here: true });
    w.destroy();
  });

  it('an entry of the partner’s capture taken away here gets no fate (only own captures’ do)', () => {
    const { log, watch } = captures(['cap-1'], ['cap-2']);
    const w = watch();
    log.delete(logIdOf('cap-2'));
    expect(w.fate(logIdOf('cap-2'))).toBeUndefined();
    w.destroy();
  });

  it('a destroyed watch keeps nothing more', () => {
    const { log, watch } = ownDecisions('cap-1');
    const w = watch();
    const kept = readOwnEntries();
    w.destroy();
    log.delete(logIdOf('cap-1'));
    expect(readOwnEntries()).toEqual(kept);
  });
});
