// The records "agreed by both" is read from: this laptop's own record, the shared doc's entries
// (the partner may write any of them), and bets as the shared doc holds them.
import { describe, expect, it } from 'vitest';
import {
  agreementContents,
  agreementLabel,
  agreementState,
  agreementStates,
  betUnsetCaveat,
  contentHash,
  notAfter,
  parseBet,
  parseConfirmation,
  recordLocal,
  rowKey,
  sharedKey,
  withOwnConfirmations,
  type BetBudget,
  type Confirmation,
} from '../../../../shared/workspace/agreement';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreeKeys, today } from '../plan/fixtures';

const h = contentHash({ rows: ['a'] });
const conf = (over: Partial<Confirmation> = {}): Confirmation => ({ role: 'ceo', name: 'Dana', hash: h, at: '2026-03-02T10:00:00.000Z', mode: 'live', ...over });

describe('withOwnConfirmations', () => {
  it("tells my confirmation as I made it, over the partner's rewrite of it", () => {
    const mine = conf();
    const shared = { [sharedKey('matrix', 'ceo')]: conf({ name: 'Mallory', at: '2031-01-01T00:00:00.000Z' }) };
    const out = withOwnConfirmations(shared, { matrix: { ceo: h } }, { [sharedKey('matrix', 'ceo')]: mine });
    expect(out[sharedKey('matrix', 'ceo')]).toBe(mine);
  });

  it('keeps the shared entry once my record no longer holds that hash, or holds nothing for the key', () => {
    const theirs = conf({ name: 'Dana (shared)' });
    const shared = { [sharedKey('matrix', 'ceo')]: theirs };
    const own = { [sharedKey('matrix', 'ceo')]: conf() };
    expect(withOwnConfirmations(shared, { matrix: { ceo: contentHash('newer') } }, own)[sharedKey('matrix', 'ceo')]).toBe(theirs);
    expect(withOwnConfirmations(shared, {}, own)[sharedKey('matrix', 'ceo')]).toBe(theirs);
  });
  it('an own entry filed under the other role\'s key replaces nothing', () => {
    const partners = conf({ role: 'cto', name: 'Sam' });
    const out = withOwnConfirmations({ [sharedKey('matrix', 'cto')]: partners }, { matrix: { ceo: h } }, { [sharedKey('matrix', 'cto')]: conf() });
    expect(out[sharedKey('matrix', 'cto')]).toBe(partners);
  });
});

describe('notAfter', () => {
  it('dates a confirmation from the future now, and leaves one dated now or earlier as it is', () => {
    const now = new Date('2026-03-02T10:00:00.000Z');
    const atNow = conf({ at: '2026-03-02T10:00:00Z' });
    const earlier = conf({ at: '2026-03-01T10:00:00.000Z' });
    const later = conf({ at: '2026-03-02T10:00:00.001Z' });
    const out = notAfter({ a: atNow, b: earlier, c: later }, now);
    expect(out.a).toBe(atNow);
    expect(out.b).toBe(earlier);
    expect(out.c).toEqual({ ...later, at: '2026-03-02T10:00:00.000Z' });
  });
});

describe('recordLocal', () => {
  it("adds a role's confirmation beside what the record already holds", () => {
    const one = recordLocal({ ladder: { cto: 'x' } }, 'matrix', ['ceo'], h);
    expect(recordLocal(one, 'matrix', ['cto'], h)).toEqual({ ladder: { cto: 'x' }, matrix: { ceo: h, cto: h } });
  });
});

describe('agreed by both with only this laptop holding both confirmations (shared record not loaded)', () => {
  it('names the roles, with no date', () => {
    const s = agreementState('matrix', { rows: ['a'] }, undefined, { shared: {}, local: { matrix: { ceo: h, cto: h } } });
    expect(s).toEqual({ kind: 'agreed', on: '', names: { ceo: 'CEO', cto: 'CTO' } });
    expect(agreementLabel(s)).toBe('agreed by both');
    expect(agreementLabel(undefined)).toBe('template');
  });

  it('labels a state confirmed by both but not agreed (not yet the same content) without "only"', () => {
    expect(agreementLabel({ kind: 'edited', confirmedBy: ['ceo', 'cto'] })).toBe('edited');
    expect(agreementLabel({ kind: 'template', confirmedBy: ['cto'] })).toBe('template · confirmed by the CTO only');
  });
});

describe('agreementStates', () => {
  it('holds no bet key without bets', () => {
    const ws = defaultWorkspace(today);
    expect(Object.keys(agreementStates(ws, ws, {}, { shared: {}, local: {} })).filter((k) => k.startsWith('bets:'))).toEqual([]);
  });

  it('a row agreed on its own keeps its own date inside an agreed artifact', () => {
    const ws = defaultWorkspace(today);
    const input = agreeKeys(ws, ['matrix']);
    const row = rowKey('matrix', ws.matrix[0].id);
    const hash = contentHash(agreementContents(ws)[row]);
    const at = '2026-01-20T10:00:00.000Z';
    const shared = { ...input.shared, [sharedKey(row, 'ceo')]: conf({ hash, at }), [sharedKey(row, 'cto')]: conf({ role: 'cto', name: 'Sam', hash, at }) };
    const states = agreementStates(ws, ws, {}, { ...input, shared, local: { ...input.local, [row]: { ceo: hash } } });
    expect(states.matrix).toMatchObject({ kind: 'agreed', on: '2026-01-14' });
    expect(states[row]).toMatchObject({ kind: 'agreed', on: '2026-01-20' });
    expect(states[rowKey('matrix', ws.matrix[1].id)]).toBe(states.matrix);
  });
});

describe('parseBet', () => {
  it('keeps a budget only when it is a number within its range, else "not set"', () => {
    const ok = parseBet('b1', { name: 'Launch', reliabilityMinutes: 131_040, securityClasses: 'P1', slipPercent: 0 });
    expect(ok).toEqual({ id: 'b1', name: 'Launch', reliabilityMinutes: 131_040, securityClasses: 'P1', slipPercent: 0 });
    for (const bad of [-1, 131_041, NaN, Infinity, '30']) expect(parseBet('b1', { reliabilityMinutes: bad })!.reliabilityMinutes).toBeNull();
    for (const bad of [-0.5, 101, '5']) expect(parseBet('b1', { slipPercent: bad })!.slipPercent).toBeNull();
    expect(parseBet('b1', { slipPercent: 100 })!.slipPercent).toBe(100);
  });

  it('caps the texts and reads a missing or non-text one as empty', () => {
    const b = parseBet('b1', { name: 'n'.repeat(300), securityClasses: 's'.repeat(3000) })!;
    expect(b.name).toHaveLength(200);
    expect(b.securityClasses).toHaveLength(2000);
    expect(parseBet('b1', { name: 7, securityClasses: ['P1'] })).toMatchObject({ name: '', securityClasses: '' });
    expect(parseBet('b1', null)).toBeUndefined();
    expect(parseBet('b1', 'bet')).toBeUndefined();
  });
});

describe('betUnsetCaveat', () => {
  const bet = (over: Partial<BetBudget> = {}): BetBudget => ({ id: 'b', name: 'Launch', reliabilityMinutes: 30, securityClasses: 'P1', slipPercent: 10, ...over });

  it('counts the budgets not set, and says nothing when all three are', () => {
    expect(betUnsetCaveat(bet())).toBeUndefined();
    expect(betUnsetCaveat(bet({ reliabilityMinutes: 0, slipPercent: 0 }))).toBeUndefined();
    expect(betUnsetCaveat(bet({ securityClasses: '  ' }))).toBe('with 1 of its 3 budgets not set');
    expect(betUnsetCaveat(bet({ reliabilityMinutes: null, slipPercent: null }))).toBe('with 2 of its 3 budgets not set');
    expect(betUnsetCaveat(bet({ reliabilityMinutes: null, securityClasses: '', slipPercent: null }))).toBe('with 3 of its 3 budgets not set');
  });
});

describe('parseConfirmation: what a shared entry may hold', () => {
  it('is nothing for a value that is no entry', () => {
    for (const v of [null, undefined, 0, '', 'ceo']) expect(parseConfirmation(v)).toBeUndefined();
  });

  it('reads the time in one format, a missing name as empty and any mode but "together" as live', () => {
    expect(parseConfirmation({ role: 'cto', hash: h, at: '2026-03-02T11:00:00+01:00', name: 3, mode: 'remote' })).toEqual({
      role: 'cto',
      hash: h,
      at: '2026-03-02T10:00:00.000Z',
      name: '',
      mode: 'live',
    });
    expect(parseConfirmation({ role: 'ceo', hash: h, at: '2026-03-02T10:00:00Z', name: 'Dana', mode: 'together' })).toMatchObject({ name: 'Dana', mode: 'together' });
    expect(parseConfirmation({ role: 'ceo', hash: h, at: 5 })).toBeUndefined();
    expect(parseConfirmation({ role: 'ceo', hash: 5, at: '2026-03-02T10:00:00Z' })).toBeUndefined();
    // A list holding a hash reads as that hash once turned into text: still no hash.
    expect(parseConfirmation({ role: 'ceo', hash: [h], at: '2026-03-02T10:00:00Z' })).toBeUndefined();
  });
});
