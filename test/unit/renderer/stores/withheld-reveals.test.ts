import { describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { clearWithheldReveal, listWithheldReveals, partnerOutcome, recordWithheldReveal } from '../../../../renderer/stores/withheld-reveals';
import { withheldNotices } from '../../../../shared/plan/withheld';
import { ceoRef, ctoRef } from '../../shared/plan/fixtures';

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
  it('a refusal that comes after the record was written is added to it: History and the plan no longer say "never revealed"', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    // Our reveal went out, the partner's had not come when the wait ran out; another comparison's record too.
    await recordWithheldReveal({ ...entry('room-a'), roundId: ceoRef.id });
    await recordWithheldReveal(entry('room-b'));
    // Then the partner's reveal arrived and was refused: the next view update records again, with why.
    const why = 'reveals.cto.payload.sealedAt: must not be later than this laptop’s clock';
    await recordWithheldReveal({ ...entry('room-a', why), roundId: ceoRef.id, notedAt: '2026-11-27T10:05:00.000Z' });
    const all = await listWithheldReveals();
    expect(all.map((e) => [e.room, e.refused, e.notedAt])).toEqual([
      ['room-a', why, '2026-11-27T10:00:08.000Z'],
      ['room-b', undefined, '2026-11-27T10:00:08.000Z'],
    ]);
    expect(partnerOutcome(all[0].refused)).toBe(`revealed answers this laptop refused (${why})`);
    const [notice] = withheldNotices(all, { ceo: ceoRef, cto: ctoRef });
    expect(notice).toContain(`whose own reveal was refused as not valid (${why})`);
    expect(notice).not.toContain('never revealed');
  });

  it('a record that says why is never turned back into "never revealed" by a later call without a reason', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    await recordWithheldReveal(entry('room-a', 'reveals.cto: does not match the commitment'));
    await recordWithheldReveal(entry('room-a'));
    expect((await listWithheldReveals()).map((e) => e.refused)).toEqual(['reveals.cto: does not match the commitment']);
  });

  it('two records of one room in flight at once (view updates come fast) leave one record, with the refusal', async () => {
    provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
    // Both read the list before either writes, unless they run one at a time: the second would put back a record without it.
    await Promise.all([recordWithheldReveal(entry('room-a', 'reveals.cto: does not match the commitment')), recordWithheldReveal(entry('room-a'))]);
    expect((await listWithheldReveals()).map((e) => [e.room, e.refused])).toEqual([['room-a', 'reveals.cto: does not match the commitment']]);
  });

  it("the partner's text quoted in a refusal reaches History and the plan without bidi overrides, line breaks or unbounded length", async () => {
    const settings = new MemorySettingsRepository();
    provideServices({ rounds: new MemoryRoundRepository(), settings, docs: new MemoryDocStore() });
    // The projection quotes the partner's seal time as JSON, which leaves U+202E and U+2028 as they are.
    const quoted = JSON.stringify(`2026\u202E)ATC( maS ot\u2028${'x'.repeat(5_000)}`);
    await recordWithheldReveal(entry('room-a'));
    await recordWithheldReveal(entry('room-a', `reveals.cto.payload.sealedAt: ${quoted} is not the seal time announced`));
    // A record an older version stored as it came is read the same way.
    const stored = JSON.parse((await settings.get('compare.withheld'))!) as object[];
    await settings.set('compare.withheld', JSON.stringify([...stored, entry('room-b', `x\u202Ey\n${'z'.repeat(400)}`)]));
    const all = await listWithheldReveals();
    for (const e of all) {
      expect(e.refused).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u2028\u2029\n]/);
      expect(e.refused!.length).toBeLessThanOrEqual(300);
    }
    expect(all[0].refused).toMatch(/^reveals\.cto\.payload\.sealedAt: "2026\)ATC\( maS ot xxx/);
    expect(all[0].refused).toMatch(/…$/);
    expect(all[1].refused).toMatch(/^xy z{296}…$/);
  });
});
