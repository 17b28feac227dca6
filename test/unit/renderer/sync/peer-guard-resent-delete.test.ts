// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkPeerUpdate, type PeerLimits } from '../../../../renderer/sync/peer-guard';
import { bridgeDocs } from '../../../../renderer/sync/peer-bridge';
import { COMPARISON_ROOTS, comparisonRules } from '../../../../renderer/sync/comparison-doc';

// I am the CEO. The partner (CTO) published a commitment; then it sends its whole state (not a
// diff against my state vector): the struct of that commitment, which I already hold, plus a
// delete set removing it.

const limits = (doc: Y.Doc): PeerLimits => ({ maxUpdateBytes: 160_000, maxDocBytes: 2_000_000, roots: COMPARISON_ROOTS, entries: comparisonRules(doc, 'ceo') });
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

function setup() {
  const partner = new Y.Doc();
  partner.getMap('commitments').set('cto', { commitment: A, sealedAt: '2025-03-10T10:00:00.000Z', name: 'Dana' });
  const mine = new Y.Doc();
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(partner));
  partner.getMap('commitments').delete('cto');
  return { partner, mine };
}

describe('peer guard: a full-state update that re-sends an item this laptop holds and deletes it (review r15)', () => {
  it('checkPeerUpdate refuses a full-state update that deletes the partner’s published commitment', () => {
    const { partner, mine } = setup();
    const full = Y.encodeStateAsUpdate(partner); // carries the commitment's struct (known here) + its delete
    const r = checkPeerUpdate(mine, full, limits(mine));
    expect(r).toMatchObject({ ok: false, kind: 'protocol' });
  });

  it('through the bridge (wire doc in between) the commitment cannot be deleted and swapped', () => {
    const { partner, mine } = setup();
    const wire = new Y.Doc();
    const refusals: string[] = [];
    const bridge = bridgeDocs(wire, mine, limits(mine), (r) => refusals.push(r.reason), { schedule: () => undefined });
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(partner));
    bridge.flush();
    partner.getMap('commitments').set('cto', { commitment: B, sealedAt: '2025-03-10T10:00:00.000Z', name: 'Dana' });
    Y.applyUpdate(wire, Y.encodeStateAsUpdate(partner));
    bridge.flush();
    expect((mine.getMap('commitments').get('cto') as { commitment: string } | undefined)?.commitment).toBe(A);
    bridge.close();
  });
});
