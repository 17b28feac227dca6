// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultPair } from '../../../../../renderer/features/plan/plan-source';
import { localPair } from '../../../../../renderer/features/workspace/current-gaps';
import { localOffsiteSource } from '../../../../../renderer/features/offsite/use-offsite';
import { pairRoundsByPeriod } from '../../../../../shared/history/periods';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Review r25 (honest pair). Q1: Alex (CEO) and Blake (CTO) compare live, each on their own laptop;
 * Alex's laptop keeps Blake's Q1 round, verified, paired with hers. Q2: they sit together at Alex's
 * laptop and take turns (both rounds are this laptop's own, nothing is "received"). No backup
 * was ever merged. The plan (first visit, nothing saved) and the workspace gap fixes should follow
 * the newest comparison, Q2, as the offsite does (take-turns pair). The r24 fix had defaultPair start
 * from "this laptop's own round with a verified comparison", which reached back to Q1: the plan was
 * last quarter's, the gap fixes Q1's while the offsite agenda was Q2's. Now only an own round compared
 * with nothing but unverified rounds is skipped.
 */
const q1Ceo = sealedRound({ id: 'q1-ceo', role: 'ceo', label: '2026-Q1', sealedAt: '2026-01-10T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const q1Cto = { ...sealedRound({ id: 'partner-q1', role: 'cto', label: '2026-Q1', sealedAt: '2026-01-10T09:05:00.000Z', answers: [six(2), six(2), six(2), six(2)], receivedFrom: 'peer' }), pairedWith: 'q1-ceo' };
const q2Ceo = sealedRound({ id: 'q2-ceo', role: 'ceo', label: '2026-Q2', sealedAt: '2026-04-10T09:00:00.000Z', answers: [six(5), six(5), six(3), six(3)] });
const q2Cto = sealedRound({ id: 'q2-cto', role: 'cto', label: '2026-Q2', sealedAt: '2026-04-10T09:30:00.000Z', answers: [six(1), six(5), six(3), six(1)] });
const rounds = [q1Ceo, q1Cto, q2Ceo, q2Cto];

describe('take turns on one laptop after an earlier live comparison on it', () => {
  it('History pairs each quarter', () => {
    expect(pairRoundsByPeriod(rounds).map((p) => [p.ceo?.id, p.cto?.id])).toEqual([
      ['q1-ceo', 'partner-q1'],
      ['q2-ceo', 'q2-cto'],
    ]);
  });

  it('the offsite runs on Q2 (the take-turns pair)', () => {
    expect(localOffsiteSource(rounds, { ceoRoundId: 'q2-ceo', ctoRoundId: 'q2-cto', locks: {} })?.ceo.id).toBe('q2-ceo');
  });

  it('the plan, with nothing chosen yet, shows the newest comparison Q2, not last quarter', () => {
    expect(defaultPair(rounds)).toEqual({ ceoId: 'q2-ceo', ctoId: 'q2-cto' });
  });

  it('the workspace gap fixes follow the same comparison as the offsite agenda', () => {
    expect(localPair(rounds, {})?.ceo.id).toBe('q2-ceo');
  });

  it('the pair left out by a Merge onto a new laptop: the offsite too falls back to Q1', () => {
    // Merge never takes local.pair (isOwnChoiceSetting), so on the new laptop there is no take-turns pair.
    const source = localOffsiteSource(rounds, undefined);
    expect([source?.ceo.id, source?.cto.id]).toEqual(['q2-ceo', 'q2-cto']);
  });
});
