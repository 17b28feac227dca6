// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../../shared/assessment/types';
import { buildBackup, parseBackup, serializeBackup } from '../../../../../shared/backup/format';
import { planRestore } from '../../../../../shared/backup/plan';
import { pairRoundsByPeriod } from '../../../../../shared/history/periods';
import { defaultPair } from '../../../../../renderer/features/plan/plan-source';
import { localOffsiteSource } from '../../../../../renderer/features/offsite/use-offsite';
import { localPair } from '../../../../../renderer/features/workspace/current-gaps';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Review r23. The CEO compared with the CTO (round kept as received, paired with the CEO's round).
 * The CTO then hands over a backup of their laptop holding another own round under the same label,
 * sealed a minute ago, answered to close every gap. Merge adds it as received — and unverified.
 * The plan, the offsite and the workspace gaps take the round compared with mine, as History does.
 */
const mine = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(5), six(5), six(4), six(4)] });
const compared = { ...sealedRound({ id: 'partner-aaaaaaaaaaaaaaaaaaaaaaaa', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:05:00.000Z', answers: [six(1), six(2), six(2), six(2)], receivedFrom: 'peer' }), pairedWith: 'ceo-q4' };

function merged(forged: Round): Round[] {
  const parsed = parseBackup(serializeBackup(buildBackup({ rounds: [forged], docs: [], now: new Date() })));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const plan = planRestore({ rounds: [mine, compared], settings: {}, docIds: [] }, parsed.value, 'merge');
  expect(plan.rounds.add.map((r) => [r.id, r.receivedFrom, r.unverified])).toEqual([[forged.id, forged.receivedFrom ?? 'file', true]]);
  return [mine, compared, ...plan.rounds.add];
}

function expectCompared(after: Round[]) {
  expect(pairRoundsByPeriod(after)[0].cto?.id).toBe(compared.id);
  // The plan opened from my round (#/plan/ceo-q4), and with no route: the same round.
  expect(defaultPair(after, {}, 'ceo-q4').ctoId).toBe(compared.id);
  expect(defaultPair(after).ctoId).toBe(compared.id);
  expect(localOffsiteSource(after, undefined)?.cto.id).toBe(compared.id);
  expect(localPair(after, {})?.cto.id).toBe(compared.id);
}

describe('the partner round the plan pairs with my round', () => {
  it('is the round compared with mine, not a same-labelled newer one merged from the partner’s backup', () => {
    const forged = sealedRound({ id: 'cto-own-2', role: 'cto', label: '2026-Q4', sealedAt: new Date(Date.now() - 60_000).toISOString(), answers: [six(5), six(5), six(4), six(4)] });
    expectCompared(merged(forged));
  });

  it('is the verified one even when the backup’s round claims to be paired with mine', () => {
    const forged = { ...sealedRound({ id: 'partner-bbbbbbbbbbbbbbbbbbbbbbbb', role: 'cto', label: '2026-Q4', sealedAt: new Date(Date.now() - 60_000).toISOString(), answers: [six(5), six(5), six(4), six(4)], receivedFrom: 'peer' }), pairedWith: 'ceo-q4' };
    expectCompared(merged(forged));
  });

  it('falls back to the label only when nothing was compared with my round', () => {
    const older = sealedRound({ id: 'cto-q3', role: 'cto', label: '2026-Q3', sealedAt: '2026-12-01T09:00:00.000Z', answers: [six(3), six(3), six(3), six(3)], receivedFrom: 'peer' });
    const unpaired = { ...compared, pairedWith: undefined };
    expect(defaultPair([mine, unpaired, older]).ctoId).toBe(compared.id);
    // Pinned on the partner's round: the own round it was compared with.
    expect(defaultPair([mine, { ...mine, id: 'ceo-q4-b', sealedAt: '2026-11-21T09:00:00.000Z' }, compared], {}, compared.id).ceoId).toBe('ceo-q4');
  });
});
