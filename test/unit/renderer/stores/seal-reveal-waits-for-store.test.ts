// @vitest-environment jsdom
// jsdom for a real localStorage (the seal's write-ahead note); fake-indexeddb for the round store.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../renderer/data/settings-repository';
import { publishCommitment, setPresence } from '../../../../renderer/sync/comparison-doc';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { newInvite } from '../../../../shared/invite/invite-code';
import { createCommitmentNow } from '../../../../shared/reveal/commitment';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sealedRound, six } from '../../shared/history/fixtures';
import type { Round } from '../../../../shared/assessment/types';

/*
 * The second leader seals while the partner's commitment is already in the shared doc. Our
 * answers may leave only once this laptop cannot lose them: once IndexedDB holds the seal.
 * The seal's write-ahead note in localStorage survives a reload, but Chromium writes
 * localStorage to disk seconds later, so it is not enough (see comparison-controller).
 *
 * Real compare store, comparison session (y-webrtc with no signaling: no partner connects in
 * Node; the partner's entries are put where the peer bridge puts them, with the peer origin),
 * assess store and round store (fake-indexeddb). Only the round store's write of the seal is
 * held, so the test can look while it is in flight.
 */

const NOW = '2026-11-27T09:00:00.000Z';
const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const mine = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4', answers: [six(3), six(4), six(2), six(3)] });
delete (mine as Partial<Round>).sealedAt;
const partner = sealedRound({ id: 'q4-cto', role: 'cto', label: '2026-Q4', sealedAt: NOW, answers: [six(2), six(2), six(4), six(1)] });
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  localStorage.clear();
  vi.restoreAllMocks();
});

async function secondToSeal() {
  vi.resetModules();
  const db = new AccordDatabase(`accord-write-ahead-${Math.random()}`);
  await db.open();
  const rounds = new DexieRoundRepository(db);
  await rounds.put(mine);
  // The seal's write is held until the test lets it go.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const put = rounds.put.bind(rounds);
  rounds.put = async (round) => {
    if (round.sealedAt) await held;
    return put(round);
  };
  const { provideServices } = await import('../../../../renderer/stores/services');
  provideServices({ rounds, settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
  const { SharedDocSession } = await import('../../../../renderer/sync/session');
  const opened = vi.spyOn(SharedDocSession, 'open');
  const { useCompareStore } = await import('../../../../renderer/stores/compare-store');
  const { useAssessStore } = await import('../../../../renderer/stores/assess-store');

  const invite = newInvite('127.0.0.1', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
  const meta = { ...invite, signalingUrls: [], roundId: mine.id, participantId: 'me', salt: 'ab'.repeat(32), isHost: false, createdAt: NOW };
  await db.settings.put({ key: 'compare.session', value: JSON.stringify(meta) });
  await useCompareStore.getState().resume();
  expect(useCompareStore.getState().error).toBeUndefined();
  const sessions = await Promise.all(opened.mock.results.map((r) => r.value as ReturnType<typeof SharedDocSession.open>));
  const doc = sessions.find((s) => s.doc.share.has('commitments') || s.doc.getMap('participants').size > 0)!.doc;
  closers.push(async () => {
    release();
    await useCompareStore.getState().leave();
  });

  // The partner sealed first: its presence and commitment are in our doc.
  const payload = payloadFromRound(partner);
  doc.transact(() => {
    setPresence(doc, { id: 'partner', name: partner.personName, role: 'cto', state: 'sealed', at: NOW });
    publishCommitment(doc, 'cto', { commitment: createCommitmentNow(payload, 'cd'.repeat(32), sha256), sealedAt: NOW, name: partner.personName });
  }, PEER_ORIGIN);

  await useAssessStore.getState().open(mine.id);
  return { doc, db, release, useAssessStore, useCompareStore };
}

const entry = (doc: { getMap(name: string): { get(key: string): unknown } }, root: string) => doc.getMap(root).get('ceo');

describe('the second leader to seal: when our answers leave', () => {
  it('commitment and acknowledgement go at once; the reveal waits until the store holds the seal, even with its note in localStorage', async () => {
    const { doc, db, release, useAssessStore, useCompareStore } = await secondToSeal();
    const sealing = useAssessStore.getState().seal();
    await vi.waitFor(() => expect(entry(doc, 'acks')).toBeDefined());
    expect(entry(doc, 'commitments')).toBeDefined();
    await vi.waitFor(() => expect(useCompareStore.getState().protocol?.phase).toBe('storing-seal'));
    // The note is there, but localStorage reaches the disk seconds later: not enough to let answers go.
    expect(localStorage.getItem(`accord.pending-seal.${mine.id}`)).not.toBeNull();
    expect(entry(doc, 'reveals')).toBeUndefined();
    expect(JSON.parse((await db.rounds.get(mine.id))!.body).sealedAt).toBeUndefined();
    release();
    await sealing;
    await vi.waitFor(() => expect(entry(doc, 'reveals')).toBeDefined());
    // What left is exactly the seal the store now holds.
    const stored = JSON.parse((await db.rounds.get(mine.id))!.body) as Round;
    expect(stored.sealedAt).toBeDefined();
    expect((entry(doc, 'reveals') as { payload: unknown }).payload).toEqual(JSON.parse(JSON.stringify(payloadFromRound(stored))));
    expect(localStorage.getItem(`accord.pending-seal.${mine.id}`)).toBeNull();
  });
});
