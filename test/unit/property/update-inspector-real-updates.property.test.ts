// @vitest-environment node
/**
 * The inspector refuses an update that sends one writer's changes in more than one block
 * (a hand-made update could place an item where Yjs will not land it). Real Yjs never writes
 * that: updates of any edits by three writers, partly synced, merged in any selection (as the
 * peer bridge merges a batch), and a whole doc's state are never refused for it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { inspectUpdate } from '../../../renderer/sync/update-inspector';

const op = fc.tuple(fc.nat(2), fc.nat(5), fc.string({ maxLength: 3 }), fc.boolean());

describe('real Yjs updates are one block per writer', () => {
  it('whatever the edits, syncs and merge selection', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(1000), { maxLength: 12 }), (ops, picks) => {
        const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
        const updates: Uint8Array[] = [];
        for (const d of docs) d.on('update', (u: Uint8Array, origin: unknown) => origin !== 'sync' && updates.push(u));
        for (const [who, kind, value, sync] of ops) {
          const d = docs[who];
          if (kind === 5) d.getArray('a').insert(0, [value]);
          else if (kind === 4 && d.getArray('a').length) d.getArray('a').delete(0, 1);
          else d.getMap('m').set(String(kind), value);
          if (sync) {
            const other = docs[(who + 1) % 3];
            Y.applyUpdate(other, Y.encodeStateAsUpdate(d, Y.encodeStateVector(other)), 'sync');
          }
        }
        const selection = picks.length ? picks.map((p) => updates[p % updates.length]) : updates;
        const empty = new Y.Doc();
        for (const update of [Y.mergeUpdates(selection), Y.encodeStateAsUpdate(docs[0]), ...selection]) {
          const result = inspectUpdate(empty, update, true);
          expect(result.ok ? '' : result.reason).not.toMatch(/more than one block/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
