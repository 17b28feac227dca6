// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useLocalPairStore } from '../../../../renderer/stores/local-pair-store';
import { useFileExchangeStore } from '../../../../renderer/stores/file-exchange-store';
import { platform } from '../../../../renderer/platform';
import { sealedRound, six } from '../../shared/history/fixtures';

const ceo = sealedRound({ id: 'ceo-round', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });

// The browser's download (a link click) cannot exist under Node: the test catches what would be saved instead.
function catchSaves(): string[] {
  const saved: string[] = [];
  vi.spyOn(platform, 'saveFile').mockImplementation(async (_name, _mime, data) => {
    saved.push(String(data));
    return { saved: true };
  });
  return saved;
}

afterEach(() => vi.restoreAllMocks());

describe('sealed-file export while taking turns (file save stubbed: no browser download under Node)', () => {
  it('refuses a locked round; exports it, with its fingerprint, once its owner unlocked it', async () => {
    const rounds = new MemoryRoundRepository();
    await rounds.put(ceo);
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    const saved = catchSaves();
    const pair = useLocalPairStore.getState();
    await pair.load();
    await pair.assign('ceo', 'ceo-round', 'blue-harbour');
    useLocalPairStore.getState().lockAll();

    await useFileExchangeStore.getState().exportRound('ceo-round');
    expect(useFileExchangeStore.getState().exportError).toBe('This round is locked — its owner can unlock it to export it.');
    expect(saved).toEqual([]);

    expect(await useLocalPairStore.getState().unlock('ceo-round', 'blue-harbour')).toBe(true);
    await useFileExchangeStore.getState().exportRound('ceo-round');
    expect(useFileExchangeStore.getState().exportError).toBeUndefined();
    expect(saved).toHaveLength(1);
    const file = JSON.parse(saved[0]) as { commitment: string; payload: { role: string } };
    expect(file.payload.role).toBe('ceo');
    expect(useFileExchangeStore.getState().exported?.fingerprint).toMatch(/^\d{4} \d{4} \d{4} \d{4} \d{4}$/);
  });
});

describe('sealed-file import of a file that cannot be read', () => {
  it('a read error (the file moved, a USB stick pulled) is reported, not thrown: the file input is not left disabled', async () => {
    const rounds = new MemoryRoundRepository();
    await rounds.put(ceo);
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    const file = { name: 'accord-sealed-cto-Sam.json', size: 2048, text: () => Promise.reject(new Error('NotReadableError: the file could not be read')) };
    await expect(useFileExchangeStore.getState().importFile(file, 'ceo-round')).resolves.toBe(false);
    expect(useFileExchangeStore.getState().error).toBe(
      'Could not import “accord-sealed-cto-Sam.json”: the file could not be read (NotReadableError: the file could not be read). Choose it again.',
    );
    expect(useFileExchangeStore.getState().pending).toBeUndefined();
  });
});
