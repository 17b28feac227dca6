import { describe, expect, it } from 'vitest';
import {
  agreementLabel,
  agreementState,
  agreementStates,
  contentHash,
  parseConfirmation,
  policyKey,
  recordLocal,
  riskKey,
  sharedKey,
  type Confirmation,
  type LocalConfirmations,
} from '../../../../shared/workspace/agreement';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreeKeys, today } from '../plan/fixtures';

const template = { rows: ['a', 'b'] };
const edited = { rows: ['a', 'b', 'c'] };
const h = contentHash(edited);
const conf = (role: 'ceo' | 'cto', hash = h, at = '2026-03-02T10:00:00.000Z'): Confirmation => ({ role, name: role === 'ceo' ? 'Dana' : 'Sam', hash, at, mode: 'live' });
const shared = (...cs: Confirmation[]) => Object.fromEntries(cs.map((c) => [sharedKey('matrix', c.role), c]));

describe('contentHash', () => {
  it('ignores key order but not content', () => {
    expect(contentHash({ a: 1, b: [1, 2] })).toBe(contentHash({ b: [1, 2], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
    expect(contentHash('x')).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('agreementState', () => {
  it('is template while the content equals the shipped default, edited after a change', () => {
    expect(agreementState('matrix', template, template, { shared: {}, local: {} })).toEqual({ kind: 'template', confirmedBy: [] });
    expect(agreementState('matrix', edited, template, { shared: {}, local: {} })).toEqual({ kind: 'edited', confirmedBy: [] });
  });

  it('is agreed by both when this laptop confirmed its role and the partner confirmed theirs', () => {
    const local: LocalConfirmations = { matrix: { ceo: h } };
    const s = agreementState('matrix', edited, template, { shared: shared(conf('ceo'), conf('cto', h, '2026-03-03T09:00:00.000Z')), local });
    expect(s).toEqual({ kind: 'agreed', on: '2026-03-03', names: { ceo: 'Dana', cto: 'Sam' } });
    expect(agreementLabel(s)).toBe('agreed by both on 2026-03-03');
  });

  it('does not count a confirmation the partner wrote under my role', () => {
    // Both entries exist in the shared doc, but this laptop never confirmed: not agreed here.
    const s = agreementState('matrix', edited, template, { shared: shared(conf('ceo'), conf('cto')), local: {} });
    expect(s.kind).toBe('edited');
  });

  it('waits for the partner after my own confirmation', () => {
    const s = agreementState('matrix', edited, template, { shared: shared(conf('ceo')), local: { matrix: { ceo: h } } });
    expect(s).toEqual({ kind: 'edited', confirmedBy: ['ceo'] });
    expect(agreementLabel(s)).toBe('edited · confirmed by the CEO only');
  });

  it('returns to edited when the content changes after agreement', () => {
    const input = { shared: shared(conf('ceo'), conf('cto')), local: { matrix: { ceo: h } } };
    expect(agreementState('matrix', edited, template, input).kind).toBe('agreed');
    expect(agreementState('matrix', { rows: ['a', 'b', 'c', 'd'] }, template, input).kind).toBe('edited');
  });

  it('a value with no shipped default is never "template", nor is a changed single value', () => {
    expect(agreementState('matrix:new', null, undefined, { shared: {}, local: {} }).kind).toBe('edited');
    expect(agreementState('riskBudgets:reliability', 30, 60, { shared: {}, local: {} }).kind).toBe('edited');
    expect(agreementState('riskBudgets:reliability', 60, 60, { shared: {}, local: {} }).kind).toBe('template');
  });

  /*
   * Board-reader review (2026-11-29): after an edit, an artifact both had agreed read as if nothing had
   * ever been agreed ("edited"; every row "proposed"). The earlier agreement is said — on this laptop's
   * own rule: both confirmations of that version, one of them this laptop's own.
   */
  it('after an edit, says both agreed the earlier version, and when', () => {
    const input = { shared: shared(conf('ceo'), conf('cto', h, '2026-03-03T09:00:00.000Z')), local: { matrix: { ceo: h } } };
    const later = agreementState('matrix', { rows: ['a', 'b', 'c', 'd'] }, template, input);
    expect(later).toEqual({ kind: 'edited', confirmedBy: [], earlier: { on: '2026-03-03' } });
    expect(agreementLabel(later)).toBe('edited since both agreed it on 2026-03-03');
    // Edited back to the shipped default: still not agreed, and still said.
    expect(agreementLabel(agreementState('matrix', template, template, input))).toBe('back to the template since both agreed it on 2026-03-03');
    // The new version confirmed by one: both said.
    const h2 = contentHash({ rows: ['a', 'b', 'c', 'd'] });
    const one = { ...input, shared: { ...input.shared, [sharedKey('matrix', 'cto')]: conf('cto', h2) } };
    expect(agreementLabel(agreementState('matrix', { rows: ['a', 'b', 'c', 'd'] }, template, one))).toBe('edited · confirmed by the CTO only');
  });

  it('an earlier agreement is not claimed on the partner’s word alone, nor from one confirmation', () => {
    const changed = { rows: ['x'] };
    // Both confirmations of an old version in the shared record, none of them this laptop's own.
    expect(agreementState('matrix', changed, template, { shared: shared(conf('ceo'), conf('cto')), local: {} })).toEqual({ kind: 'edited', confirmedBy: [] });
    // Only this laptop confirmed the old version.
    expect(agreementState('matrix', changed, template, { shared: shared(conf('ceo')), local: { matrix: { ceo: h } } })).toEqual({ kind: 'edited', confirmedBy: [] });
    // Two confirmations of different old versions.
    const other = contentHash({ rows: ['y'] });
    expect(agreementState('matrix', changed, template, { shared: shared(conf('ceo'), conf('cto', other)), local: { matrix: { ceo: h } } })).toEqual({
      kind: 'edited',
      confirmedBy: [],
    });
  });

  it('take-turns mode: both roles confirmed on this laptop', () => {
    const local = recordLocal({}, 'matrix', ['ceo', 'cto'], h);
    expect(agreementState('matrix', edited, template, { shared: shared(conf('ceo'), conf('cto')), local }).kind).toBe('agreed');
  });
});

describe('parseConfirmation', () => {
  it('refuses malformed entries from a peer', () => {
    expect(parseConfirmation({ role: 'board', hash: h, at: '2026-01-01T00:00:00Z' })).toBeUndefined();
    expect(parseConfirmation({ role: 'ceo', hash: 'nothex', at: '2026-01-01T00:00:00Z' })).toBeUndefined();
    expect(parseConfirmation({ role: 'ceo', hash: h, at: 'yesterday' })).toBeUndefined();
    expect(parseConfirmation({ role: 'cto', hash: h, at: '2026-01-01T00:00:00Z', name: 'x'.repeat(500) })!.name).toHaveLength(120);
  });
});

// "A row is agreed when its whole artifact is" stops at a value nobody set: the plan would print
// "agreed by both" beside a debate limit or a budget that is not there.
describe('agreementStates: a part of an agreed artifact', () => {
  const template = defaultWorkspace(today);

  it('is agreed with its artifact when it has a value', () => {
    const ws = defaultWorkspace(today);
    const states = agreementStates(ws, template, { debateDays: 5 }, agreeKeys(ws, ['policies', 'riskBudgets'], { debateDays: 5 }));
    expect(states[policyKey('debateDays')].kind).toBe('agreed');
    expect(states[riskKey('reliability')].kind).toBe('agreed');
  });

  it('is not agreed with its artifact while it has no value (no debate limit, a budget with no number)', () => {
    const ws = defaultWorkspace(today);
    ws.riskBudgets.reliabilityMinutesPerQuarter = NaN;
    const states = agreementStates(ws, template, {}, agreeKeys(ws, ['policies', 'riskBudgets']));
    expect(states.policies.kind).toBe('agreed');
    expect(states[policyKey('debateDays')].kind).not.toBe('agreed');
    expect(states.riskBudgets.kind).toBe('agreed');
    expect(states[riskKey('reliability')].kind).not.toBe('agreed');
    expect(states[riskKey('delivery')].kind).toBe('agreed');
  });
});
