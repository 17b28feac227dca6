// @vitest-environment jsdom
import * as Y from 'yjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { agreementStates, contentHash, rowKey, sharedKey } from '../../../../shared/workspace/agreement';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { checkPeerUpdate, PEER_ORIGIN } from '../../../../renderer/sync/peer-guard';
import { confirm, readLocal, readPolicies, readShared } from '../../../../renderer/sync/workspace-agreement';
import { readWorkspace, seedIfEmpty } from '../../../../renderer/sync/workspace-doc';
import { WORKSPACE_LIMITS } from '../../../../renderer/sync/workspace-sync';

// The partner is the adversary: it runs plain yjs, and every update it sends reaches this
// laptop's workspace through the peer guard, as in peer-bridge.

/**
 * Two decision texts the partner chose so that the old content hash (two 32-bit FNV-1a
 * lanes) of the whole row is the same: "$25k" and "$500k", each with a tail of CJK
 * characters. Found in about 15 s of plain JavaScript on one core with
 * fnv-collision-finder.mjs (the FNV state's low bits depend only on the input's low bits,
 * and its high bits move additively, so a 64-bit collision costs ~2^22 steps, not 2^32).
 * The tail could as well sit in a field nobody reads, such as a row's id.
 */
const BENIGN =
  'Infra spend up to $25k per month: the CTO decides 疜厜儒仱羢埳箖鈨翩旷扴紗斏俹閽螾损篏樢闦瑙渁昇潚濵垽王殣嚗濱兿娬骻歇蘃襁椚线巘嚊聱轣蘔缶犋鷨鱲蔡饧枼洔栫毇禐忨冯滀鉋硴趃躔甴廊奟样狰孒贐竀';
const HOSTILE =
  'Infra spend up to $500k per month: the CTO decides 瓟婌呇剕糵篖漝蟪紬旷扴紗鈧汹鑅蛖縐絊圉伃沅嶊櫝长譻席疱篼墕圤趐嵥馋礿峃堙櫥銙邝鉓潇雴飏詧妇敏詘彌咺媡秦栫毇禐嵷忽泩鉋硴趃躔甴廊繿瘟鋨硊摐鲘';
const ROW = { accountable: ['CTO'], cadence: 'Monthly strategy', consulted: ['CEO'], id: 'r-infra', informed: ['Board'] };

beforeEach(() => localStorage.clear());

/** The partner's change, encoded and received the way the sync layer receives it. */
function receive(victim: Y.Doc, partner: Y.Doc, change: () => void): void {
  const before = Y.encodeStateVector(victim);
  partner.transact(change);
  const update = Y.encodeStateAsUpdate(partner, before);
  expect(checkPeerUpdate(victim, update, WORKSPACE_LIMITS)).toEqual({ ok: true });
  Y.applyUpdate(victim, update, PEER_ORIGIN);
}

const stateOf = (doc: Y.Doc, key: string) =>
  agreementStates(readWorkspace(doc), defaultWorkspace(new Date()), readPolicies(doc), { shared: readShared(doc), local: readLocal() })[key];

describe('a partner who changes a row after I agreed to it', () => {
  it('cannot keep the row "agreed by both" with other text of the same old hash', () => {
    const victim = new Y.Doc();
    seedIfEmpty(victim, new Date());
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));

    // The partner proposes a row with plain yjs.
    const decision = new Y.Text(BENIGN);
    receive(victim, partner, () => {
      const row = new Y.Map<unknown>();
      row.set('decision', decision);
      row.set('cadence', new Y.Text(ROW.cadence));
      for (const f of ['accountable', 'consulted', 'informed'] as const) row.set(f, Y.Array.from(ROW[f]));
      partner.getMap('matrix').set(ROW.id, row);
      partner.getArray('matrix.order').push([ROW.id]);
    });
    const key = rowKey('matrix', ROW.id);
    const row = readWorkspace(victim).matrix.find((r) => r.id === ROW.id)!;
    expect(row.decision).toBe(BENIGN);

    // I read it and agree as CEO; the partner confirms as CTO.
    const hash = contentHash(row);
    confirm(victim, key, hash, [{ role: 'ceo', name: 'Dana' }], 'live');
    receive(victim, partner, () =>
      partner.getMap('agreement').set(sharedKey(key, 'cto'), { role: 'cto', name: 'Sam', hash, at: new Date().toISOString(), mode: 'live' }),
    );
    expect(stateOf(victim, key).kind).toBe('agreed');

    // Then the partner rewrites the text: $25k becomes $500k.
    receive(victim, partner, () => {
      decision.delete(0, decision.length);
      decision.insert(0, HOSTILE);
    });
    expect(readWorkspace(victim).matrix.find((r) => r.id === ROW.id)!.decision).toBe(HOSTILE);
    expect(stateOf(victim, key).kind).toBe('edited');
  });
});

describe('a partner who writes a confirmation under my role', () => {
  it('is not shown as my confirmation: the plan never says "confirmed by the CEO" when the CEO did not', () => {
    const victim = new Y.Doc();
    seedIfEmpty(victim, new Date());
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const ws = readWorkspace(victim);
    const hash = contentHash(ws.ladder);
    // I am the CEO and confirmed nothing; the partner files a confirmation under my role.
    receive(victim, partner, () =>
      partner.getMap('agreement').set(sharedKey('ladder', 'ceo'), { role: 'ceo', name: 'Dana', hash, at: new Date().toISOString(), mode: 'live' }),
    );
    const input = { shared: readShared(victim), local: readLocal(), me: 'ceo' as const };
    const state = agreementStates(readWorkspace(victim), defaultWorkspace(new Date()), readPolicies(victim), input).ladder;
    expect(state).toEqual({ kind: 'template', confirmedBy: [] });
    // The partner's own role still shows as theirs: "confirmed by the CTO only" is the partner's claim.
    receive(victim, partner, () =>
      partner.getMap('agreement').set(sharedKey('ladder', 'cto'), { role: 'cto', name: 'Sam', hash, at: new Date().toISOString(), mode: 'live' }),
    );
    const after = agreementStates(readWorkspace(victim), defaultWorkspace(new Date()), readPolicies(victim), { ...input, shared: readShared(victim) }).ladder;
    expect(after).toEqual({ kind: 'template', confirmedBy: ['cto'] });
  });
});

describe('a partner who rewrites or deletes my own confirmation', () => {
  it('cannot change the name or the time the plan prints for it, nor make it disappear', () => {
    const victim = new Y.Doc();
    seedIfEmpty(victim, new Date());
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const hash = contentHash(readWorkspace(victim).ladder);
    const at = new Date('2026-11-20T10:00:00Z');
    confirm(victim, 'ladder', hash, [{ role: 'ceo', name: ' Dana ' }], 'live', at);
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim, Y.encodeStateVector(partner)));
    const mine = { role: 'ceo', name: 'Dana', hash, at: at.toISOString(), mode: 'live' };
    expect(readShared(victim)[sharedKey('ladder', 'ceo')]).toEqual(mine);

    // The partner renames me and backdates my confirmation under my own key.
    receive(victim, partner, () =>
      partner.getMap('agreement').set(sharedKey('ladder', 'ceo'), { ...mine, name: 'Someone else', at: '2020-01-01T00:00:00.000Z' }),
    );
    expect(readShared(victim)[sharedKey('ladder', 'ceo')]).toEqual(mine);
    // ...or deletes it.
    receive(victim, partner, () => partner.getMap('agreement').delete(sharedKey('ladder', 'ceo')));
    expect(readShared(victim)[sharedKey('ladder', 'ceo')]).toEqual(mine);
    expect(stateOf(victim, 'ladder')).toMatchObject({ kind: 'template', confirmedBy: ['ceo'] });
  });

  it('a stale own copy is not shown once the content changed and I have not confirmed again', () => {
    const doc = new Y.Doc();
    seedIfEmpty(doc, new Date());
    confirm(doc, 'ladder', 'a'.repeat(32), [{ role: 'cto', name: 'Sam' }], 'live');
    // My local record moves on (I confirmed another version on this laptop with the shared doc lost).
    localStorage.setItem('accord.agreement.mine', JSON.stringify({ ladder: { cto: 'b'.repeat(32) } }));
    doc.getMap('agreement').delete(sharedKey('ladder', 'cto'));
    expect(readShared(doc)[sharedKey('ladder', 'cto')]).toBeUndefined();
  });
});

describe("a partner who dates its own confirmation", () => {
  it('in the future does not make the plan say "agreed by both" on a day that has not come', () => {
    const victim = new Y.Doc();
    seedIfEmpty(victim, new Date());
    const partner = new Y.Doc();
    Y.applyUpdate(partner, Y.encodeStateAsUpdate(victim));
    const hash = contentHash(readWorkspace(victim).ladder);
    const now = new Date('2026-11-26T12:00:00Z');
    confirm(victim, 'ladder', hash, [{ role: 'ceo', name: 'Dana' }], 'live', new Date('2026-11-25T09:00:00Z'));
    receive(victim, partner, () =>
      partner.getMap('agreement').set(sharedKey('ladder', 'cto'), { role: 'cto', name: 'Sam', hash, at: 'Tue, 01 Jan 2030 00:00:00 GMT', mode: 'live' }),
    );
    const input = { shared: readShared(victim, now), local: readLocal(), me: 'ceo' as const };
    const state = agreementStates(readWorkspace(victim), defaultWorkspace(now), readPolicies(victim), input).ladder;
    expect(state).toEqual({ kind: 'agreed', on: '2026-11-26', names: { ceo: 'Dana', cto: 'Sam' } });
  });
});
