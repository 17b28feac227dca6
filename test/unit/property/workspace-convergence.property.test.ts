import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { orderedIds, readWorkspace, seedIfEmpty } from '../../../renderer/sync/workspace-doc';
import {
  addItem,
  moveItem,
  removeItem,
  setCriticalFlow,
  setItemField,
  setMetricValueIn,
  setRiskField,
  setRoadmapItem,
} from '../../../renderer/sync/workspace-mutations';
import { createLogEntry } from '../../../shared/workspace/log';
import { parseWorkspace } from '../../../shared/workspace/validate';

/*
 * Two laptops edit the workspace at the same time with the app's own mutations, then
 * exchange updates: whatever the edits and whatever order the updates arrive in, both
 * end with the same workspace (Yjs convergence, through our list order and text diffs).
 */

const NOW = new Date(2026, 10, 1, 9);
type Doc = Y.Doc;
const text = fc.string({ unit: 'binary', maxLength: 24 });
const list = fc.constantFrom('matrix' as const, 'cadence' as const, 'log' as const, 'metrics' as const, 'dependencies' as const);

/** An operation picks its target by position in what the laptop shows at that moment. */
const op = fc.oneof(
  fc.record({ kind: fc.constant('addLog' as const), id: fc.integer({ min: 0, max: 6 }), what: text, at: fc.nat(12) }),
  fc.record({ kind: fc.constant('remove' as const), list, at: fc.nat(12) }),
  fc.record({ kind: fc.constant('move' as const), list, at: fc.nat(12), to: fc.nat(12) }),
  fc.record({ kind: fc.constant('logText' as const), field: fc.constantFrom('what' as const, 'decidedBy' as const, 'forum' as const), at: fc.nat(12), value: text }),
  fc.record({ kind: fc.constant('logStatus' as const), at: fc.nat(12), value: fc.constantFrom('open' as const, 'decided' as const, 'closed' as const) }),
  fc.record({ kind: fc.constant('matrixText' as const), at: fc.nat(12), value: text }),
  fc.record({ kind: fc.constant('metricValue' as const), at: fc.nat(12), month: fc.constantFrom('2026-09', '2026-10'), value: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('roadmap' as const), value: text }),
  fc.record({ kind: fc.constant('flow' as const), index: fc.constantFrom(0 as const, 1 as const, 2 as const), value: text }),
  fc.record({ kind: fc.constant('risk' as const), value: fc.integer({ min: 0, max: 100 }) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function pick(doc: Doc, l: Parameters<typeof orderedIds>[1], at: number): string | undefined {
  const ids = orderedIds(doc, l);
  return ids.length ? ids[at % ids.length] : undefined;
}

function apply(doc: Doc, o: Op): void {
  switch (o.kind) {
    case 'addLog':
      return addItem(doc, 'log', createLogEntry({ kind: 'decision', what: o.what }, { now: NOW, id: `log-${o.id}` }), o.at);
    case 'remove': {
      const id = pick(doc, o.list, o.at);
      return id ? removeItem(doc, o.list, id) : undefined;
    }
    case 'move': {
      const id = pick(doc, o.list, o.at);
      return id ? moveItem(doc, o.list, id, o.to) : undefined;
    }
    case 'logText': {
      const id = pick(doc, 'log', o.at);
      return id ? setItemField(doc, 'log', id, o.field, o.value) : undefined;
    }
    case 'logStatus': {
      const id = pick(doc, 'log', o.at);
      return id ? setItemField(doc, 'log', id, 'status', o.value) : undefined;
    }
    case 'matrixText': {
      const id = pick(doc, 'matrix', o.at);
      return id ? setItemField(doc, 'matrix', id, 'decision', o.value) : undefined;
    }
    case 'metricValue': {
      const id = pick(doc, 'metrics', o.at);
      return id ? setMetricValueIn(doc, id, o.month, o.value) : undefined;
    }
    case 'roadmap':
      return setRoadmapItem(doc, o.value);
    case 'flow':
      return setCriticalFlow(doc, o.index, o.value);
    case 'risk':
      return setRiskField(doc, 'deliverySlipPercent', o.value);
  }
}

const exchange = (from: Doc, to: Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');

describe('workspace mutations converge (fast-check)', () => {
  it('two laptops, random concurrent edits in rounds, then an exchange: same workspace on both, in any delivery order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(op, { maxLength: 6 }), fc.array(op, { maxLength: 6 }), fc.boolean()), { minLength: 1, maxLength: 4 }),
        (rounds) => {
          const a = new Y.Doc();
          const b = new Y.Doc();
          const updatesA: Uint8Array[] = [];
          const updatesB: Uint8Array[] = [];
          a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && updatesA.push(u));
          b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && updatesB.push(u));
          seedIfEmpty(a, NOW);
          seedIfEmpty(b, NOW);
          for (const [opsA, opsB, syncAfter] of rounds) {
            for (const o of opsA) apply(a, o);
            for (const o of opsB) apply(b, o);
            if (syncAfter) {
              exchange(a, b);
              exchange(b, a);
            }
          }
          exchange(a, b);
          exchange(b, a);
          const wsA = readWorkspace(a);
          expect(readWorkspace(b)).toEqual(wsA);

          // A third laptop that gets each edit as its own message, B's first and A's reversed.
          const c = new Y.Doc();
          for (const u of [...updatesB, ...updatesA.reverse()]) Y.applyUpdate(c, u, 'remote');
          expect(readWorkspace(c)).toEqual(wsA);

          // Whatever was merged is still a workspace the app can read back.
          expect(parseWorkspace(JSON.parse(JSON.stringify(wsA))).ok).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});
