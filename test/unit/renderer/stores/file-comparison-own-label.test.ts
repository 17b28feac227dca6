// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useFileExchangeStore } from '../../../../renderer/stores/file-exchange-store';
import { buildSealedFile, serializeSealedFile } from '../../../../shared/reveal/sealed-file';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sha256Hex } from '../../../../renderer/platform/digest';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * This laptop holds the CTO's round; the CEO's sealed file carries a label the partner typed.
 * The comparison is of our round: our label names it (Compare and Present pages, and whether
 * it reads as a re-score), not the partner's claim.
 */
const mine = sealedRound({ id: 'cto-q4', role: 'cto', label: '2026-Q4 quarterly reset', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const theirs = sealedRound({ id: 'x', role: 'ceo', label: '2026-Q4 30-day re-score, board approved', sealedAt: '2026-11-21T09:00:00.000Z', answers: [six(2), six(2), six(2), six(2)] });

afterEach(() => useFileExchangeStore.getState().clear());

describe('a sealed-file comparison on the CTO’s laptop', () => {
  it('is named by the CTO’s own round label', async () => {
    const rounds = new MemoryRoundRepository();
    await rounds.put(mine);
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    const text = serializeSealedFile(await buildSealedFile(payloadFromRound(theirs), 'cd'.repeat(16), sha256Hex));
    expect(await useFileExchangeStore.getState().importFile({ name: 'accord-sealed-ceo.json', size: text.length, text: async () => text }, mine.id)).toBe(true);
    expect(await useFileExchangeStore.getState().confirmImport()).toBe(true);
    expect(useFileExchangeStore.getState().comparison?.roundLabel).toBe('2026-Q4 quarterly reset');
  });
});
