// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { provideServices } from '../../../../renderer/stores/services';
import { LOCAL_PAIR_KEY, RESET_REFUSED, privateRoundsNow, useLocalPairStore } from '../../../../renderer/stores/local-pair-store';
import { useCompareStore } from '../../../../renderer/stores/compare-store';
import { newInvite } from '../../../../shared/invite/invite-code';
import { useFileExchangeStore } from '../../../../renderer/stores/file-exchange-store';
import { useAssessStore } from '../../../../renderer/stores/assess-store';
import { useRoundsStore } from '../../../../renderer/stores/rounds-store';
import { createRound } from '../../../../shared/assessment/round';
import type { Round } from '../../../../shared/assessment/types';
import { sealedRound, six } from '../../shared/history/fixtures';

/*
 * Taking turns on one laptop, the other leader at the keyboard calls the stores
 * directly (no UI): a private round of the pair is refused, with what and why.
 */
const ceo = sealedRound({ id: 'ceo-pair', role: 'ceo', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-01T09:00:00.000Z', answers: [six(5), six(4), six(4), six(4)] });
const cto = sealedRound({ id: 'cto-solo', role: 'cto', label: '2026-Q4 quarterly reset', sealedAt: '2026-10-02T09:00:00.000Z', answers: [six(1), six(1), six(1), six(1)] });
const LOCKED = 'This round is private: it is locked with its owner’s passphrase while you take turns on this laptop. Its owner can unlock it first.';
const HIDDEN = 'This round is private: it stays hidden while you take turns on this laptop, until both of you have sealed.';

let rounds: MemoryRoundRepository;
let settings: MemorySettingsRepository;

beforeEach(async () => {
  rounds = new MemoryRoundRepository();
  settings = new MemorySettingsRepository();
  await rounds.put(ceo);
  await rounds.put(cto);
  provideServices({ rounds, settings, docs: new MemoryDocStore() });
  useLocalPairStore.setState({ pair: undefined, loaded: false, unlocked: [], justSealed: undefined });
  useCompareStore.setState({ error: undefined, busy: false, meta: undefined });
  useFileExchangeStore.setState({ error: undefined, pending: undefined });
  await useLocalPairStore.getState().load();
});

/** The CEO's round of the pair: locked with a passphrase and handed over, or sealed without one (hidden). */
async function ceoTurn(how: 'locked' | 'hidden') {
  await useLocalPairStore.getState().assign('ceo', 'ceo-pair', how === 'locked' ? 'blue-harbour' : undefined);
  useLocalPairStore.getState().lockAll();
}

const sealedFile = (payload: object) => ({ name: 'accord-sealed-cto.json', size: 2048, text: async () => JSON.stringify({ payload }) });

describe('take turns: the compare and file stores refuse a private round', () => {
  for (const [how, why] of [
    ['locked', LOCKED],
    ['hidden', HIDDEN],
  ] as const) {
    it(`host and join refuse a ${how} round, saying what and why`, async () => {
      await ceoTurn(how);
      await useCompareStore.getState().host('ceo-pair');
      expect(useCompareStore.getState().error).toBe(`Not hosted. ${why}`);
      expect(useCompareStore.getState().meta).toBeUndefined();
      await useCompareStore.getState().join('192.168.1.20:5173/k7m2q9xa4z/h3k9-x8d2-m4p7-q2w6', 'ceo-pair');
      expect(useCompareStore.getState().error).toBe(`Not joined. ${why}`);
      expect(useCompareStore.getState().meta).toBeUndefined();
      expect(await settings.get('compare.session')).toBeFalsy();
    });

    it(`a comparison saved with a ${how} round does not reconnect`, async () => {
      const invite = newInvite('192.168.1.20', 5173, (n) => new Uint8Array(n).fill(7));
      const meta = { ...invite, signalingUrls: ['ws://192.168.1.20:5173/signal'], roundId: 'ceo-pair', participantId: 'p-1', salt: 'ab'.repeat(16), isHost: false, createdAt: '2026-10-01T09:00:00.000Z' };
      await settings.set('compare.session', JSON.stringify(meta));
      await ceoTurn(how);
      await useCompareStore.getState().resume();
      expect(useCompareStore.getState().error).toBe(`Not reconnected to the saved comparison. ${why}`);
      expect(useCompareStore.getState().meta).toBeUndefined();
    });

    it(`a sealed-file import against a ${how} round is refused before the file is read`, async () => {
      await ceoTurn(how);
      let read = false;
      const file = { ...sealedFile({}), text: async () => ((read = true), '{}') };
      await expect(useFileExchangeStore.getState().importFile(file, 'ceo-pair')).resolves.toBe(false);
      expect(useFileExchangeStore.getState().error).toBe(`Could not import “accord-sealed-cto.json”: your round cannot be compared now. ${why}`);
      expect(useFileExchangeStore.getState().pending).toBeUndefined();
      expect(read).toBe(false);
    });
  }

  it('an import waiting for its fingerprint opens nothing once the round is private', async () => {
    await ceoTurn('hidden');
    useFileExchangeStore.setState({ pending: { fileName: 'f.json', partner: {} as never, commitment: 'c', fingerprint: 'f', myRoundId: 'ceo-pair', myRoundLabel: 'l', roundCheck: { otherLabel: false } } });
    await expect(useFileExchangeStore.getState().confirmImport()).resolves.toBe(false);
    expect(useFileExchangeStore.getState().comparison).toBeUndefined();
    expect(useFileExchangeStore.getState().error).toBe(`Nothing was opened. ${HIDDEN}`);
  });
});

describe('take turns: what is open closes when its round becomes private', () => {
  it('a file comparison made with the CEO round closes when she locks it and hands over; one with an open round stays', async () => {
    await useRoundsStore.getState().load();
    await useLocalPairStore.getState().assign('ceo', 'ceo-pair', 'blue-harbour');
    useFileExchangeStore.setState({ comparison: { roundLabel: 'x' } as never, comparedRoundId: 'ceo-pair' });
    useLocalPairStore.getState().lockAll();
    expect(useFileExchangeStore.getState().comparison).toBeUndefined();
    useFileExchangeStore.setState({ comparison: { roundLabel: 'x' } as never, comparedRoundId: 'cto-solo' });
    useLocalPairStore.getState().lockAll();
    expect(useFileExchangeStore.getState().comparison).toBeDefined();
  });

  it('a live comparison is not left when its owner seals its round on this screen', async () => {
    await useRoundsStore.getState().load();
    await useLocalPairStore.getState().assign('cto', 'cto-solo', 'harbour-blue');
    useCompareStore.setState({ meta: { roundId: 'cto-solo', isHost: false } as never });
    useLocalPairStore.getState().sealed('cto-solo');
    expect(useLocalPairStore.getState().justSealed).toBe('cto-solo');
    await new Promise((r) => setTimeout(r, 20));
    expect(useCompareStore.getState().meta?.roundId).toBe('cto-solo');
  });

  it('a live comparison with the CEO round is left when she locks it', async () => {
    await useRoundsStore.getState().load();
    await useLocalPairStore.getState().assign('ceo', 'ceo-pair', 'blue-harbour');
    useCompareStore.setState({ meta: { roundId: 'ceo-pair', isHost: false } as never });
    await settings.set('compare.session', '{"roundId":"ceo-pair"}');
    useLocalPairStore.getState().lockAll();
    await expect.poll(() => useCompareStore.getState().meta).toBeUndefined();
    expect(await settings.get('compare.session')).toBe('');
  });
});

describe('take turns: Start over never makes a private round readable', () => {
  for (const how of ['locked', 'hidden'] as const) {
    it(`is refused while the CEO's round is ${how}; the round stays private`, async () => {
      await ceoTurn(how);
      await expect(useLocalPairStore.getState().reset()).resolves.toBe(RESET_REFUSED);
      expect(useLocalPairStore.getState().pair?.ceoRoundId).toBe('ceo-pair');
      expect(JSON.parse((await settings.get(LOCAL_PAIR_KEY))!).ceoRoundId).toBe('ceo-pair');
      const now = await privateRoundsNow();
      expect([...now.locked, ...now.hidden]).toEqual(['ceo-pair']);
    });
  }

  for (const how of ['locked', 'hidden'] as const) {
    it(`the way out of a ${how} round nobody can open: it is deleted, never shown, and the pair starts over`, async () => {
      await ceoTurn(how);
      await useRoundsStore.getState().load();
      await expect(useLocalPairStore.getState().discardPrivateAndReset()).resolves.toBe(1);
      expect(await rounds.get('ceo-pair')).toBeUndefined();
      expect(useRoundsStore.getState().rounds.map((r) => r.id)).toEqual(['cto-solo']);
      expect(await rounds.get('cto-solo')).toBeDefined();
      expect(useLocalPairStore.getState().pair).toBeUndefined();
      expect(await settings.get(LOCAL_PAIR_KEY)).toBe('');
      expect(await privateRoundsNow()).toEqual({ locked: [], hidden: [] });
    });
  }

  it('the way out deletes only private rounds, and a deleted round open in the diagnostic is not shown from memory', async () => {
    const draft = createRound({ id: 'cto-draft', role: 'cto', personName: 'Blake', label: 'Q4', kind: 'quarterly-reset', now: '2026-10-02T09:00:00.000Z' });
    await rounds.put(draft);
    await useRoundsStore.getState().load();
    await useAssessStore.getState().open('ceo-pair');
    expect(useAssessStore.getState().round?.id).toBe('ceo-pair');
    await ceoTurn('locked');
    // The CTO's turn, started without a passphrase and not sealed: open, so it stays.
    await useLocalPairStore.getState().assign('cto', 'cto-draft');
    await expect(useLocalPairStore.getState().discardPrivateAndReset()).resolves.toBe(1);
    expect(await rounds.get('cto-draft')).toBeDefined();
    expect(await rounds.get('ceo-pair')).toBeUndefined();
    expect(useAssessStore.getState().round).toBeUndefined();
    expect(useAssessStore.getState().missing).toBe(true);
  });

  it('starts over once nothing is private (its owner unlocked it, or both sealed)', async () => {
    await ceoTurn('locked');
    expect(await useLocalPairStore.getState().unlock('ceo-pair', 'blue-harbour')).toBe(true);
    await expect(useLocalPairStore.getState().reset()).resolves.toBeUndefined();
    expect(useLocalPairStore.getState().pair).toBeUndefined();
    await ceoTurn('hidden');
    await useLocalPairStore.getState().assign('cto', 'cto-solo');
    await expect(useLocalPairStore.getState().reset()).resolves.toBeUndefined();
    expect(await settings.get(LOCAL_PAIR_KEY)).toBe('');
  });
});

describe('take turns: sealing locks a passphrase round again', () => {
  it('the unlock that came with setting the passphrase ends at the seal; only the sealing screen keeps it', async () => {
    const fresh: Round = createRound({ id: 'ceo-fresh', role: 'ceo', personName: 'Alex Kim', kind: 'quarterly-reset', label: 'Q4', now: '2026-11-01T09:00:00.000Z' });
    await rounds.put(fresh);
    await useLocalPairStore.getState().assign('ceo', 'ceo-fresh', 'blue-harbour');
    expect(useLocalPairStore.getState().unlocked).toEqual(['ceo-fresh']);
    await useAssessStore.getState().open('ceo-fresh');
    await useAssessStore.getState().seal();
    expect((await rounds.get('ceo-fresh'))?.sealedAt).toBeDefined();
    expect(useLocalPairStore.getState().unlocked).toEqual([]);
    expect((await privateRoundsNow()).locked).toEqual(['ceo-fresh']);
    expect(useLocalPairStore.getState().justSealed).toBe('ceo-fresh');
    // The owner's passphrase still opens it.
    expect(await useLocalPairStore.getState().unlock('ceo-fresh', 'blue-harbour')).toBe(true);
    expect((await privateRoundsNow()).locked).toEqual([]);
  });

  it('a round outside the pair, or one not unlocked, is left as it was', async () => {
    const solo: Round = createRound({ id: 'cto-fresh', role: 'cto', personName: 'Blake', kind: 'quarterly-reset', label: 'Q4', now: '2026-11-01T09:00:00.000Z' });
    await rounds.put(solo);
    await useAssessStore.getState().open('cto-fresh');
    await useAssessStore.getState().seal();
    expect(useLocalPairStore.getState().justSealed).toBeUndefined();
    expect(useLocalPairStore.getState().unlocked).toEqual([]);
  });
});
