// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../../shared/assessment/types';
import { openRounds, type LocalPair, type PairPrivacy } from '../../../../../renderer/stores/local-pair-store';
import { defaultPair, resolveSource, sealedRoundsOf } from '../../../../../renderer/features/plan/plan-source';
import { localPair } from '../../../../../renderer/features/workspace/current-gaps';
import { localOffsiteSource } from '../../../../../renderer/features/offsite/use-offsite';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * One laptop, taking turns: the CEO sealed a round of the pair; the CTO has not sealed
 * theirs, but seals an empty round outside the pair just to pair it with the CEO's.
 * The plan, the gap fixes and the offsite must not use the CEO's round.
 */
const LABEL = '2026-Q4 quarterly reset';
const ceoPrivate = sealedRound({ id: 'ceo-pair', role: 'ceo', label: LABEL, sealedAt: '2026-10-02T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
const ctoEmpty = sealedRound({ id: 'cto-decoy', role: 'cto', label: LABEL, sealedAt: '2026-10-03T09:00:00.000Z', answers: [six(1), six(1), six(1), six(1)] });
const ctoPairUnsealed: Round = { ...sealedRound({ id: 'cto-pair', role: 'cto', label: LABEL, answers: [six(3), six(3), six(3), six(3)] }), sealedAt: undefined };
const rounds = [ceoPrivate, ctoEmpty, ctoPairUnsealed];

const lock = { salt: 'a'.repeat(32), hash: 'b'.repeat(64) };
const hidden: PairPrivacy = { pair: { ceoRoundId: 'ceo-pair', ctoRoundId: 'cto-pair', locks: {} }, unlocked: [] };
const locked: PairPrivacy = { pair: { ceoRoundId: 'ceo-pair', ctoRoundId: 'cto-pair', locks: { 'ceo-pair': lock } }, unlocked: [] };
const cases: [string, PairPrivacy][] = [
  ['hidden (sealed, no passphrase)', hidden],
  ['locked (passphrase)', locked],
];

describe('take turns: a private round never feeds the repair plan, the gap fixes or the offsite', () => {
  for (const [what, privacy] of cases) {
    it(`the plan does not pair a ${what} CEO round with a CTO round sealed just for it`, () => {
      const open = openRounds(rounds, privacy);
      expect(open.map((r) => r.id)).toEqual(['cto-decoy', 'cto-pair']);
      expect(sealedRoundsOf(open, 'ceo')).toEqual([]);
      expect(defaultPair(open, {}, 'ceo-pair').ceoId).toBeUndefined();
      // Even asked for by id (a saved selection, #/plan/<id>), it is not there to use.
      const source = resolveSource({ kind: 'local', rounds: open, pair: { ceoId: 'ceo-pair', ctoId: 'cto-decoy' } });
      expect(source.ok).toBe(false);
    });

    it(`the workspace's gap fixes and the offsite do not use a ${what} CEO round`, () => {
      const open = openRounds(rounds, privacy);
      expect(localPair(open, { ceoId: 'ceo-pair', ctoId: 'cto-decoy' })).toBeUndefined();
      expect(localOffsiteSource(open, privacy.pair as LocalPair)).toBeUndefined();
    });
  }

  it('the round is used again once its owner unlocked it, or once both sealed', () => {
    const unlocked = openRounds(rounds, { ...locked, unlocked: ['ceo-pair'] });
    expect(defaultPair(unlocked)).toEqual({ ceoId: 'ceo-pair', ctoId: 'cto-decoy' });
    const bothSealed = rounds.map((r) => (r.id === 'cto-pair' ? { ...r, sealedAt: '2026-10-04T09:00:00.000Z' } : r));
    const open = openRounds(bothSealed, hidden);
    expect(open).toHaveLength(3);
    const source = localOffsiteSource(open, hidden.pair);
    expect([source?.kind, source?.ceo.id, source?.cto.id]).toEqual(['take-turns', 'ceo-pair', 'cto-pair']);
  });
});
