import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../../shared/assessment/types';
import { localOffsiteSource } from '../../../../../renderer/features/offsite/use-offsite';
import { localPair } from '../../../../../renderer/features/workspace/current-gaps';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Last quarter's comparison is on this laptop: our round and the partner's round kept from it.
 * This quarter we sealed a new round; its live comparison waits for the partner (who has not
 * committed). The offsite and the workspace's gap fixes used to take "our newest round and the
 * partner's newest" — our unrevealed round against last quarter's partner round, a comparison
 * that never happened — and its top gaps went into the shared workspace (the agenda, the fixes
 * shown to edit) for the partner to read, before our answers were meant to leave this laptop.
 */
const q3Ceo = sealedRound({ id: 'ceo-q3', role: 'ceo', label: '2026-Q3', sealedAt: '2026-07-01T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const q3Cto: Round = {
  ...sealedRound({ id: 'partner-q3', role: 'cto', label: '2026-Q3', sealedAt: '2026-07-01T10:00:00.000Z', answers: [six(3), six(3), six(3), six(3)], receivedFrom: 'peer' }),
  pairedWith: 'ceo-q3',
};
// Not yet revealed: its answers are only on this laptop.
const q4Ceo = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(1), six(5), six(1), six(5)] });

describe('what the workspace derives its gaps from', () => {
  it('the offsite: last quarter’s comparison as it was, never our new round against the partner’s old one', () => {
    expect(localOffsiteSource([q3Ceo, q3Cto, q4Ceo], undefined)).toMatchObject({ ceo: { id: 'ceo-q3' }, cto: { id: 'partner-q3' }, kind: 'this-laptop' });
  });

  it('the gap fixes likewise', () => {
    expect(localPair([q3Ceo, q3Cto, q4Ceo], {})).toMatchObject({ ceo: { id: 'ceo-q3' }, cto: { id: 'partner-q3' } });
    // Also when the plan page last showed (and saved) our new round against the old partner round.
    expect(localPair([q3Ceo, q3Cto, q4Ceo], { ceoId: 'ceo-q4', ctoId: 'partner-q3' })).toMatchObject({ ceo: { id: 'ceo-q3' }, cto: { id: 'partner-q3' } });
    // Nothing compared here but our unrevealed round and a partner round compared with another: no pair.
    expect(localPair([q3Cto, q4Ceo], {})).toBeUndefined();
  });

  it('the comparison that happened still stands: our round and the partner round kept from it', () => {
    expect(localOffsiteSource([q3Ceo, q3Cto], undefined)).toMatchObject({ ceo: { id: 'ceo-q3' }, cto: { id: 'partner-q3' } });
    expect(localPair([q3Ceo, q3Cto], {})).toMatchObject({ ceo: { id: 'ceo-q3' }, cto: { id: 'partner-q3' } });
    // Both rounds sealed on this laptop (taking turns, no partner round kept): the newest pair, as before.
    const ownCto = sealedRound({ id: 'cto-own', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-21T09:00:00.000Z', answers: [six(2), six(2), six(2), six(2)] });
    expect(localPair([q4Ceo, ownCto], {})).toMatchObject({ ceo: { id: 'ceo-q4' }, cto: { id: 'cto-own' } });
  });
});
