// @vitest-environment node
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LIST_KEYS, readWorkspace, seedIfEmpty, workspaceIssues } from '../../../renderer/sync/workspace-doc';
import { WORKSPACE_ROOTS } from '../../../renderer/sync/workspace-roots';
import { readOffsite } from '../../../renderer/sync/offsite-capture';
import { readBets, readPolicies, readShared } from '../../../renderer/sync/workspace-agreement';
import { readGapFixes } from '../../../renderer/sync/workspace-gap-fixes';
import { readSharedPins } from '../../../renderer/sync/workspace-pins';
import { readAgenda } from '../../../renderer/sync/workspace-agenda';
import { planContext } from '../../../shared/plan/context';
import { workspaceExportMarkdown } from '../../../shared/plan/workspace-export';

/*
 * The partner runs plain yjs and may write any value, of any type, into any field of any
 * row of the co-edited workspace (or leave the field out). Whatever it writes, this laptop
 * still reads its workspace, plans from it and exports it: nothing throws, so no page or
 * plan goes blank, and a wrong field is named by validation instead.
 */

const FIELDS: Record<(typeof LIST_KEYS)[number], string[]> = {
  matrix: ['decision', 'accountable', 'jointAccountable', 'consulted', 'informed', 'cadence'],
  ladder: ['topic', 'workItem', 'systemEffect', 'customerEffect', 'businessEffect', 'decisionAsk', 'askKind'],
  cadence: ['name', 'durationMinutes', 'frequency', 'decisionTypes', 'prereadChecklist', 'firstDate', 'time'],
  metrics: ['name', 'definition', 'unit', 'owner', 'target', 'values'],
  dependencies: ['name', 'status', 'owner', 'note'],
  log: ['kind', 'what', 'decidedBy', 'forum', 'date', 'options', 'commitDeadline', 'status'],
};

type Value = { json: unknown } | { type: 'map' | 'array' | 'text' } | { absent: true };
const value: fc.Arbitrary<Value> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((json) => ({ json })),
  fc.constantFrom('map', 'array', 'text').map((type) => ({ type }) as Value),
  fc.constant({ absent: true } as Value),
);

function write(map: Y.Map<unknown>, key: string, v: Value): void {
  if ('absent' in v) map.delete(key);
  else if ('json' in v) map.set(key, v.json);
  else map.set(key, v.type === 'map' ? new Y.Map() : v.type === 'array' ? new Y.Array() : new Y.Text('x'));
}

const input = (doc: Y.Doc) => ({ workspace: readWorkspace(doc), agreement: { shared: {}, local: {} }, policies: {}, bets: [], gapFixes: {} });

describe('any value in any field of a workspace row, as a partner writes it', () => {
  it('never stops this laptop reading, planning or exporting its workspace', () => {
    const base = new Y.Doc();
    seedIfEmpty(base, new Date(2026, 10, 26));
    const seeded = Y.encodeStateAsUpdate(base);
    const cases = fc.tuple(fc.constantFrom(...LIST_KEYS), fc.boolean(), fc.array(fc.tuple(fc.nat(20), value), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(cases, ([list, newRow, writes]) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, seeded);
        const rows = doc.getMap<Y.Map<unknown>>(list);
        let row = [...rows.values()][0];
        if (newRow || !row) {
          row = new Y.Map();
          rows.set('partner-row', row);
        }
        for (const [i, v] of writes) write(row, FIELDS[list][i % FIELDS[list].length], v);
        const ws = readWorkspace(doc);
        workspaceIssues(ws);
        expect(Object.keys(planContext(input(doc)).states).length).toBeGreaterThan(0);
        expect(workspaceExportMarkdown(input(doc))).toContain('#');
      }),
      { numRuns: 300 },
    );
  });

  it('nor does any value under any key of any root (or inside its first entry), nor in an order list or a text', () => {
    const base = new Y.Doc();
    seedIfEmpty(base, new Date(2026, 10, 26));
    const seeded = Y.encodeStateAsUpdate(base);
    const shared = (v: Value): unknown => ('json' in v ? v.json : 'type' in v ? (v.type === 'map' ? new Y.Map() : v.type === 'array' ? new Y.Array() : new Y.Text('x')) : null);
    fc.assert(
      fc.property(fc.constantFrom(...WORKSPACE_ROOTS), fc.string({ maxLength: 12 }), value, fc.boolean(), (root, key, v, inside) => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, seeded);
        if (root.endsWith('.order')) doc.getArray(root).insert(0, [shared(v)]);
        else if (root.includes('.flow') || root === 'dependencies.roadmapItem') doc.getText(root).insertEmbed(0, { embedded: shared(v) ?? 0 } as object);
        else {
          const map = doc.getMap(root);
          const first = [...map.values()][0];
          write(inside && first instanceof Y.Map ? (first as Y.Map<unknown>) : map, key, v);
        }
        readOffsite(doc);
        readAgenda(doc);
        readSharedPins(doc, 'db-1');
        const all = { workspace: readWorkspace(doc), agreement: { shared: readShared(doc), local: {} }, policies: readPolicies(doc), bets: readBets(doc), gapFixes: readGapFixes(doc) };
        expect(Object.keys(planContext(all).states).length).toBeGreaterThan(0);
        expect(workspaceExportMarkdown(all)).toContain('#');
      }),
      { numRuns: 1000 },
    );
  });
});
