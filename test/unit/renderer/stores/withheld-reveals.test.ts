import { describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { clearWithheldReveal, listWithheldReveals, partnerOutcome, recordWithheldReveal } from '../../../../renderer/stores/withheld-reveals';

const entry = (room: string, refused?: string) => ({
  room,
  roundId: 'r1',
  partnerName: 'Sam',
  partnerRole: 'cto' as const,
  revealedAt: '2026-11-27T10:00:00.000Z',
  notedAt: '2026-11-27T10:00:08.000Z',
  ...(refused ? { refused } : {}),
});

describe('withheld reveals kept on this laptop', () => {
  it('keeps why the partner reveal was refused, and History says so instead of "never revealed"', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    await recordWithheldReveal(entry('room-a', 'reveals.cto.payload.sealedAt: must not be later than this laptop’s clock'));
    const [kept] = await listWithheldReveals();
    expect(kept.refused).toMatch(/sealedAt/);
    expect(partnerOutcome(kept.refused)).toBe('revealed answers this laptop refused (reveals.cto.payload.sealedAt: must not be later than this laptop’s clock)');
    expect(partnerOutcome(undefined)).toBe('never revealed theirs');
  });

  it('a record the comparison later proves wrong (the reveal verified after all) is dropped, and only that one', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    await recordWithheldReveal(entry('room-a'));
    await recordWithheldReveal(entry('room-b'));
    await clearWithheldReveal('room-a');
    expect((await listWithheldReveals()).map((e) => e.room)).toEqual(['room-b']);
    await clearWithheldReveal('room-zzz');
    expect((await listWithheldReveals()).map((e) => e.room)).toEqual(['room-b']);
  });

  it('a stored record with a refusal that is not text is not read as a record', async () => {
    const settings = new MemorySettingsRepository();
    provideServices({ rounds: new MemoryRoundRepository(), settings, docs: new MemoryDocStore() });
    await settings.set('compare.withheld', JSON.stringify([{ ...entry('room-a'), refused: 42 }, entry('room-b')]));
    expect((await listWithheldReveals()).map((e) => e.room)).toEqual(['room-b']);
  });
});
