// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useRoundsStore } from '../../../../renderer/stores/rounds-store';
import { useAssessStore } from '../../../../renderer/stores/assess-store';
import { createRound } from '../../../../shared/assessment/round';

const at = (d: number) => `2026-11-0${d}T09:00:00.000Z`;
const mk = (id: string, day: number) => createRound({ id, role: 'ceo', personName: 'Alex', kind: 'quarterly-reset', label: `Q${day}`, now: at(day) });

describe('the rounds list after a seal', () => {
  it('shows the sealed round exactly where reading everything back would put it (without reading everything back)', async () => {
    const rounds = new MemoryRoundRepository();
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    // Same timestamps on purpose: the order must not depend on which path built the list.
    for (const r of [mk('b', 2), mk('a', 2), mk('c', 1), mk('d', 3)]) await rounds.put(r);
    await useRoundsStore.getState().load();
    await useAssessStore.getState().open('c');
    await useAssessStore.getState().seal();
    const inStore = useRoundsStore.getState().rounds;
    expect(inStore.find((r) => r.id === 'c')?.sealedAt).toBeDefined();
    const fromStorage = (await rounds.list()).rounds;
    expect(inStore).toEqual(fromStorage);
    expect(inStore.map((r) => r.id)[0]).toBe('c');
    expect(inStore.map((r) => r.id).slice(1)).toEqual(['d', 'a', 'b']);
  });
});
