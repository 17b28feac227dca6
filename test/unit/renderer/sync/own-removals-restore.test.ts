// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { watchOwnRemovals } from '../../../../renderer/sync/own-removals';
import { applyOps, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { itemsOf, readWorkspace } from '../../../../renderer/sync/workspace-doc';
import { removeItem } from '../../../../renderer/sync/workspace-mutations';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { actionIdOf, logEntryOf, logIdOf } from '../../../../shared/offsite/capture-ops';
import type { CaptureBody } from '../../../../shared/offsite/capture';
import { receiveFromPartner } from './partner-update';
import { seeded } from './offsite-fixtures';
import { DECISION, writeOwn } from './own-items';

/*
 * Review: "Restore may resurrect a removed item". What it wrote back beside a decision was its
 * decision-log entry whenever that was missing at the time of the restore, whoever had taken it:
 * a log entry this leader deleted on the Workspace page (before the partner's laptop removed the
 * capture, or after) came back with it. Restore writes back what the partner's change took, not
 * what this leader removed. Two real docs: the partner's changes pass through the peer guard.
 */
const NOW = () => new Date('2026-11-26T11:00:00.000Z');
const LOG = logIdOf('cap-1');

/** A seeded workspace with this leader's decision 'cap-1' (and its log entry), removals watched from then on. */
function watchingOwnDecision() {
  const doc = seeded();
  const mine = writeOwn(doc, 'cap-1');
  return { doc, mine, watch: watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW }) };
}
const hasLog = (doc: Y.Doc) => readWorkspace(doc).log.some((e) => e.id === LOG);

beforeEach(() => localStorage.clear());

describe('a decision log entry this leader deleted is not brought back by Restore', () => {
  it('deleted before the partner removed the capture', () => {
    const { doc, mine, watch } = watchingOwnDecision();
    removeItem(doc, 'log', LOG); // on the Workspace page
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));

    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(readOffsite(doc).captures).toEqual([mine]);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it('deleted after the partner removed the capture', () => {
    const { doc, mine, watch } = watchingOwnDecision();
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    removeItem(doc, 'log', LOG);

    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(readOffsite(doc).captures).toEqual([mine]);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it('taken with the capture, put back by the partner, then deleted by this leader: not brought back', () => {
    const { doc, watch } = watchingOwnDecision();
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
    const { doc, watch } = watchingOwnDecision();
    removeItem(doc, 'log', LOG);
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').set(LOG, 0 as never);
    });
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it('an action line the partner took, in the change that removed the capture or an earlier one, comes back; one this leader deleted does not', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-a', { kind: 'action', text: 'Draft the hiring plan', owner: 'CTO', due: '2026-12-10' });
    writeOwn(doc, 'cap-b', { kind: 'action', text: 'Publish the matrix', owner: 'CEO', due: '2026-12-11' });
    writeOwn(doc, 'cap-c', { kind: 'action', text: 'Book the venue', owner: 'CEO', due: '2026-12-12' });
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-a');
      p.getMap('actions').delete(actionIdOf('cap-a'));
    });
    receiveFromPartner(doc, (p) => p.getMap('actions').delete(actionIdOf('cap-b')));
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-b'));
    doc.transact(() => doc.getMap('actions').delete(actionIdOf('cap-c'))); // on this laptop
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-c'));
    for (const id of ['cap-a', 'cap-b', 'cap-c']) expect(watch.restore(`capture:${id}`)).toBe(true);
    expect(readOffsite(doc).captures.map((c) => c.id).sort()).toEqual(['cap-a', 'cap-b', 'cap-c']);
    expect([...doc.getMap('actions').keys()].sort()).toEqual([actionIdOf('cap-a'), actionIdOf('cap-b')]);
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
    const { doc, mine, watch } = watchingOwnDecision();
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    const theirs = { ...mine, text: 'Ship the beta in June' };
    receiveFromPartner(doc, (p) => p.getMap('captures').set('cap-1', theirs));
    expect(watch.current()).toEqual([]);
    expect(watch.restore('capture:cap-1')).toBe(false);
    expect(readOffsite(doc).captures).toEqual([theirs]);
    watch.destroy();
  });
});

/*
 * Review: "Restore brings back the log entry the leader deleted". Whether the entry was taken was
 * read from its key: an entry stood under `log-<captureId>` just before the partner's change and
 * not after. The partner's laptop can write anything under that key, so the junk it put where this
 * leader had deleted the entry, taken with the capture, counted as the entry, and Restore wrote it
 * back. The other way round, the entry taken in an earlier message (or the key touched after) was
 * never written back. What counts now is the entry written here, by its Yjs item (own-entries.ts).
 */
describe('the entry written here, not whatever stands under its key', () => {
  const watchThenWrite = (doc: Y.Doc) => {
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    return [watch, writeOwn(doc, 'cap-1')] as const;
  };
  const writeThenWatch = (doc: Y.Doc) => {
    const mine = writeOwn(doc, 'cap-1');
    return [watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW }), mine] as const;
  };
  const startedBeforeOrAfter = [
    ['written while the watch runs', watchThenWrite],
    ['written before it started: taken up as the capture says it', writeThenWatch],
  ] as const;

  it.each(startedBeforeOrAfter)('deleted by this leader; the partner puts junk there, then takes it with the capture: not brought back (%s)', (_, start) => {
    const doc = seeded();
    const [watch, mine] = start(doc);
    removeItem(doc, 'log', LOG); // on the Workspace page
    receiveFromPartner(doc, (p) => itemsOf(p, 'log').set(LOG, new Y.Map()));
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(readOffsite(doc).captures).toEqual([mine]);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it.each(startedBeforeOrAfter)('taken by the partner in an earlier message than the capture: brought back (%s)', (_, start) => {
    const doc = seeded();
    const [watch] = start(doc);
    receiveFromPartner(doc, (p) => itemsOf(p, 'log').delete(LOG));
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(readWorkspace(doc).log.find((e) => e.id === LOG)).toEqual(logEntryOf('cap-1', DECISION as Extract<CaptureBody, { kind: 'decision' }>));
    watch.destroy();
  });

  it('taken with the capture, then the partner writes junk there and takes it again: brought back', () => {
    const { doc, watch } = watchingOwnDecision();
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    receiveFromPartner(doc, (p) => itemsOf(p, 'log').set(LOG, new Y.Map()));
    receiveFromPartner(doc, (p) => itemsOf(p, 'log').delete(LOG));
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(hasLog(doc)).toBe(true);
    watch.destroy();
  });

  it('taken by the partner after the capture: brought back with it', () => {
    const { doc, watch } = watchingOwnDecision();
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    receiveFromPartner(doc, (p) => itemsOf(p, 'log').delete(LOG));
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(hasLog(doc)).toBe(true);
    watch.destroy();
  });

  it('brought back by Restore, then deleted by this leader, then the capture removed again: the entry stays deleted', () => {
    const { doc, watch } = watchingOwnDecision();
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(hasLog(doc)).toBe(true);
    removeItem(doc, 'log', LOG);
    receiveFromPartner(doc, (p) => p.getMap('captures').delete('cap-1'));
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });

  it('deleted by this leader, junk put there by the partner, then this leader edits the capture (its words written into that row): that row is the entry now, brought back', () => {
    const doc = seeded();
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    writeOwn(doc, 'cap-1');
    removeItem(doc, 'log', LOG);
    receiveFromPartner(doc, (p) => itemsOf(p, 'log').set(LOG, new Y.Map()));
    const edited = writeOwn(doc, 'cap-1', { ...DECISION, text: 'Ship the beta by April' }); // put-log fills the row in place
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(readOffsite(doc).captures).toEqual([edited]);
    expect(readWorkspace(doc).log.find((e) => e.id === LOG)?.what).toBe('Ship the beta by April');
    watch.destroy();
  });

  it('an entry that does not say what the capture says when the watch starts (the partner replaced it before) is not taken up: not brought back', () => {
    const doc = seeded();
    writeOwn(doc, 'cap-1');
    receiveFromPartner(doc, (p) => {
      const junk = new Y.Map<unknown>();
      itemsOf(p, 'log').set(LOG, junk as never);
      junk.set('what', 'Something else');
    });
    const watch = watchOwnRemovals(doc, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(doc, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    expect(watch.restore('capture:cap-1')).toBe(true);
    expect(hasLog(doc)).toBe(false);
    watch.destroy();
  });
});

describe('the entry written here, in two windows', () => {
  const openedAgain = (from: Y.Doc) => {
    const d = new Y.Doc();
    Y.applyUpdate(d, Y.encodeStateAsUpdate(from), 'persistence');
    return d;
  };

  it('deleted by this leader in one window, taken by the partner with the capture in the other (whose copy still had it): not brought back', () => {
    const a = seeded();
    const inA = watchOwnRemovals(a, { origin: PEER_ORIGIN, now: NOW });
    writeOwn(a, 'cap-1');
    const b = openedAgain(a);
    const inB = watchOwnRemovals(b, { origin: PEER_ORIGIN, now: NOW });
    removeItem(a, 'log', LOG);
    receiveFromPartner(b, (p) => {
      p.getMap('captures').delete('cap-1');
      itemsOf(p, 'log').delete(LOG);
    });
    expect(inB.restore('capture:cap-1')).toBe(true);
    expect(hasLog(b)).toBe(false);
    [inA, inB].forEach((w) => w.destroy());
  });

  it('written in one window, taken by the partner in the other: brought back there', () => {
    const a = seeded();
    const inA = watchOwnRemovals(a, { origin: PEER_ORIGIN, now: NOW });
    writeOwn(a, 'cap-1');
    const b = openedAgain(a);
    const inB = watchOwnRemovals(b, { origin: PEER_ORIGIN, now: NOW });
    receiveFromPartner(b, (p) => itemsOf(p, 'log').delete(LOG));
    receiveFromPartner(b, (p) => p.getMap('captures').delete('cap-1'));
    expect(inB.restore('capture:cap-1')).toBe(true);
    expect(hasLog(b)).toBe(true);
    [inA, inB].forEach((w) => w.destroy());
  });
});
