import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, orderOf, readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { migrateListCells } from '../../../../renderer/sync/workspace-list-migration';
import { countRemoved } from '../../../../renderer/sync/workspace-mass-delete';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { checkMatrix } from '../../../../shared/workspace/matrix';
import { filterLog } from '../../../../shared/workspace/log';
import { receiveFromPartner } from './partner-update';
import { planContext } from '../../../../shared/plan/context';
import { workspaceIssues } from '../../../../renderer/sync/workspace-doc';

// A partner (plain yjs, through the peer guard) writes a row whose map has a key named
// "__proto__" holding a plain object. Read into a plain object, that key set the row's prototype
// instead of a field: the reader's "a missing field reads empty" pass then found the partner's
// values through the prototype and filled nothing in, and the row, once spread, had no fields at
// all. Before: `decision` was undefined and checkMatrix (the workspace page, the plan) threw
// "Cannot read properties of undefined (reading 'trim')" on every read. Now the key is not a
// field: the row reads like any row with its fields missing, empty and named by validation.

const NOW = new Date(2025, 2, 10);

function laptop(): Y.Doc {
  const d = new Y.Doc();
  seedIfEmpty(d, NOW);
  migrateListCells(d);
  return d;
}

const poisoned = (fields: Record<string, unknown>) => {
  const row = new Y.Map();
  row.set('__proto__', fields);
  return row;
};

describe('a row with a "__proto__" key from the partner', () => {
  it('reads with its fields empty, not missing, and the readers that use them do not throw', () => {
    const mine = laptop();
    receiveFromPartner(mine, (p) => {
      itemsOf(p, 'matrix').set('evil', poisoned({ decision: 'Layoffs (CTO alone)', accountable: ['CTO'], consulted: [], informed: [], cadence: 'x' }));
      orderOf(p, 'matrix').push(['evil']);
      itemsOf(p, 'log').set('evil-log', poisoned({ what: 'x', decidedBy: 'x', forum: 'x', options: [] }));
      orderOf(p, 'log').push(['evil-log']);
    });
    const ws = readWorkspace(mine);
    const row = ws.matrix.find((r) => r.id === 'evil')!;
    expect(row).toMatchObject({ decision: '', accountable: [], consulted: [], informed: [], cadence: '' });
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(() => checkMatrix(ws.matrix)).not.toThrow();
    expect(ws.log.find((e) => e.id === 'evil-log')).toMatchObject({ what: '', decidedBy: '', forum: '', options: [] });
    expect(() => filterLog(ws.log, { text: 'x' } as never)).not.toThrow();
  });

  it("a real row's fields stay what they are beside it, and the key adds no weight to a row replaced by it", () => {
    const mine = laptop();
    const id = readWorkspace(mine).matrix[0].id;
    let counted: ReturnType<typeof countRemoved> | undefined;
    mine.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin === PEER_ORIGIN) counted = countRemoved(mine, tr);
    });
    receiveFromPartner(mine, (p) => {
      // A row replaced by one holding only the poisoned key: it reads blank, a removal.
      itemsOf(p, 'matrix').set(id, poisoned({ decision: 'x'.repeat(500), accountable: ['CTO'] }));
    });
    expect(readWorkspace(mine).matrix.find((r) => r.id === id)?.decision).toBe('');
    expect(counted?.counts).toEqual({ matrix: 1 });
  });
});

// A partner (plain yjs, through the peer guard) writes, under a key no row has, a plain JSON value
// nested 3,000 lists deep — plain JSON, so the guard's limit on how deep shared types nest does not
// see it — and makes the workspace fail validation (a meeting's length as text), so readers get
// the raw projection, which kept every key a row held. Before: the agreement hash of that row
// recursed 3,000 deep and overflowed the stack: planContext (every agreement bar on the workspace
// page, the plan) threw RangeError on every read. Now a row is read with its own fields only.
describe('a row holding a deeply nested plain value under a key rows do not have', () => {
  it('is read without it, and the agreement states and the plan context still build', () => {
    const mine = laptop();
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = [deep];
    receiveFromPartner(mine, (p) => {
      itemsOf(p, 'matrix').get(readWorkspace(p).matrix[0].id)!.set('zz', deep);
      itemsOf(p, 'cadence').get(readWorkspace(p).cadence[0].id)!.set('durationMinutes', 'long');
    });
    const ws = readWorkspace(mine);
    expect(workspaceIssues(ws).length).toBeGreaterThan(0); // the raw projection
    expect('zz' in ws.matrix[0]).toBe(false);
    expect(() => planContext({ workspace: ws })).not.toThrow();
  });

  it("a matrix row's joint CEO + CTO flag is still read", () => {
    const mine = laptop();
    const id = readWorkspace(mine).matrix[0].id;
    itemsOf(mine, 'matrix').get(id)!.set('jointAccountable', true);
    expect(readWorkspace(mine).matrix[0].jointAccountable).toBe(true);
  });
});
