// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useRoundsStore } from '../../../../renderer/stores/rounds-store';
import { keepPartnerRound } from '../../../../renderer/stores/partner-rounds';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sealedRound, six } from '../../shared/history/fixtures';

const cto = sealedRound({ id: 'their-round', role: 'cto', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(2), six(3), six(4), six(4)] });

const mine = { id: 'my-round', companyName: 'Acme' };

describe('keepPartnerRound', () => {
  it('keeps the same sealed content once, whichever way it arrives; a different round is kept too', async () => {
    const rounds = new MemoryRoundRepository();
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    await useRoundsStore.getState().load();
    const payload = payloadFromRound(cto);
    await keepPartnerRound(payload, 'a'.repeat(64), 'peer', mine);
    await keepPartnerRound(payload, 'b'.repeat(64), 'file', mine);
    expect((await rounds.list()).rounds.map((r) => r.id)).toEqual([`partner-${'a'.repeat(24)}`]);

    const other = payloadFromRound(sealedRound({ ...cto, sealedAt: '2026-10-02T09:00:00.000Z', answers: [six(2), six(3), six(4), six(4)] }));
    await keepPartnerRound(other, 'c'.repeat(64), 'file', mine);
    expect((await rounds.list()).rounds).toHaveLength(2);
  });

  it("files the partner's round with this laptop's round it was compared with, and the stored copy reads back with it", async () => {
    const rounds = new MemoryRoundRepository();
    provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    await useRoundsStore.getState().load();
    await keepPartnerRound(payloadFromRound({ ...cto, label: 'Anything they like' }), 'd'.repeat(64), 'peer', mine);
    const [kept] = (await rounds.list()).rounds;
    expect(kept).toMatchObject({ receivedFrom: 'peer', pairedWith: 'my-round', companyName: 'Acme', label: 'Anything they like' });
  });
});
