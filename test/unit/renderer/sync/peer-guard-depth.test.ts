// @vitest-environment node
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkPeerUpdate, type PeerCheck } from '../../../../renderer/sync/peer-guard';
import { seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';

// Yjs reads and clones nested types recursively (toJSON, clone): a partner's 20,000-deep
// type, inside every size limit, overflowed the stack of a backup merge. The workspace nests
// two deep; the guard refuses anything nested deeper than WORKSPACE_LIMITS.maxTypeDepth (4).

/** The victim's seeded workspace and a partner holding the same state. */
function pair(): { victim: Y.Doc; partner: Y.Doc } {
  const victim = new Y.Doc();
  seedIfEmpty(victim, new Date());
  const partner = new Y.Doc();
  Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
  return { victim, partner };
}

/** The partner's change as one update, checked against the victim (and applied when accepted). */
function send(victim: Y.Doc, partner: Y.Doc, change: () => void): PeerCheck {
  const before = Y.encodeStateVector(victim);
  partner.transact(change);
  const update = Y.encodeStateAsUpdate(partner, before);
  const verdict = checkPeerUpdate(victim, update, WORKSPACE_LIMITS);
  if (verdict.ok) Y.applyUpdate(victim, update);
  return verdict;
}

/** `levels` maps, one inside the other, the outermost set at matrix[key]. */
function nest(partner: Y.Doc, key: string, levels: number): Y.Map<unknown> {
  let at = new Y.Map<unknown>();
  partner.getMap('matrix').set(key, at);
  for (let i = 1; i < levels; i++) {
    const inner = new Y.Map<unknown>();
    at.set('k', inner);
    at = inner;
  }
  return at;
}

describe('the workspace guard and nested shared types', () => {
  it('takes the whole workspace as the app writes it (rows, their texts and lists)', () => {
    const fresh = new Y.Doc();
    const { victim } = pair();
    expect(checkPeerUpdate(fresh, Y.encodeStateAsUpdate(victim), WORKSPACE_LIMITS)).toEqual({ ok: true });
  });

  it('takes types four deep and refuses five, in one update', () => {
    const { victim, partner } = pair();
    expect(send(victim, partner, () => nest(partner, 'four', 4))).toEqual({ ok: true });
    const five = send(victim, partner, () => nest(partner, 'five', 5));
    expect(five).toMatchObject({ ok: false, kind: 'shape', reason: 'shared types nested more than 4 deep' });
    expect(victim.getMap('matrix').has('five')).toBe(false);
  });

  it('counts only shared types: plain values and characters inside the deepest type are not a level', () => {
    const { victim, partner } = pair();
    const verdict = send(victim, partner, () => {
      const third = nest(partner, 'full', 3);
      const text = new Y.Text();
      third.set('text', text);
      text.insert(0, 'a decision');
      third.set('n', 1);
    });
    expect(verdict).toEqual({ ok: true });
  });

  it('refuses the level that goes too deep when the partner builds it one update at a time', () => {
    const { victim, partner } = pair();
    let at: Y.Map<unknown> | undefined;
    expect(send(victim, partner, () => (at = nest(partner, 'slow', 1)))).toEqual({ ok: true });
    for (let level = 2; level <= 4; level++) {
      expect(send(victim, partner, () => at!.set('k', (at = new Y.Map())))).toEqual({ ok: true });
    }
    expect(send(victim, partner, () => at!.set('k', new Y.Map()))).toMatchObject({ ok: false, reason: /nested more than 4 deep/ });
  });

  it('counts types placed in a list after an existing item (their parent is not encoded, only their origin)', () => {
    const { victim, partner } = pair();
    let list: Y.Array<unknown> | undefined;
    expect(
      send(victim, partner, () => {
        const row = nest(partner, 'listy', 1);
        list = new Y.Array();
        row.set('items', list);
        list.push(['first']);
      }),
    ).toEqual({ ok: true });
    // Pushed after 'first': the map's item carries its left origin, not its parent.
    const pushed = send(victim, partner, () => {
      const inner = new Y.Map<unknown>();
      list!.push([inner]);
      const deeper = new Y.Map<unknown>();
      inner.set('k', deeper);
      deeper.set('k', new Y.Map());
    });
    expect(pushed).toMatchObject({ ok: false, reason: /nested more than 4 deep/ });
  });

  it('refuses a 20,000-deep XML element at once, without overflowing the stack', () => {
    const { victim, partner } = pair();
    const verdict = send(victim, partner, () => {
      let at = new Y.XmlElement('p');
      partner.getMap('riskBudgets').set('reliabilityMinutesPerQuarter', at);
      for (let i = 0; i < 20_000; i++) {
        const inner = new Y.XmlElement('p');
        at.insert(0, [inner]);
        at = inner;
      }
    });
    expect(verdict).toMatchObject({ ok: false, kind: 'shape' });
  });
});
