import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { readShared } from '../../../../renderer/sync/workspace-agreement';
import { OFFSITE_ROOTS, readOffsite } from '../../../../renderer/sync/offsite-capture';
import { seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { setItemField } from '../../../../renderer/sync/workspace-mutations';
import { orderedIds } from '../../../../renderer/sync/workspace-doc';

let doc: Y.Doc;
vi.mock('../../../../renderer/sync/workspace-owner', () => ({ getWorkspaceDoc: () => doc }));
const { docSnapshot } = await import('../../../../renderer/stores/workspace-doc-snapshot');

// A partner floods the agreement record (or the captures) with tens of thousands of junk entries,
// inside the guard's 150,000-entry cap. Before: the agreement bars and the offsite pages read
// their whole root again on every change to the doc — every keystroke in a matrix cell parsed
// every entry again (over a second for 140,000 on this machine). Now a snapshot given its roots
// reads again only when one of them changes (or when bumped for this laptop's own record).

function flooded(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, new Date(2025, 2, 10));
  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(d));
  const sv = Y.encodeStateVector(partner);
  partner.transact(() => {
    for (let i = 0; i < 2000; i++) partner.getMap('agreement').set(`junk-${i}|ceo`, { role: 'ceo', hash: 'a'.repeat(32), at: '2025-01-01T00:00:00.000Z', name: 'x', mode: 'live' });
  });
  Y.applyUpdate(d, Y.encodeStateAsUpdate(partner, sv), PEER_ORIGIN);
  return d;
}

describe('a snapshot of some roots of the workspace doc', () => {
  it('is not read again when the user edits elsewhere, only when its roots change or it is bumped', () => {
    doc = flooded();
    const read = vi.fn((d: Y.Doc | undefined) => (d ? readShared(d) : {}));
    const snap = docSnapshot(read, ['agreement', 'policies', 'bets', 'gapFixes']);
    const heard = vi.fn();
    snap.subscribe(heard);
    expect(Object.keys(snap.snapshot())).toHaveLength(2000);
    expect(read).toHaveBeenCalledTimes(1);

    // Typing in a matrix cell: nothing the snapshot reads changed.
    const row = orderedIds(doc, 'matrix')[0];
    for (const text of ['P', 'Pr', 'Pri']) setItemField(doc, 'matrix', row, 'decision', text);
    snap.snapshot();
    expect(heard).not.toHaveBeenCalled();
    expect(read).toHaveBeenCalledTimes(1);

    // A confirmation arrives, or a nested gap-fix text changes: read again.
    doc.getMap('agreement').set('matrix|cto', { role: 'cto', hash: 'b'.repeat(32), at: '2025-01-01T00:00:00.000Z', name: 'y', mode: 'live' });
    expect(Object.keys(snap.snapshot())).toHaveLength(2001);
    expect(read).toHaveBeenCalledTimes(2);
    const cell = new Y.Text('Fix');
    doc.getMap('gapFixes').set('s1.work', cell);
    snap.snapshot();
    cell.insert(3, ' it');
    snap.snapshot();
    expect(read).toHaveBeenCalledTimes(4);

    // This laptop's own record changed (localStorage): bumped, read again.
    snap.bump();
    snap.snapshot();
    expect(read).toHaveBeenCalledTimes(5);
  });

  it('the offsite record is read again for a capture, not for a log edit', () => {
    doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2025, 2, 10));
    const read = vi.fn((d: Y.Doc | undefined) => (d ? readOffsite(d) : undefined));
    const snap = docSnapshot(read, OFFSITE_ROOTS);
    snap.subscribe(() => undefined);
    snap.snapshot();
    setItemField(doc, 'matrix', orderedIds(doc, 'matrix')[0], 'cadence', 'Weekly');
    snap.snapshot();
    expect(read).toHaveBeenCalledTimes(1);
    doc.getMap('parking').delete('nothing-there');
    doc.getMap('captures').set('c1', { id: 'c1' });
    expect(snap.snapshot()?.dropped).toHaveLength(1);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('without roots, every change reads again (as before)', () => {
    doc = new Y.Doc();
    seedIfEmpty(doc, new Date(2025, 2, 10));
    const read = vi.fn(() => 1);
    const snap = docSnapshot(read);
    snap.subscribe(() => undefined);
    snap.snapshot();
    setItemField(doc, 'matrix', orderedIds(doc, 'matrix')[0], 'cadence', 'Weekly');
    snap.snapshot();
    expect(read).toHaveBeenCalledTimes(2);
  });
});
