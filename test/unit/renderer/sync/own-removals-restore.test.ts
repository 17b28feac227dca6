// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { watchOwnRemovals } from '../../../../renderer/sync/own-removals';
import { rememberOwnWrite } from '../../../../renderer/sync/own-writes';
import { applyOps, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { itemsOf, readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { removeItem } from '../../../../renderer/sync/workspace-mutations';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { readBets } from '../../../../renderer/sync/workspace-agreement';
import { actionIdOf, captureToOps, logEntryOf, logIdOf } from '../../../../shared/offsite/capture-ops';
import type { Capture, CaptureBody } from '../../../../shared/offsite/capture';
import { receiveFromPartner } from './partner-update';
import { meta, seeded } from './offsite-fixtures';

/*
 * Review: "Restore may resurrect a removed item". What it wrote back beside a decision was its
 * decision-log entry whenever that was missing at the time of the restore, whoever had taken it:
 * a log entry this leader deleted on the Workspace page (before the partner's laptop removed the
 * capture, or after) came back with it. Restore writes back what the partner's change took, not
 * what this leader removed. Two real docs: the partner's changes pass through the peer guard.
 */
const DECISION: CaptureBody = { kind: 'decision', text: 'Ship the beta by March', options: [], forum: 'Weekly sync', decidedOn: '2026-11-26', owner: 'CEO' };
const NOW = () => new Date('2026-11-26T11:00:00.000Z');
const LOG = logIdOf('cap-1');

function writeOwn(doc: Y.Doc, id: string, body: CaptureBody = DECISION): Capture {
  const r = captureToOps(body, meta(id), { workspace: readWorkspace(doc), bets: readBets(doc) });
  if (!r.ok) throw new Error(r.error);
  rememberOwnWrite(r.capture);
  applyOps(doc, r.ops);
  return r.capture;
}
const hasLog = (doc: Y.Doc) => readWorkspace(doc).log.some((e) => e.id === LOG);

beforeEach(() => localStorage.clear());

describe('a decision log entry this leader deleted is not brought back by Restore', () => {
  it('deleted before the partner removed the capture', () => {
    const doc = seeded();
    const mine = writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    removeItem(doc, 'log', LOG); // on the Workspace page
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));

    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(readOffsite(doc).captures).toEqual([mine]);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it('deleted after the partner removed the capture', () => {
    const doc = seeded();
    const mine = writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    removeItem(doc, 'log', LOG);

    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(readOffsite(doc).captures).toEqual([mine]);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it('taken with the capture, put back by the partner, then deleted by this leader: not brought back', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    receiveFromPartner(doc, (p) => applyOps(p, [{ op: 'put-log', entry: logEntryOf('cap-1', DECISION as Extract<CaptureBody, { kind: 'decision' }>) }]));
    removeItem(doc, 'log', LOG);

    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it('deleted by this leader, then junk written there in the change that removes the capture: not counted as taken with it', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    removeItem(doc, 'log', LOG);
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').set(LOG, 0 as never);
    });
    expect(watch.current().map((r) => r.tookEntry)).toEqual([undefined]);
    watch.restore('capture:cap-1');
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it('an action line: taken in the same change comes back; one taken in an earlier change does not', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-a', { kind: 'action', text: 'Draft the hiring plan', owner: 'CTO', due: '2026-12-10' });
    writeOwn(doc, 'cap-b', { kind: 'action', text: 'Publish the matrix', owner: 'CEO', due: '2026-12-11' });
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-a');
      p.getMap('actions').delete(actionIdOf('cap-a'));
    });
    receiveFromPartner(doc, (p) => p.getMap('actions').delete(actionIdOf('cap-b')));
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-b'));
    watch.restore('capture:cap-a');
    watch.restore('capture:cap-b');
    expect(readOffsite(doc).captures.map((c) => c.id).sort()).toEqual(['cap-a', 'cap-b']);
    expect([...doc.getMap('actions').keys()]).toEqual([actionIdOf('cap-a')]);
    watch.destroy();
  });

  it('taken with the capture in the same change, and still gone: brought back (across a reload too)', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-1');
    const first = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    first.destroy();
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc), 'persistence');
    const again = watchOwnRemovals(reloaded, { origin: PEER_ORIGIN, now: NOW });
    expect(again.restore('capture:cap-1')).toBe(true);
    expect(hasLog(reloaded)).toBe(true);
    again.destroy();
  });
});

describe('the item itself, in one window', () => {
  /*
   * Checked, and correct before this change: the partner re-creating it under the same id (other
   * words) takes the notice away, and Restore does not put the stale copy over the new one.
   */
  it('re-created under the same id: no notice, and Restore writes nothing', () => {
    const doc = seeded();
    const mine = writeOwn(doc, 'cap-1');
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    const theirs = { ...mine, text: 'Ship the beta in June' };
    receiveFromPartner(doc, (p) => p.getMap('captures').set('cap-1', theirs));
    expect(watch.current()).toEqual([]);
    expect(watch.restore('capture:cap-1')).toBe(false);
    expect(readOffsite(doc).captures).toEqual([theirs]);
    watch.destroy();
  });
});
