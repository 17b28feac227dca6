import { describe, expect, it } from 'vitest';
import { buildOffsiteFile, parseOffsiteFile, serializeOffsiteFile, type OffsiteFile } from '../../../../shared/offsite/offsite-file';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture, OffsiteRecord } from '../../../../shared/offsite/capture';
import { sharedKey, type AgreementInput } from '../../../../shared/workspace/agreement';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const META = { blockId: 'general', blockTitle: 'General', author: 'ceo' as const, authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z' };
const DECISION: Capture = { ...META, id: 'cap-d', kind: 'decision', text: 'Pilot ships in Q1', options: ['Q1', 'Q2'], forum: 'Monthly strategy', decidedOn: '2026-11-26', owner: 'CEO' };
const ACTION: Capture = { ...META, id: 'cap-a', kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' };
const RECORD: OffsiteRecord = {
  captures: [DECISION, ACTION],
  actions: [{ id: 'action-cap-a', captureId: 'cap-a', blockId: 'general', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01' }],
  parked: [{ id: 'park-1', text: 'VP Sales before the pilot?', blockId: 'general', blockTitle: 'General', author: 'ceo', authorName: 'Alex Kim', createdAt: '2026-11-26T11:00:00.000Z' }],
};
const ME = { role: 'ceo' as const, name: 'Alex Kim' };

function agreed(...captures: Capture[]): AgreementInput {
  const shared: Record<string, { role: 'ceo' | 'cto'; name: string; hash: string; at: string; mode: 'live' }> = {};
  const local: Record<string, { ceo?: string }> = {};
  for (const c of captures) {
    shared[sharedKey(captureKey(c.id), 'ceo')] = { role: 'ceo', name: 'Alex Kim', hash: captureHash(c), at: '2026-11-26T12:00:00.000Z', mode: 'live' };
    local[captureKey(c.id)] = { ceo: captureHash(c) };
  }
  return { shared, local };
}

const good = (): OffsiteFile => buildOffsiteFile(RECORD, agreed(DECISION), ME, NOW);
const text = (f: unknown) => JSON.stringify(f);
const errorsOf = (input: unknown) => {
  const r = parseOffsiteFile(input);
  return r.ok ? [] : r.errors;
};

describe('the offsite file', () => {
  it('round-trips: what one laptop exports, the other reads back exactly', () => {
    const f = good();
    expect(f).toMatchObject({ format: 'accord-offsite-record', version: 1, exportedBy: ME, exportedAt: NOW.toISOString() });
    const r = parseOffsiteFile(serializeOffsiteFile(f));
    expect(r).toEqual({ ok: true, value: f });
  });

  it("carries only the exporter's own confirmations, and only those its own record backs", () => {
    const input = agreed(DECISION, ACTION);
    // The partner wrote a CTO confirmation into the shared doc: it is not the exporter's to claim.
    const shared = { ...input.shared, [sharedKey(captureKey('cap-d'), 'cto')]: { role: 'cto' as const, name: 'Blake', hash: captureHash(DECISION), at: NOW.toISOString(), mode: 'live' as const } };
    // A CEO confirmation in the shared doc that this laptop's own record does not back (a partner's write): left out.
    const local = { [captureKey('cap-d')]: { ceo: captureHash(DECISION) } };
    const f = buildOffsiteFile(RECORD, { shared, local }, ME, NOW);
    expect(f.captures.find((c) => c.id === 'cap-d')!.confirmations).toEqual([{ role: 'ceo', name: 'Alex Kim', hash: captureHash(DECISION), at: '2026-11-26T12:00:00.000Z', mode: 'live' }]);
    expect(f.captures.find((c) => c.id === 'cap-a')!.confirmations).toEqual([]);
  });

  it('a confirmation of an earlier version is not carried for the capture as it is now', () => {
    const input = agreed(DECISION);
    const edited = { ...DECISION, text: 'Pilot ships in Q2' };
    const f = buildOffsiteFile({ ...RECORD, captures: [edited, ACTION] }, input, ME, NOW);
    expect(f.captures[0].confirmations).toEqual([]);
  });

  it('refuses what is not an offsite file, saying what and where', () => {
    expect(errorsOf('{"format": "accord-offsite-record", ')[0]).toMatch(/^input: not valid JSON/);
    expect(errorsOf(text({ ...good(), format: 'accord-sealed-round' }))).toEqual(['format: expected "accord-offsite-record" (an Accord offsite file), got "accord-sealed-round" (text)']);
    expect(errorsOf(text({ ...good(), version: 2 }))).toEqual(['version: expected 1, got 2']);
    expect(errorsOf(text([good()]))).toEqual(['file: expected an object, got a list']);
    const { exportedBy: _e, ...noExporter } = good();
    expect(errorsOf(text(noExporter))).toEqual(['exportedBy: expected an object, got nothing']);
    expect(errorsOf(`{"pad":"${'x'.repeat(1_000_001)}"}`)[0]).toMatch(/^input: too large/);
  });

  it('refuses a bad capture, confirmation, action or parked item with its place in the file', () => {
    const f = good();
    const blank = structuredClone(f);
    (blank.captures[0] as { text: string }).text = '   ';
    expect(errorsOf(text(blank))).toEqual(['captures[0].text: must not be empty']);

    const role = structuredClone(f);
    (role.captures[0].confirmations[0] as { role: string }).role = 'board';
    expect(errorsOf(text(role))).toEqual(['captures[0].confirmations[0].role: expected one of "ceo", "cto", got "board" (text)']);

    const hash = structuredClone(f);
    hash.captures[0].confirmations[0].hash = 'nothex';
    expect(errorsOf(text(hash))).toEqual(['captures[0].confirmations[0].hash: expected 32 lowercase hex characters, got "nothex" (text)']);

    const twice = structuredClone(f);
    twice.captures[0].confirmations.push({ ...twice.captures[0].confirmations[0] });
    expect(errorsOf(text(twice))).toEqual(['captures[0].confirmations: two confirmations under one role']);

    const dup = structuredClone(f);
    dup.captures[1] = { ...dup.captures[0] };
    expect(errorsOf(text(dup))).toEqual(['captures[1].id: "cap-d" appears twice']);

    const action = structuredClone(f);
    action.actions[0].owner = 'CEO';
    expect(errorsOf(text(action))).toEqual(['actions[0]: differs from its capture "cap-a"']);

    const orphan = structuredClone(f);
    orphan.actions[0].captureId = 'cap-gone';
    expect(errorsOf(text(orphan))).toEqual(['actions[0].captureId: no action capture "cap-gone" in this file']);

    const parked = structuredClone(f);
    (parked.parked[0] as { createdAt: string }).createdAt = 'yesterday';
    expect(errorsOf(text(parked))).toEqual(['parked[0].createdAt: expected an ISO date-time']);

    const kind = structuredClone(f);
    (kind.captures[0] as { kind: string }).kind = 'wish';
    expect(errorsOf(text(kind))[0]).toMatch(/^captures\[0\]\.kind: /);
  });

  it('echoes a hostile value or id without its bidi override (review: import boundaries)', () => {
    const RLO = '\u202E';
    const risk: Capture = { ...META, id: `cap-${RLO}r`, kind: 'risk', betId: 'bet-h', betName: 'Healthcare pilot', field: 'slipPercent', value: `1${RLO}50` };
    const f = buildOffsiteFile({ ...RECORD, captures: [risk], actions: [] }, { shared: {}, local: {} }, ME, NOW);
    expect(errorsOf(text(f))).toEqual(['captures[0].value: expected a whole number from 0 to 100, got "150"']);
    const twice = buildOffsiteFile({ ...RECORD, captures: [DECISION, { ...DECISION }].map((c) => ({ ...c, id: `cap-${RLO}d` })), actions: [] }, { shared: {}, local: {} }, ME, NOW);
    expect(errorsOf(text(twice))).toEqual(['captures[1].id: "cap-d" appears twice']);
  });

  it('refuses a risk-budget value that is not a number in range (the live form would never write it)', () => {
    const risk: Capture = { ...META, id: 'cap-r', kind: 'risk', betId: 'bet-h', betName: 'Healthcare pilot', field: 'slipPercent', value: '150' };
    const f = buildOffsiteFile({ ...RECORD, captures: [risk] , actions: [] }, { shared: {}, local: {} }, ME, NOW);
    expect(errorsOf(text(f))).toEqual(['captures[0].value: expected a whole number from 0 to 100, got "150"']);
    f.captures[0] = { ...f.captures[0], value: 'lots' } as typeof f.captures[0];
    expect(errorsOf(text(f))).toEqual(['captures[0].value: expected a whole number from 0 to 100, got "lots"']);
  });
});
