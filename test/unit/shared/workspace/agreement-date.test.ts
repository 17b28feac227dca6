import { describe, expect, it } from 'vitest';
import { agreementState, contentHash, sharedKey, type AgreementInput, type Confirmation } from '../../../../shared/workspace/agreement';
import { agreedOn } from '../../../../shared/workspace/agreement-date';
import { UNKNOWN } from '../../../../shared/workspace/agreement-seen';

const template = { rows: ['a', 'b'] };
const edited = { rows: ['a', 'b', 'c'] };
const h = contentHash(edited);
const conf = (role: 'ceo' | 'cto', hash = h, at = '2026-03-02T10:00:00.000Z'): Confirmation => ({ role, name: role === 'ceo' ? 'Dana' : 'Sam', hash, at, mode: 'live' });
const shared = (...cs: Confirmation[]) => Object.fromEntries(cs.map((c) => [sharedKey('matrix', c.role), c]));

describe('the day an agreement is dated by (agreementState)', () => {
  it('is dated by the later of the two confirmations, whichever role made it', () => {
    const input = { shared: shared(conf('ceo', h, '2026-03-05T09:00:00.000Z'), conf('cto', h, '2026-03-03T09:00:00.000Z')), local: { matrix: { ceo: h } } };
    expect(agreementState('matrix', edited, template, input)).toMatchObject({ kind: 'agreed', on: '2026-03-05' });
  });

  it('with both confirmations on this laptop, is dated by the one entry the shared record holds', () => {
    const s = agreementState('matrix', edited, template, { shared: shared(conf('ceo', h, '2026-03-05T09:00:00.000Z')), local: { matrix: { ceo: h, cto: h } } });
    expect(s).toEqual({ kind: 'agreed', on: '2026-03-05', names: { ceo: 'Dana', cto: 'CTO' } });
  });

});

/*
 * agreedOn itself, on the shared record as the partner's laptop may leave it. Every input is built
 * inside its `it` (Stryker switches a mutant on in a beforeAll: see README, "Mutation testing").
 */
const T = (day: number, hour = 9) => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
/** This laptop confirmed as the CEO at `mine`; the partner as the CTO at `theirs`; `extra` on top. */
function record(mine: string, theirs: string, extra: Partial<AgreementInput> = {}): AgreementInput {
  return { shared: shared(conf('ceo', h, mine), conf('cto', h, theirs)), local: { matrix: { ceo: h } }, ...extra };
}
const seenAt = (at: string, hash = h) => ({ matrix: { [hash]: at } });

describe('agreedOn', () => {
  it('with a first-seen stamp: that stamp, whatever time the partner gives its confirmation, later or years earlier', () => {
    expect(agreedOn('matrix', h, record(T(2), T(9), { seen: seenAt(T(4)) }))).toEqual({ at: T(4) });
    expect(agreedOn('matrix', h, record(T(2), '2019-01-01T00:00:00.000Z', { seen: seenAt(T(4)) }))).toEqual({ at: T(4) });
  });

  it('never before this laptop’s own confirmation: confirmed here again after it was first seen agreed, that later time', () => {
    expect(agreedOn('matrix', h, record(T(6), T(3), { seen: seenAt(T(4)) }))).toEqual({ at: T(6) });
    // The CTO role confirmed here too (take turns), later still: the latest of this laptop's own.
    const both = { ...record(T(6), T(8), { seen: seenAt(T(4)) }), local: { matrix: { ceo: h, cto: h } } };
    expect(agreedOn('matrix', h, both)).toEqual({ at: T(8) });
  });

  it('an own confirmation dates it only while this laptop holds its whole record (ownKeys)', () => {
    const kept = record(T(6), T(3), { seen: seenAt(T(4)), ownKeys: new Set([sharedKey('matrix', 'ceo')]) });
    expect(agreedOn('matrix', h, kept)).toEqual({ at: T(6) });
    expect(agreedOn('matrix', h, { ...kept, ownKeys: new Set([sharedKey('matrix', 'cto')]) })).toEqual({ at: T(4) });
    // With no stamp, the CEO entry this laptop keeps no whole record of is a time the partner can write.
    expect(agreedOn('matrix', h, record(T(6), T(3), { seen: {}, ownKeys: new Set() }))).toEqual({ at: T(6), notDatedHere: true });
  });

  it('a stamp that is no time (UNKNOWN, unreadable) or is another content’s dates nothing: the later confirmation, said to be the partner’s when it is', () => {
    for (const seen of [seenAt(UNKNOWN), seenAt('not a time'), seenAt(T(4), contentHash({ other: true })), { ladder: { [h]: T(4) } }]) {
      expect(agreedOn('matrix', h, record(T(2), T(9), { seen }))).toEqual({ at: T(9), notDatedHere: true });
      expect(agreedOn('matrix', h, record(T(9), T(2), { seen }))).toEqual({ at: T(9) });
    }
  });

  it('where no such record is kept at all (no input.seen): the later confirmation, whoever made it, with no flag', () => {
    expect(agreedOn('matrix', h, record(T(2), T(9)))).toEqual({ at: T(9) });
    expect(agreedOn('matrix', h, record(T(9), T(2)))).toEqual({ at: T(9) });
  });

  it('the later by time, not by text: a confirmation written with another offset', () => {
    // 10:00 at +02:00 is 08:00Z, before 09:00Z, though it sorts after it as text.
    expect(agreedOn('matrix', h, record('2026-03-05T10:00:00+02:00', T(5, 9), { seen: {} }))).toEqual({ at: T(5, 9), notDatedHere: true });
    expect(agreedOn('matrix', h, record(T(5, 9), '2026-03-05T10:00:00+02:00', { seen: {} }))).toEqual({ at: T(5, 9) });
  });

  it('a tie between this laptop’s confirmation and the partner’s is not the partner’s date', () => {
    expect(agreedOn('matrix', h, record(T(5), T(5), { seen: {} }))).toEqual({ at: T(5) });
  });

  it('reads only the entries that count: under their own role, of this content, with a time, and none under my role that I did not make', () => {
    const late = '2026-03-20T09:00:00.000Z';
    const base = record(T(2), T(3), { seen: {} });
    const withCto = (c: Confirmation) => ({ ...base, shared: { ...base.shared, [sharedKey('matrix', 'cto')]: c } });
    // Filed under the CTO's key but naming the CEO; another content's; no time at all.
    for (const c of [conf('ceo', h, late), conf('cto', contentHash({ other: true }), late), conf('cto', h, 'not a time')]) {
      expect(agreedOn('matrix', h, withCto(c))).toEqual({ at: T(2) });
    }
    // I am the CTO and never confirmed as the CTO: an entry under my role is the partner's writing, not mine.
    expect(agreedOn('matrix', h, { ...withCto(conf('cto', h, late)), me: 'cto' })).toEqual({ at: T(2) });
    expect(agreedOn('matrix', h, { ...withCto(conf('cto', h, late)), me: 'ceo' })).toEqual({ at: late, notDatedHere: true });
  });

  it('nothing to date it by: no time', () => {
    expect(agreedOn('matrix', h, { shared: {}, local: { matrix: { ceo: h } }, seen: {} })).toEqual({ at: '' });
    // No record here for the key at all: the shared entries are all the partner's.
    expect(agreedOn('matrix', h, { ...record(T(2), T(3), { seen: {} }), local: {} })).toEqual({ at: T(3), notDatedHere: true });
  });
});
