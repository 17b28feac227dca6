// A live comparison on this laptop with every store real (compare, assess, rounds; IndexedDB
// via fake-indexeddb, jsdom's localStorage) and the partner put where the peer bridge puts it:
// into the comparison doc with the peer origin (y-webrtc has no signaling here: no RTCPeerConnection
// in Node). Import from a jsdom test after 'fake-indexeddb/auto'.
import { createHash } from 'node:crypto';
import { vi } from 'vitest';
import type * as Y from 'yjs';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../renderer/data/settings-repository';
import { publishAck, publishCommitment, publishReveal, setPresence } from '../../../../renderer/sync/comparison-doc';
import { PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { newInvite } from '../../../../shared/invite/invite-code';
import { createCommitmentNow } from '../../../../shared/reveal/commitment';
import { payloadFromRound } from '../../../../shared/reveal/payload';
import { sealedRound, six } from '../../shared/history/fixtures';
import type { Round } from '../../../../shared/assessment/types';

export const NOW = '2026-11-27T09:00:00.000Z';
const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const OUR_SALT = 'ab'.repeat(32);
/** This laptop's round (the CEO's), answered and not sealed. */
export const mine = sealedRound({ id: 'q4-ceo', role: 'ceo', label: '2026-Q4', answers: [six(3), six(4), six(2), six(3)] });
delete (mine as Partial<Round>).sealedAt;
export const partner = sealedRound({ id: 'q4-cto', role: 'cto', label: '2026-Q4', sealedAt: NOW, answers: [six(2), six(2), six(4), six(1)] });
const PARTNER_SALT = 'cd'.repeat(32);
export const partnerCommitment = createCommitmentNow(payloadFromRound(partner), PARTNER_SALT, sha256);

const closers: (() => Promise<void>)[] = [];
/** Call from afterEach. */
export async function closeLiveComparisons() {
  for (const close of closers.splice(0)) await close();
}

/** What the doc holds under this laptop's role (the CEO) in one root. */
export const ours = (doc: Y.Doc, root: string) => doc.getMap(root).get('ceo');
/** Our reveal in the doc, if it left. */
export const ourReveal = (doc: Y.Doc) => ours(doc, 'reveals') as { payload: unknown } | undefined;
/** As it reads back from the doc (JSON: undefined fields gone). */
export const asJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
/** The commitment this laptop publishes for `sealed` (the session's salt). */
export const ourCommitmentTo = (sealed: Round) => createCommitmentNow(payloadFromRound(sealed), OUR_SALT, sha256);

/** The partner sealed: its presence and commitment reach our doc. */
export function partnerSeals(doc: Y.Doc) {
  doc.transact(() => {
    setPresence(doc, { id: 'partner', name: partner.personName, role: 'cto', state: 'sealed', at: NOW });
    publishCommitment(doc, 'cto', { commitment: partnerCommitment, sealedAt: NOW, name: partner.personName });
  }, PEER_ORIGIN);
}

/** The partner seals after us (`ours`: our commitment): commitment, acknowledgement and reveal in one message. */
export function partnerSealsAndReveals(doc: Y.Doc, ours: string) {
  doc.transact(() => {
    setPresence(doc, { id: 'partner', name: partner.personName, role: 'cto', state: 'sealed', at: NOW });
    publishCommitment(doc, 'cto', { commitment: partnerCommitment, sealedAt: NOW, name: partner.personName });
    publishAck(doc, 'cto', { ceo: ours, cto: partnerCommitment, at: NOW });
    publishReveal(doc, 'cto', { payload: payloadFromRound(partner), salt: PARTNER_SALT });
  }, PEER_ORIGIN);
}

/** A modified page acknowledges a pair that is not the one in the doc. */
export function partnerAcksAnotherPair(doc: Y.Doc) {
  doc.transact(() => publishAck(doc, 'cto', { ceo: 'ab'.repeat(32), cto: partnerCommitment, at: NOW }), PEER_ORIGIN);
}

/**
 * A fresh app (modules re-imported: the stores keep state per page) comparing `mine`.
 * `holdSeal`: the round store's write of the seal waits until `release()`; `failSeal`: it fails.
 * `holdPrepared`: the seal dialog's prepared seal waits until `releasePrepared()`;
 * `preparedRow`: a prepared seal an earlier run left in the store.
 * `restartOf`: the database an earlier run left (closed, as a crash leaves it): this app resumes
 * the comparison saved there, from what that run got onto the disk.
 */
export async function liveComparison(
  opts: { partnerFirst?: boolean; holdSeal?: boolean; failSeal?: boolean; holdPrepared?: boolean; preparedRow?: Round; restartOf?: string } = {},
) {
  vi.resetModules();
  const db = new AccordDatabase(opts.restartOf ?? `accord-live-${Math.random()}`);
  await db.open();
  const rounds = new DexieRoundRepository(db);
  if (!opts.restartOf) await rounds.put(mine);
  let release = () => {};
  if (opts.holdSeal) {
    const held = new Promise<void>((r) => (release = r));
    const put = rounds.put.bind(rounds);
    rounds.put = async (round) => {
      if (round.sealedAt) await held;
      return put(round);
    };
  }
  if (opts.failSeal) {
    // The disk fills up between the seal dialog's prepared seal and the round's own write.
    const put = rounds.put.bind(rounds);
    rounds.put = async (round) => {
      if (round.sealedAt) throw new Error('the disk is full');
      return put(round);
    };
  }
  let releasePrepared = () => {};
  if (opts.holdPrepared) {
    const held = new Promise<void>((r) => (releasePrepared = r));
    const prepare = rounds.prepareSeal.bind(rounds);
    rounds.prepareSeal = async (round) => {
      await held;
      return prepare(round);
    };
  }
  // A prepared seal left by an earlier run (Accord closed during the seal dialog).
  if (opts.preparedRow) await db.seals.put({ id: opts.preparedRow.id, body: JSON.stringify(opts.preparedRow) });
  const { provideServices } = await import('../../../../renderer/stores/services');
  provideServices({ rounds, settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
  const { SharedDocSession } = await import('../../../../renderer/sync/session');
  const opened = vi.spyOn(SharedDocSession, 'open');
  const { useCompareStore } = await import('../../../../renderer/stores/compare-store');
  const { useAssessStore } = await import('../../../../renderer/stores/assess-store');

  const invite = newInvite('127.0.0.1', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
  const meta = { ...invite, signalingUrls: [], roundId: mine.id, participantId: 'me', salt: OUR_SALT, isHost: false, createdAt: NOW };
  if (!opts.restartOf) await db.settings.put({ key: 'compare.session', value: JSON.stringify(meta) });
  await useCompareStore.getState().resume();
  if (useCompareStore.getState().error) throw new Error(useCompareStore.getState().error);
  const sessions = await Promise.all(opened.mock.results.map((r) => r.value as ReturnType<typeof SharedDocSession.open>));
  const doc = sessions.find((s) => s.doc.share.has('commitments') || s.doc.getMap('participants').size > 0)!.doc;
  closers.push(async () => {
    release();
    releasePrepared();
    await useCompareStore.getState().leave();
  });
  if (opts.partnerFirst) partnerSeals(doc);
  await useAssessStore.getState().open(mine.id);
  return { doc, db, dbName: db.name, release: () => release(), releasePrepared: () => releasePrepared(), useAssessStore, useCompareStore };
}
