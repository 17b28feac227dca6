// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRoundRepository } from '../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../renderer/data/doc-store';
import { provideServices } from '../../../renderer/stores/services';
import { privacyWith, privateRoundsNow, useLocalPairStore } from '../../../renderer/stores/local-pair-store';
import { useFileExchangeStore } from '../../../renderer/stores/file-exchange-store';
import { useRoundsStore } from '../../../renderer/stores/rounds-store';
import { platform } from '../../../renderer/platform';
import { sealedRound, six } from '../shared/history/fixtures';

const ceo = sealedRound({ id: 'ceo-round', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(1), six(2), six(1), six(2)] });
const junkCto = sealedRound({ id: 'junk-cto', role: 'cto', label: 'junk', sealedAt: '2026-10-01T09:05:00.000Z', answers: [six(3), six(3), six(3), six(3)] });

afterEach(() => vi.restoreAllMocks());

describe('take turns: the CTO opens the CEO’s locked round through Compare → import a sealed file', () => {
  it('file import with the locked CEO round as "your round" builds the comparison', async () => {
    const rounds = new MemoryRoundRepository();
    await rounds.put(ceo);
    await rounds.put(junkCto);
    const settings = new MemorySettingsRepository();
    provideServices({ rounds, settings, docs: new MemoryDocStore() });
    const pair = useLocalPairStore.getState();
    await pair.load();
    await pair.assign('ceo', 'ceo-round', 'blue-harbour');
    useLocalPairStore.getState().lockAll();
    expect((await privateRoundsNow()).locked).toEqual(['ceo-round']);

    // CTO exports a throwaway CTO round (not in the pair, so allowed)
    const saved: string[] = [];
    vi.spyOn(platform, 'saveFile').mockImplementation(async (_n, _m, data) => {
      saved.push(String(data));
      return { saved: true };
    });
    await useFileExchangeStore.getState().exportRound('junk-cto');
    expect(saved).toHaveLength(1);

    const file = { name: 'x.json', size: saved[0].length, text: async () => saved[0] };
    expect(await useFileExchangeStore.getState().importFile(file, 'ceo-round')).toBe(true);
    expect(await useFileExchangeStore.getState().confirmImport()).toBe(true);
    const c = useFileExchangeStore.getState().comparison!;
    console.log("comparison keys", Object.keys(c), "first gap:", JSON.stringify((c as any).ranking?.[0] ?? (c as any).items?.[0]).slice(0, 300));
    expect(c.ceo).toBeDefined();
    // and a "partner round" was stored, paired with the CEO's private round
    const all = await rounds.list();
    console.log('rounds now:', JSON.stringify((all as any).rounds?.map?.((r: any) => [r.id, r.role, r.receivedFrom, r.pairedWith]) ?? all));
  });

  it('"Start over" (LocalPairPage.tsx:34) needs no passphrase and opens every sealed/locked round', async () => {
    const rounds = new MemoryRoundRepository();
    await rounds.put(ceo);
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    await useLocalPairStore.getState().load();
    await useLocalPairStore.getState().assign('ceo', 'ceo-round', 'blue-harbour');
    useLocalPairStore.getState().lockAll();
    const sealed = () => true;
    expect(privacyWith('ceo-round', useLocalPairStore.getState(), sealed)).toBe('locked');
    await useLocalPairStore.getState().reset();
    expect(privacyWith('ceo-round', useLocalPairStore.getState(), sealed)).toBe('open');
    expect(await privateRoundsNow()).toEqual({ locked: [], hidden: [] }); // backups / sealed-file export now include it
  });
});
