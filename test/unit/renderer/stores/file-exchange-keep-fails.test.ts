// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useFileExchangeStore } from '../../../../renderer/stores/file-exchange-store';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { buildSealedFile, serializeSealedFile } from '../../../../shared/reveal/sealed-file';
import { sha256Hex } from '../../../../renderer/platform/digest';
import { sealedRound, six } from '../../shared/history/fixtures';

const ceo = sealedRound({ id: 'ceo-round', role: 'ceo', label: '2026-Q4', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
const cto = sealedRound({ id: 'cto-round', role: 'cto', label: '2026-Q4', sealedAt: '2026-10-01T09:05:00.000Z', answers: [six(2), six(3), six(3), six(3)] });

afterEach(() => {
  vi.restoreAllMocks();
  useFileExchangeStore.getState().clear();
});

describe('confirming a sealed file when the partner’s round cannot be kept (review r17)', () => {
  it('opens nothing, says why and what to do, keeps the file pending; confirming again once there is room opens it with the round kept', async () => {
    const rounds = new MemoryRoundRepository();
    await rounds.put(ceo);
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    const text = serializeSealedFile(await buildSealedFile(payloadFromRound(cto), 'ab'.repeat(16), sha256Hex));
    expect(await useFileExchangeStore.getState().importFile({ name: 'accord-sealed-cto.json', size: text.length, text: async () => text }, 'ceo-round')).toBe(true);

    const put = vi.spyOn(rounds, 'put').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await useFileExchangeStore.getState().confirmImport()).toBe(false);
    let state = useFileExchangeStore.getState();
    expect(state.error).toBe(
      'Not opened: your partner’s round could not be kept on this laptop (the disk is full), and History and the repair plan need it. Free some disk space, then confirm again.',
    );
    expect(state.comparison).toBeUndefined();
    expect(state.pending?.fileName).toBe('accord-sealed-cto.json');
    expect((await rounds.list()).rounds.filter((r) => r.receivedFrom)).toEqual([]);

    expect(await useFileExchangeStore.getState().confirmImport()).toBe(true);
    state = useFileExchangeStore.getState();
    expect(state.error).toBeUndefined();
    expect(state.comparison).toBeDefined();
    expect(state.pending).toBeUndefined();
    expect((await rounds.list()).rounds.filter((r) => r.receivedFrom === 'file').map((r) => r.personName)).toEqual([cto.personName]);
    expect(put).toHaveBeenCalledTimes(2);
  });
});
