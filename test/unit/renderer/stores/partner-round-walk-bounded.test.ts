// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useRoundsStore } from '../../../../renderer/stores/rounds-store';
import { keepPartnerRound, PLANTED_ROUND_NOTICE } from '../../../../renderer/stores/partner-rounds';
import { partnerRoundIds } from '../../../../shared/history/duplicate-rounds';
import { buildSealedFile } from '../../../../shared/reveal/sealed-file';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sha256Hex } from '../../../../renderer/platform/digest';
import { MAX_BACKUP_ROUNDS } from '../../../../shared/backup/format';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * Review r24. The partner knows their commitment, so one backup Merge (up to MAX_BACKUP_ROUNDS
 * rounds) can fill partner-<c>, partner-<c>-2 … -N with unverified rounds. Keeping the checked
 * round must not read them one by one (a sequential IndexedDB get each) on every live reveal or
 * file import: a few reads, then an id no backup can have taken.
 */
const mine = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(4), six(4), six(4), six(4)] });
const theirs = sealedRound({ id: 'x', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:05:00.000Z', answers: [six(1), six(1), six(1), six(1)] });

describe('keepPartnerRound against rounds planted along every predictable id', () => {
  it('keeps the checked round, paired with ours, in a few reads; a re-keep stores and says nothing', async () => {
    const sealed = await buildSealedFile(payloadFromRound(theirs), 'ab'.repeat(16), sha256Hex);
    const rounds = new MemoryRoundRepository();
    await rounds.put(mine);
    const c = sealed.commitment;
    // What one merged backup can write (each marked unverified by planRestore): every id a walk
    // could predict — partner-<24 hex>, partner-<c>, then -2, -3, … up to the backup's round limit.
    const planted = [`partner-${c.slice(0, 24)}`, `partner-${c}`, ...Array.from({ length: MAX_BACKUP_ROUNDS - 3 }, (_, i) => `partner-${c}-${i + 2}`)];
    expect(planted).toEqual(expect.arrayContaining([...partnerRoundIds(c)]));
    for (const id of planted) await rounds.put({ ...theirs, id, answers: mine.answers, receivedFrom: 'file', unverified: true, pairedWith: 'ceo-q4' });
    let reads = 0;
    const get = rounds.get.bind(rounds);
    rounds.get = (id) => (reads++, get(id));
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    await useRoundsStore.getState().load();

    expect(await keepPartnerRound(payloadFromRound(theirs), c, 'file', mine)).toBe(PLANTED_ROUND_NOTICE);
    expect(reads).toBeLessThanOrEqual(3);
    const stored = (await rounds.list()).rounds;
    const kept = stored.filter((r) => r.receivedFrom && !r.unverified);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ receivedFrom: 'file', pairedWith: 'ceo-q4', answers: payloadFromRound(theirs).answers });
    expect(planted).not.toContain(kept[0].id);
    expect(kept[0].id.startsWith(`partner-${c}-`)).toBe(true);

    reads = 0;
    expect(await keepPartnerRound(payloadFromRound(theirs), c, 'peer', mine)).toBeUndefined();
    expect(reads).toBeLessThanOrEqual(3);
    expect((await rounds.list()).rounds).toHaveLength(stored.length);
  });
});
