// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useRoundsStore } from '../../../../renderer/stores/rounds-store';
import { useFileExchangeStore } from '../../../../renderer/stores/file-exchange-store';
import { keepPartnerRound } from '../../../../renderer/stores/partner-rounds';
import { buildSealedFile, serializeSealedFile } from '../../../../shared/reveal/sealed-file';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sha256Hex } from '../../../../renderer/platform/digest';
import { pairRoundsByPeriod } from '../../../../shared/history/periods';
import { duplicateReceivedRounds } from '../../../../shared/history/duplicate-rounds';
import { comparedDefaultPair } from '../../../../renderer/features/plan/compared-default-pair';
import { defaultPair } from '../../../../renderer/features/plan/plan-source';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * Alex (CEO) compared Q3 with Blake's Q3 round. In Q4 Alex seals a new round, and Blake hands
 * over a sealed file of the same Q3 round again (re-used, or replayed on purpose). It verifies: it
 * is what Blake sealed. Before, nothing was kept (kept once per sealed content) and nothing said:
 * the kept round stayed paired with Q3 only, so History's Q4 period had no CTO and the plan and the
 * gaps fell back to the Q3 comparison, as if Q4 had never been compared.
 */
const q3 = sealedRound({ id: 'ceo-q3', role: 'ceo', label: '2026-Q3 reset', sealedAt: '2026-07-01T12:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const q4 = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4 reset', sealedAt: '2026-10-01T12:00:00.000Z', answers: [six(2), six(2), six(2), six(2)] });
const blakeQ3 = sealedRound({ id: 'x', role: 'cto', label: '2026-Q3 reset', sealedAt: '2026-07-02T12:00:00.000Z', answers: [six(5), six(1), six(3), six(3)] });

async function setUp() {
  const db = new AccordDatabase(`accord-replay-${Math.random()}`);
  await db.open();
  const rounds = new DexieRoundRepository(db);
  await rounds.put(q3);
  await rounds.put(q4);
  provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  await useRoundsStore.getState().load();
  useFileExchangeStore.getState().clear();
  return { db, rounds };
}

async function compareByFile(salt: string, myRoundId: string) {
  const sealed = await buildSealedFile(payloadFromRound(blakeQ3), salt, sha256Hex);
  const text = serializeSealedFile(sealed);
  expect(await useFileExchangeStore.getState().importFile({ name: 'accord-sealed-cto-Blake.json', size: text.length, text: async () => text }, myRoundId)).toBe(true);
  expect(await useFileExchangeStore.getState().confirmImport()).toBe(true);
  return sealed.commitment;
}

const REPLAY_NOTICE =
  'Not a new diagnostic: the CTO’s answers here are the round they sealed on 2026-07-02, already compared with your round “2026-Q3 reset” (sealed 2026-07-01). ' +
  'History and the repair plan keep them as the CTO’s answers for this round too, dated 2026-07-02. ' +
  'If this comparison should show where the CTO stands now, ask them to answer a new round.';

describe("a partner's round from an earlier comparison, brought back for a new one", () => {
  for (const sameSeal of [false, true]) {
    it(`is said on Compare, recorded as this comparison too (one record), and History and the plan pick it (${sameSeal ? 'the same sealed file' : 'sealed again, another commitment'})`, async () => {
      const { db, rounds } = await setUp();
      await compareByFile('ab'.repeat(16), 'ceo-q3');
      expect(useFileExchangeStore.getState().notice).toBeUndefined();

      useFileExchangeStore.getState().clear();
      const commitment = await compareByFile(sameSeal ? 'ab'.repeat(16) : 'cd'.repeat(16), 'ceo-q4');
      expect(useFileExchangeStore.getState().notice).toBe(REPLAY_NOTICE);

      // One partner record, first paired with Q3, the Q4 comparison recorded on it — as read back from IndexedDB.
      const stored = (await new DexieRoundRepository(db).list()).rounds;
      const theirs = stored.filter((r) => r.receivedFrom);
      expect(theirs).toHaveLength(1);
      expect(theirs[0]).toMatchObject({ pairedWith: 'ceo-q3', alsoPairedWith: ['ceo-q4'], answers: blakeQ3.answers });
      expect(theirs[0].unverified).toBeUndefined();
      expect(duplicateReceivedRounds(stored).size).toBe(0);

      // History: both periods have both rounds; Q4 is dated by our seal, not the partner's.
      const periods = pairRoundsByPeriod(stored);
      expect(periods.map((p) => [p.label, p.ceo?.id, p.cto?.id, p.date])).toEqual([
        ['2026-Q3 reset', 'ceo-q3', theirs[0].id, '2026-07-01T12:00:00.000Z'],
        ['2026-Q4 reset', 'ceo-q4', theirs[0].id, '2026-10-01T12:00:00.000Z'],
      ]);
      // The plan and the gaps: the latest comparison that happened, Q4 against the brought-back round.
      const pair = comparedDefaultPair(stored);
      expect([pair?.ceo.id, pair?.cto.id]).toEqual(['ceo-q4', theirs[0].id]);
      expect(defaultPair(stored)).toEqual({ ceoId: 'ceo-q4', ctoId: theirs[0].id });
      const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: pair!.ceo, ctoRound: pair!.cto, today: new Date('2026-10-02T12:00:00.000Z') });
      expect(plan.cover.notices).toContain(
        "Earlier answers: the CTO's answers are the round the CTO sealed on 2026-07-02, already compared with an earlier CEO round, and not answered again for this one (the CEO sealed theirs on 2026-10-01). " +
          "This plan compares the CEO's round with those earlier answers.",
      );

      // Kept again in the same comparison (a resumed session, the file once more): said again, recorded once.
      expect(await keepPartnerRound(payloadFromRound(blakeQ3), commitment, 'peer', q4)).toBe(REPLAY_NOTICE);
      const again = (await rounds.list()).rounds.filter((r) => r.receivedFrom);
      expect(again.map((r) => r.alsoPairedWith)).toEqual([['ceo-q4']]);
      // The first comparison kept again: nothing to say.
      expect(await keepPartnerRound(payloadFromRound(blakeQ3), commitment, 'file', q3)).toBeUndefined();
      db.close();
    });
  }
});
