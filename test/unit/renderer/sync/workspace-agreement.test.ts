// @vitest-environment jsdom
import * as Y from 'yjs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  confirm,
  putBet,
  readBets,
  readLocal,
  readOwnKeys,
  readPolicies,
  readShared,
  removeBet,
  setDebateDays,
} from '../../../../renderer/sync/workspace-agreement';

// The pair's agreement records in the workspace doc, and this laptop's own record of what it
// confirmed (jsdom's real localStorage). The doc's values can come from the partner: anything
// out of range reads as unset.

const HASH = '0123456789abcdef0123456789abcdef';

beforeEach(() => localStorage.clear());

describe('the debate window policy', () => {
  it('reads whole days from 1 to 90 and ignores anything else the partner may have written', () => {
    const doc = new Y.Doc();
    const read = (v: unknown) => {
      doc.getMap('policies').set('debateDays', v);
      return readPolicies(doc);
    };
    expect(readPolicies(doc)).toEqual({});
    expect(read(7)).toEqual({ debateDays: 7 });
    expect(read(1)).toEqual({ debateDays: 1 });
    expect(read(90)).toEqual({ debateDays: 90 });
    for (const bad of [0, 91, 1.5, -3, '7', '100', null, true]) expect(read(bad), JSON.stringify(bad)).toEqual({});
  });

  it('is set and cleared', () => {
    const doc = new Y.Doc();
    setDebateDays(doc, 14);
    expect(readPolicies(doc)).toEqual({ debateDays: 14 });
    setDebateDays(doc, undefined);
    expect(readPolicies(doc)).toEqual({});
    expect(doc.getMap('policies').has('debateDays')).toBe(false);
  });
});

describe('big bets', () => {
  it('are written whole, read in id order, and removed', () => {
    const doc = new Y.Doc();
    const bet = (id: string) => ({ id, name: `Bet ${id}`, reliabilityMinutes: 30, securityClasses: 'none', slipPercent: 10 });
    putBet(doc, bet('b'));
    putBet(doc, bet('a'));
    expect(readBets(doc).map((b) => b.id)).toEqual(['a', 'b']);
    expect(readBets(doc)[0]).toEqual(bet('a'));
    removeBet(doc, 'a');
    expect(readBets(doc)).toEqual([bet('b')]);
    doc.getMap('bets').set('broken', 'not a bet'); // a partner's malformed entry is left out
    expect(readBets(doc)).toEqual([bet('b')]);
  });
});

describe("this laptop's record of what it confirmed", () => {
  it('is empty when nothing, or something that is not a record, is stored', () => {
    expect(readLocal()).toEqual({});
    for (const bad of ['not json', 'null', '[1,2]', '"text"', '42']) {
      localStorage.setItem('accord.agreement.mine', bad);
      expect(readLocal(), bad).toEqual({});
    }
    localStorage.setItem('accord.agreement.mine', JSON.stringify({ raci: { ceo: HASH } }));
    expect(readLocal()).toEqual({ raci: { ceo: HASH } });
  });

  it('confirming records the hash locally per role and writes one shared entry per role, names trimmed', () => {
    const doc = new Y.Doc();
    const at = new Date('2026-10-01T09:00:00.000Z');
    confirm(doc, 'raci', HASH, [{ role: 'ceo', name: '  Alex  ' }], 'live', at);
    expect(readLocal()).toEqual({ raci: { ceo: HASH } });
    expect(readShared(doc)).toEqual({ 'raci|ceo': { role: 'ceo', name: 'Alex', hash: HASH, at: at.toISOString(), mode: 'live' } });
    // Take turns: one laptop confirms for both leaders; earlier records are kept.
    const other = 'fedcba9876543210fedcba9876543210';
    confirm(doc, 'cadence', other, [{ role: 'ceo', name: 'Alex' }, { role: 'cto', name: 'Dana' }], 'together', at);
    expect(readLocal()).toEqual({ raci: { ceo: HASH }, cadence: { ceo: other, cto: other } });
    expect(Object.keys(readShared(doc)).sort()).toEqual(['cadence|ceo', 'cadence|cto', 'raci|ceo']);
    expect(readShared(doc)['cadence|cto']).toMatchObject({ name: 'Dana', mode: 'together' });
  });

  it('an entry filed under the other role is ignored', () => {
    const doc = new Y.Doc();
    doc.getMap('agreement').set('raci|cto', { role: 'ceo', name: 'Mallory', hash: HASH, at: '2026-10-01T09:00:00.000Z', mode: 'live' });
    expect(readShared(doc)).toEqual({});
  });
});

describe('which confirmations this laptop dates itself (readOwnKeys)', () => {
  it('names a confirmation made here while its whole record is kept, and none once that record is gone (only the shared entry, which the partner can rewrite, would date it)', () => {
    const doc = new Y.Doc();
    confirm(doc, 'capture:c1', HASH, [{ role: 'ceo', name: 'Alex' }], 'live', new Date('2026-11-24T10:00:00Z'));
    expect([...readOwnKeys()]).toEqual(['capture:c1|ceo']);
    localStorage.removeItem('accord.agreement.mine-whole');
    expect(readLocal()['capture:c1']).toEqual({ ceo: HASH });
    expect([...readOwnKeys()]).toEqual([]);
  });
});
