// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { countEntries, heldEntries } from '../../../../renderer/sync/entry-tally';
import { readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { addLogEntries } from '../../../../renderer/sync/workspace-mutations';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';
import { createLogEntry } from '../../../../shared/workspace/log';
import { readListCell } from '../../../../renderer/sync/workspace-lists';

function victimDoc(): Y.Doc {
  const victim = new Y.Doc();
  seedIfEmpty(victim, new Date(2026, 10, 1));
  addLogEntries(victim, [createLogEntry({ kind: 'decision', what: 'Hire', options: ['now'] }, { now: new Date(2026, 10, 1), id: 'row' })]);
  return victim;
}

// Review r6 (a gap, not fixed: a design call). The entry caps count live list elements and map keys,
// not deleted list items; every read of a list walks those too. Measured at 40 x 50,000: 2,000,001
// items in one row's cell for 18 MB (inside the 32 MB budget), tally 266, readListCell 23 ms,
// readWorkspace 29 ms, encodeStateAsUpdate 331 ms. Kept small here (4 updates).
describe('r6: tombstones in one list cell (documents the gap)', () => {
  it('a partner fills a row\'s list cell with deleted items; the caps never see them', () => {
    const victim = victimDoc();
    heldEntries(victim);
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    let refused: unknown;
    for (let u = 0; u < 4 && !refused; u++) {
      const sv = Y.encodeStateVector(victim);
      const cell = (partner.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>;
      // Insert at the front one at a time (each item's neighbours are not its clock neighbours: no merge), then delete.
      partner.transact(() => {
        for (let i = 0; i < 50_000; i++) cell.insert(0, ['x']);
      });
      partner.transact(() => cell.delete(0, 50_000));
      const update = Y.encodeStateAsUpdate(partner, sv);
      const verdict = checkPeerUpdate(victim, update, WORKSPACE_LIMITS);
      if (!verdict.ok) {
        refused = verdict;
        break;
      }
      Y.applyUpdate(victim, update, PEER_ORIGIN);
    }
    const cell = (victim.getMap('log').get('row') as Y.Map<unknown>).get('options') as Y.Array<string>;
    let n = 0;
    for (let it = cell._start; it; it = it.right) n++;
    const list = readListCell(cell);
    expect(readWorkspace(victim).log.find((e) => e.id === 'row')?.options).toEqual(['now']);
    expect(list).toEqual(['now']);
    expect(refused).toBeUndefined();
    expect(n).toBe(200_001);
    expect(heldEntries(victim)).toBe(countEntries(victim));
    expect(heldEntries(victim)).toBeLessThan(300);
  }, 60_000);
});
