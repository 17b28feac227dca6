import { describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { useAssessStore } from '../../../../renderer/stores/assess-store';
import { createRound } from '../../../../shared/assessment/round';
import type { Round } from '../../../../shared/assessment/types';

const round = (id: string) => createRound({ id, role: 'cto', personName: 'Blake', kind: 'quarterly-reset', label: 'Q4', now: '2026-11-01T09:00:00.000Z' });

async function openFresh(rounds: MemoryRoundRepository, id: string) {
  provideServices({ rounds, settings: new MemorySettingsRepository(), docs: new MemoryDocStore() });
  await rounds.put(round(id));
  await useAssessStore.getState().open(id);
}

describe('sealing: stored first, then the page', () => {
  it('runs beforeShowing after the sealed round is stored and announced, before the page shows it', async () => {
    const rounds = new MemoryRoundRepository();
    await openFresh(rounds, 'r1');
    const seen: { stored?: string; shown?: string; announced?: string }[] = [];
    await useAssessStore.getState().seal({
      beforeShowing: async () => {
        seen.push({ stored: (await rounds.get('r1'))?.sealedAt, shown: useAssessStore.getState().round?.sealedAt, announced: useAssessStore.getState().sealed?.sealedAt });
      },
    });
    const after = useAssessStore.getState();
    expect(seen).toHaveLength(1);
    expect(seen[0].stored).toBeDefined();
    expect(seen[0].announced).toBe(seen[0].stored);
    expect(seen[0].shown).toBeUndefined();
    expect(after.round?.sealedAt).toBe(seen[0].stored);
    expect(after.sealed).toBeUndefined();
    expect(after.sealing).toBeUndefined();
  });

  it('shows the round being sealed while it is written, and never announces a seal that was not stored', async () => {
    const rounds = new MemoryRoundRepository();
    await openFresh(rounds, 'r2');
    const during: (Round | undefined)[] = [];
    rounds.put = async () => {
      await Promise.resolve(); // the write is under way
      during.push(useAssessStore.getState().sealing);
      throw new Error('disk full');
    };
    let called = false;
    await useAssessStore.getState().seal({ beforeShowing: async () => void (called = true) });
    const after = useAssessStore.getState();
    expect(during[0]?.sealedAt).toBeDefined();
    expect(called).toBe(false);
    expect(after.round?.sealedAt).toBeUndefined();
    expect(after.sealed).toBeUndefined();
    expect(after.save).toBe('error');
  });

  it('the write of the seal is under way before anything hears of the seal (a live comparison publishes on it)', async () => {
    const rounds = new MemoryRoundRepository();
    await openFresh(rounds, 'r3');
    const writes: (string | undefined)[] = [];
    const put = rounds.put.bind(rounds);
    rounds.put = (r: Round) => {
      writes.push(r.sealedAt);
      return put(r);
    };
    const heard: number[] = [];
    const unsubscribe = useAssessStore.subscribe((s, prev) => {
      if (s.sealing && !prev.sealing) heard.push(writes.filter(Boolean).length);
    });
    await useAssessStore.getState().seal();
    unsubscribe();
    expect(heard).toEqual([1]);
    expect((await rounds.get('r3'))?.sealedAt).toBe(useAssessStore.getState().round?.sealedAt);
  });

  it('a failed seal stays: answers frozen (no edit, no undo, even after reopening) and the retry stores that same seal', async () => {
    const rounds = new MemoryRoundRepository();
    await openFresh(rounds, 'r4');
    useAssessStore.getState().answer('db-1', { value: 4 } as never);
    await useAssessStore.getState().flush();
    const put = rounds.put.bind(rounds);
    rounds.put = async (r) => {
      if (r.sealedAt) throw new Error('disk full');
      return put(r);
    };
    await useAssessStore.getState().seal();
    const failed = useAssessStore.getState().sealing;
    expect(failed?.sealedAt).toBeDefined();
    useAssessStore.getState().answer('db-1', { value: 1 } as never);
    useAssessStore.getState().undo();
    await useAssessStore.getState().flush();
    expect(useAssessStore.getState().round?.answers['db-1']).toEqual({ value: 4 });
    // Leaving and reopening the round does not thaw it.
    await useAssessStore.getState().open('r4');
    expect(useAssessStore.getState().sealing).toEqual(failed);
    useAssessStore.getState().answer('db-1', { value: 2 } as never);
    expect(useAssessStore.getState().round?.answers['db-1']).toEqual({ value: 4 });

    rounds.put = put;
    await useAssessStore.getState().seal();
    const stored = await rounds.get('r4');
    // Byte for byte the seal that failed: a commitment published meanwhile stays this round's.
    expect(stored).toEqual(failed);
    expect(useAssessStore.getState().round).toEqual(failed);
    expect(useAssessStore.getState().sealing).toBeUndefined();
    // Sealed now: a new round of the same id would start fresh (nothing left over).
    await useAssessStore.getState().open('r4');
    expect(useAssessStore.getState().sealing).toBeUndefined();
  });
});

describe('no edit or undo while a seal is being stored', () => {
  it('an undo during the seal changes nothing, so the stored round stays sealed', async () => {
    const rounds = new MemoryRoundRepository();
    await openFresh(rounds, 'r3');
    useAssessStore.getState().answer('db-1', { value: 4 } as never);
    await useAssessStore.getState().flush();
    await useAssessStore.getState().seal({
      beforeShowing: async () => {
        useAssessStore.getState().undo();
        useAssessStore.getState().answer('db-1', { value: 1 } as never);
        await useAssessStore.getState().flush();
      },
    });
    const stored = await rounds.get('r3');
    expect(stored?.sealedAt).toBeDefined();
    expect(useAssessStore.getState().round?.sealedAt).toBe(stored?.sealedAt);
  });
});
