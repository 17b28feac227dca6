// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../shared/assessment/types';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useRoundsStore } from '../../../../renderer/stores/rounds-store';
import { useFileExchangeStore } from '../../../../renderer/stores/file-exchange-store';
import { keepPartnerRound, PLANTED_ROUND_NOTICE } from '../../../../renderer/stores/partner-rounds';
import { buildSealedFile, serializeSealedFile } from '../../../../shared/reveal/sealed-file';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sha256Hex } from '../../../../renderer/platform/digest';
import { buildBackup, parseBackup, serializeBackup } from '../../../../shared/backup/format';
import { planRestore } from '../../../../shared/backup/plan';
import { pairRoundsByPeriod } from '../../../../shared/history/periods';
import { defaultPair } from '../../../../renderer/features/plan/plan-source';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * Review r23. The partner hands over a backup first, then a sealed file. The backup carries a
 * "received" round stored under the very id the sealed file's round will be kept under
 * (`partner-` + the first 24 hex of its commitment — the partner made the file, so they know it),
 * with other answers. The fingerprint-checked round must still be kept, paired with ours, and
 * the planted one never read as verified.
 */
const mine = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const theirReal = sealedRound({ id: 'x', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:05:00.000Z', answers: [six(1), six(1), six(1), six(1)] });

async function setUp(planted: (plantedId: string) => Round, viaMerge: boolean) {
  const sealed = await buildSealedFile(payloadFromRound(theirReal), 'ab'.repeat(16), sha256Hex);
  const plantedId = `partner-${sealed.commitment.slice(0, 24)}`;
  const rounds = new MemoryRoundRepository();
  await rounds.put(mine);
  provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  if (viaMerge) {
    // What BackupRepository.restore writes on Merge: plan.rounds.add.
    const backup = parseBackup(serializeBackup(buildBackup({ rounds: [planted(plantedId)], docs: [], now: new Date() })));
    if (!backup.ok) throw new Error(backup.errors.join('; '));
    const plan = planRestore({ rounds: [mine], settings: {}, docIds: [] }, backup.value, 'merge');
    expect(plan.rounds.add.map((r) => [r.id, r.unverified])).toEqual([[plantedId, true]]);
    for (const r of plan.rounds.add) await rounds.put(r);
  } else {
    // Planted before Merge marked what it adds (or restored with Replace): no mark on it.
    await rounds.put(planted(plantedId));
  }
  await useRoundsStore.getState().load();
  useFileExchangeStore.getState().clear();
  return { sealed, plantedId, rounds };
}

async function importFile(sealed: Awaited<ReturnType<typeof buildSealedFile>>) {
  const text = serializeSealedFile(sealed);
  expect(await useFileExchangeStore.getState().importFile({ name: 'accord-sealed-cto-Blake.json', size: text.length, text: async () => text }, 'ceo-q4')).toBe(true);
  expect(await useFileExchangeStore.getState().confirmImport()).toBe(true);
}

describe('a round planted by a backup under the id a sealed file will be kept under', () => {
  for (const viaMerge of [true, false]) {
    it(`keeps the fingerprint-checked round beside it, paired with ours, and marks the planted one unverified (${viaMerge ? 'merged' : 'unmarked'})`, async () => {
      // Same label and seal time, the partner's "nicer" answers: every gap closes.
      const { sealed, plantedId, rounds } = await setUp((id) => ({ ...theirReal, id, receivedFrom: 'file', pairedWith: 'ceo-q4', answers: mine.answers }), viaMerge);
      await importFile(sealed);
      const onScreen = useFileExchangeStore.getState().partner!;
      expect(onScreen.answers).toEqual(payloadFromRound(theirReal).answers);
      expect(useFileExchangeStore.getState().notice).toBe(PLANTED_ROUND_NOTICE);

      const stored = (await rounds.list()).rounds;
      const kept = stored.find((r) => r.id === `partner-${sealed.commitment}`);
      expect(kept).toMatchObject({ receivedFrom: 'file', pairedWith: 'ceo-q4', answers: onScreen.answers });
      expect(kept?.unverified).toBeUndefined();
      expect(stored.find((r) => r.id === plantedId)?.unverified).toBe(true);

      // What History and the plan read as the partner's round of this period.
      const [period] = pairRoundsByPeriod(stored);
      expect(period.cto?.id).toBe(kept?.id);
      expect(defaultPair(stored, {}, 'ceo-q4').ctoId).toBe(kept?.id);
      expect(defaultPair(stored).ctoId).toBe(kept?.id);

      // Received again (honest re-keep): nothing more is stored, nothing more is said.
      expect(await keepPartnerRound(payloadFromRound(theirReal), sealed.commitment, 'peer', mine)).toBeUndefined();
      expect((await rounds.list()).rounds).toHaveLength(stored.length);
    });
  }

  it('a planted round with the checked answers is that round: kept once, now marked verified, nothing said', async () => {
    const { sealed, plantedId, rounds } = await setUp((id) => ({ ...theirReal, id, receivedFrom: 'file' }), true);
    await importFile(sealed);
    expect(useFileExchangeStore.getState().notice).toBeUndefined();
    const stored = (await rounds.list()).rounds;
    expect(stored.map((r) => r.id).sort()).toEqual(['ceo-q4', plantedId]);
    expect(stored.find((r) => r.id === plantedId)).toMatchObject({ pairedWith: 'ceo-q4' });
    expect(stored.find((r) => r.id === plantedId)?.unverified).toBeUndefined();
  });
});
