// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AccordDatabase } from '../../../../renderer/data/db';
import { DexieDocStore } from '../../../../renderer/data/doc-store';
import { openWorkspace } from '../../../../renderer/sync/workspace-owner';
import { readSeen, SEEN_KEY, watchAgreementsSeen } from '../../../../renderer/sync/agreement-seen';
import { AGREEMENT, confirm, readLocal, readOwnKeys, readShared, rememberRole } from '../../../../renderer/sync/workspace-agreement';
import { agreementState, contentHash, sharedKey } from '../../../../shared/workspace/agreement';
import { UNKNOWN } from '../../../../shared/workspace/agreement-seen';
import { receiveFromPartner } from './partner-update';

/*
 * This laptop's record of when it first saw each agreement completed (renderer/sync/agreement-seen.ts),
 * which dates and files the agreement (agreement-date.ts agreedOn). Real Yjs, a real (fake-indexeddb)
 * workspace store closed and opened again as a restart does, localStorage as the app keeps it; the
 * partner's changes come through the peer guard (partner-update.ts).
 */
const KEY = 'capture:c1';
const BODY = { kind: 'action', text: 'Publish the matrix', owner: 'CEO', due: '2026-02-01' };
const HASH = contentHash(BODY);

let clock = new Date('2026-01-13T10:00:00.000Z');
const now = () => clock;
const fresh = () => new AccordDatabase(`accord-seen-${Math.random()}`);

/** The partner's laptop confirms (or re-dates its confirmation) as the CTO, writing its own time. */
const partnerConfirms = (doc: Y.Doc, at: string, hash = HASH) =>
  receiveFromPartner(doc, (p) => p.getMap(AGREEMENT).set(sharedKey(KEY, 'cto'), { role: 'cto', name: 'Blake', hash, at, mode: 'live' }));

/** The state as the screens and the plan read it (AgreementBar's snapshot). */
const stateOf = (doc: Y.Doc) =>
  agreementState(KEY, BODY, undefined, { shared: readShared(doc, clock), local: readLocal(), ownKeys: readOwnKeys(), seen: readSeen(), me: 'ceo' });

beforeEach(() => {
  localStorage.clear();
  rememberRole('ceo');
  clock = new Date('2026-01-13T10:00:00.000Z');
});

describe('when this laptop first saw an agreement completed', () => {
  it('is stamped when the partner’s confirmation completes it, and no later change of the partner’s moves it; it survives a restart', async () => {
    const store = new DexieDocStore(fresh());
    let ws = await openWorkspace(store, now);
    confirm(ws.doc, KEY, HASH, [{ role: 'ceo', name: 'Alex' }], 'live', clock);
    expect(readSeen()).toEqual({}); // one confirmation is no agreement

    clock = new Date('2026-01-13T11:00:00.000Z');
    partnerConfirms(ws.doc, '2026-01-13T10:59:00.000Z');
    expect(readSeen()).toEqual({ [KEY]: { [HASH]: '2026-01-13T11:00:00.000Z' } });

    // Weeks later the partner's laptop re-dates its confirmation to this week, then withdraws and sends it again.
    clock = new Date('2026-04-15T09:00:00.000Z');
    partnerConfirms(ws.doc, '2026-04-15T08:00:00.000Z');
    receiveFromPartner(ws.doc, (p) => p.getMap(AGREEMENT).delete(sharedKey(KEY, 'cto')));
    partnerConfirms(ws.doc, '2026-04-15T08:30:00.000Z');
    expect(readSeen()[KEY][HASH]).toBe('2026-01-13T11:00:00.000Z');
    expect(stateOf(ws.doc)).toMatchObject({ kind: 'agreed', on: '2026-01-13' });
    expect(stateOf(ws.doc)).not.toHaveProperty('notDatedHere');

    // A restart: the stored workspace holds the agreement and its stamp; opening again keeps the first.
    await ws.close();
    ws = await openWorkspace(store, now);
    expect(readSeen()[KEY][HASH]).toBe('2026-01-13T11:00:00.000Z');
    expect(stateOf(ws.doc)).toMatchObject({ kind: 'agreed', on: '2026-01-13' });
    await ws.close();
  });

  it('completed by the partner while this laptop was closed: stamped on the first sync after the restart', async () => {
    const store = new DexieDocStore(fresh());
    let ws = await openWorkspace(store, now);
    confirm(ws.doc, KEY, HASH, [{ role: 'ceo', name: 'Alex' }], 'live', clock);
    await ws.close();

    clock = new Date('2026-01-14T08:00:00.000Z');
    ws = await openWorkspace(store, now);
    expect(readSeen()).toEqual({});
    // The partner confirmed last night, it says; this laptop sees it now.
    partnerConfirms(ws.doc, '2026-01-13T22:00:00.000Z');
    expect(readSeen()).toEqual({ [KEY]: { [HASH]: '2026-01-14T08:00:00.000Z' } });
    expect(stateOf(ws.doc)).toMatchObject({ kind: 'agreed', on: '2026-01-14' });
    await ws.close();
  });

  it('this laptop’s confirmation completing it is stamped then; a new content agreed later gets its own stamp', async () => {
    const ws = await openWorkspace(new DexieDocStore(fresh()), now);
    partnerConfirms(ws.doc, '2026-01-13T09:00:00.000Z');
    clock = new Date('2026-01-13T10:30:00.000Z');
    confirm(ws.doc, KEY, HASH, [{ role: 'ceo', name: 'Alex' }], 'live', clock);
    expect(readSeen()).toEqual({ [KEY]: { [HASH]: '2026-01-13T10:30:00.000Z' } });

    const edited = '0123456789abcdef0123456789abcdef';
    clock = new Date('2026-01-20T10:00:00.000Z');
    confirm(ws.doc, KEY, edited, [{ role: 'ceo', name: 'Alex' }], 'live', clock);
    partnerConfirms(ws.doc, '2026-01-20T10:01:00.000Z', edited);
    expect(readSeen()).toEqual({ [KEY]: { [HASH]: '2026-01-13T10:30:00.000Z', [edited]: '2026-01-20T10:00:00.000Z' } });
    await ws.close();
  });

  it('nothing is stamped for what the partner completes alone: both confirmations written by its laptop, one under this laptop’s role', async () => {
    const ws = await openWorkspace(new DexieDocStore(fresh()), now);
    receiveFromPartner(ws.doc, (p) => {
      p.getMap(AGREEMENT).set(sharedKey(KEY, 'ceo'), { role: 'ceo', name: 'Alex', hash: HASH, at: '2026-01-13T09:00:00.000Z', mode: 'live' });
      p.getMap(AGREEMENT).set(sharedKey(KEY, 'cto'), { role: 'cto', name: 'Blake', hash: HASH, at: '2026-01-13T09:00:00.000Z', mode: 'live' });
    });
    expect(localStorage.getItem(SEEN_KEY)).toBeNull();
    await ws.close();
  });

  it('agreed before this record was kept: marked as seen with no time when the workspace opens, never stamped later, and said to be the partner’s date', async () => {
    const store = new DexieDocStore(fresh());
    let ws = await openWorkspace(store, now);
    confirm(ws.doc, KEY, HASH, [{ role: 'ceo', name: 'Alex' }], 'live', new Date('2025-10-01T10:00:00.000Z'));
    partnerConfirms(ws.doc, '2025-10-01T11:00:00.000Z');
    await ws.close();
    localStorage.removeItem(SEEN_KEY); // as on a laptop that ran the version before this record

    ws = await openWorkspace(store, now);
    expect(readSeen()).toEqual({ [KEY]: { [HASH]: UNKNOWN } });
    // The partner withdraws and re-sends its confirmation, dated this week: that is not when it was agreed.
    receiveFromPartner(ws.doc, (p) => p.getMap(AGREEMENT).delete(sharedKey(KEY, 'cto')));
    partnerConfirms(ws.doc, '2026-01-13T09:00:00.000Z');
    expect(readSeen()).toEqual({ [KEY]: { [HASH]: UNKNOWN } });
    // As before this record: the later confirmation dates it, and it is said to be the partner's laptop's date.
    expect(stateOf(ws.doc)).toMatchObject({ kind: 'agreed', on: '2026-01-13', notDatedHere: true });
    await ws.close();
  });

  it('an unreadable record, or one that is not key → hash → time, reads as empty', async () => {
    localStorage.setItem(SEEN_KEY, '{not json');
    expect(readSeen()).toEqual({});
    localStorage.setItem(SEEN_KEY, JSON.stringify({ [KEY]: { [HASH]: 'yesterday', other: 5 }, bad: [] }));
    expect(readSeen()).toEqual({});
  });

  it('with no clock given, stamped by this laptop’s clock at the time', () => {
    const doc = new Y.Doc();
    confirm(doc, KEY, HASH, [{ role: 'ceo', name: 'Alex' }], 'live', clock);
    watchAgreementsSeen(doc);
    const before = Date.now();
    partnerConfirms(doc, '2019-01-01T00:00:00.000Z');
    const at = Date.parse(readSeen()[KEY][HASH]);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
  });

  it('a watch destroyed (the workspace closed) stamps nothing more', () => {
    const doc = new Y.Doc();
    confirm(doc, KEY, HASH, [{ role: 'ceo', name: 'Alex' }], 'live', clock);
    watchAgreementsSeen(doc, { now }).destroy();
    partnerConfirms(doc, '2026-01-13T10:59:00.000Z');
    expect(readSeen()).toEqual({});
  });
});
