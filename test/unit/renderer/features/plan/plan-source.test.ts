import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../../shared/assessment/types';
import type { SealedPayload } from '../../../../../shared/reveal/types';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import { scoreRound } from '../../../../../shared/assessment/scoring';
import { buildRepairPlan } from '../../../../../shared/plan/build-plan';
import { parseRound } from '../../../../../shared/schema/round';
import {
  companyFromRounds,
  defaultPair,
  kindFromLabel,
  planFileName,
  resolveSource,
  roundFromPayload,
  sealedRoundsOf,
} from '../../../../../renderer/features/plan/plan-source';

function payload(over: Partial<SealedPayload> = {}): SealedPayload {
  return {
    role: 'cto',
    personName: 'Blake Moreau',
    roundLabel: '2026-Q4 quarterly reset',
    frameworkVersion: 1,
    answers: { 'db-1': { value: 2, note: 'Dates are fuzzy.' }, 'db-2': { value: 4 }, 'cq-1': { value: 'dont-know' } },
    warnings: { 'ws-overrides': 'often', 'ws-priority-drift': 'never' },
    sealedAt: '2026-10-05T09:00:00.000Z',
    ...over,
  };
}

function round(over: Partial<Round>): Round {
  return {
    id: 'r',
    schemaVersion: 1,
    frameworkVersion: 1,
    kind: 'quarterly-reset',
    label: '2026-Q4 quarterly reset',
    role: 'ceo',
    personName: 'Alex Kim',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    answers: {},
    warnings: {},
    ...over,
  };
}

describe('roundFromPayload', () => {
  it('carries every committed field into a sealed Round', () => {
    const p = payload();
    const r = roundFromPayload(p);
    expect(r).toEqual({
      id: 'revealed-cto',
      schemaVersion: 1,
      frameworkVersion: 1,
      kind: 'quarterly-reset',
      label: '2026-Q4 quarterly reset',
      role: 'cto',
      personName: 'Blake Moreau',
      createdAt: p.sealedAt,
      updatedAt: p.sealedAt,
      answers: { 'db-1': { value: 2, note: 'Dates are fuzzy.' }, 'db-2': { value: 4 }, 'cq-1': { value: 'dont-know' } },
      warnings: { 'ws-overrides': 'often', 'ws-priority-drift': 'never' },
      sealedAt: p.sealedAt,
    });
  });

  it('produces a round the shared validator accepts', () => {
    const r = roundFromPayload(payload(), { companyName: 'Acme' });
    const res = parseRound(r);
    expect(res.ok).toBe(true);
  });

  it('does not alias the payload: editing the round leaves the payload intact', () => {
    const p = payload();
    const r = roundFromPayload(p);
    r.answers['db-1'].value = 5;
    r.warnings['ws-overrides'] = 'never';
    expect(p.answers['db-1'].value).toBe(2);
    expect(p.warnings['ws-overrides']).toBe('often');
  });

  it('adds the company name only when given, trimmed', () => {
    expect('companyName' in roundFromPayload(payload())).toBe(false);
    expect('companyName' in roundFromPayload(payload(), { companyName: '   ' })).toBe(false);
    expect(roundFromPayload(payload(), { companyName: '  Acme Robotics ' }).companyName).toBe('Acme Robotics');
  });

  it('round-trips with payloadFromRound and scores the same', () => {
    const original = round({
      id: 'x',
      role: 'ceo',
      answers: { 'db-1': { value: 5 }, 'db-2': { value: 3, note: 'n' }, 'sa-1': { value: 'dont-know' }, 'cr-1': { value: null } },
      warnings: { 'ws-overrides': 'sometimes' },
      sealedAt: '2026-10-02T10:00:00.000Z',
    });
    const back = roundFromPayload(payloadFromRound(original));
    expect(payloadFromRound(back)).toEqual(payloadFromRound(original));
    expect(scoreRound(back)).toEqual(scoreRound(original));
  });

  it('reads a round label naming a repair as a repair round', () => {
    expect(kindFromLabel('30-day repair after the March outage')).toBe('repair');
    expect(kindFromLabel('Repair round')).toBe('repair');
    expect(kindFromLabel('2026-Q4 quarterly reset')).toBe('quarterly-reset');
    expect(kindFromLabel('Repaired pipes')).toBe('quarterly-reset');
    expect(roundFromPayload(payload({ roundLabel: 'Repair after launch' })).kind).toBe('repair');
  });

  it('feeds the plan builder: names and label come from the payloads', () => {
    const ceo = roundFromPayload(payload({ role: 'ceo', personName: 'Alex Kim', answers: { 'db-1': { value: 5 } } }));
    const cto = roundFromPayload(payload({ answers: { 'db-1': { value: 1 } } }));
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today: new Date(2026, 9, 6) });
    expect(plan.cover.names).toEqual({ ceo: 'Alex Kim', cto: 'Blake Moreau' });
    expect(plan.cover.roundLabel).toBe('2026-Q4 quarterly reset');
    expect(plan.gaps[0].statementId).toBe('db-1');
  });
});

describe('source resolution', () => {
  const rounds: Round[] = [
    round({ id: 'ceo-old', role: 'ceo', label: 'Q3', sealedAt: '2026-07-01T00:00:00.000Z', companyName: 'Acme' }),
    round({ id: 'ceo-new', role: 'ceo', label: 'Q4', sealedAt: '2026-10-01T00:00:00.000Z' }),
    round({ id: 'ceo-draft', role: 'ceo', label: 'Q1' }),
    round({ id: 'cto-q3', role: 'cto', label: 'Q3', sealedAt: '2026-07-02T00:00:00.000Z' }),
    round({ id: 'cto-q4', role: 'cto', label: 'Q4', sealedAt: '2026-06-02T00:00:00.000Z', companyName: 'Acme Inc' }),
  ];

  it('lists only sealed rounds of a role, newest seal first', () => {
    expect(sealedRoundsOf(rounds, 'ceo').map((r) => r.id)).toEqual(['ceo-new', 'ceo-old']);
    expect(sealedRoundsOf(rounds, 'cto').map((r) => r.id)).toEqual(['cto-q3', 'cto-q4']);
  });

  it('preselects the newest CEO round and the CTO round with the same label', () => {
    expect(defaultPair(rounds)).toEqual({ ceoId: 'ceo-new', ctoId: 'cto-q4' });
  });

  it('keeps a valid wanted pair, replaces an unsealed or unknown one', () => {
    expect(defaultPair(rounds, { ceoId: 'ceo-old', ctoId: 'cto-q3' })).toEqual({ ceoId: 'ceo-old', ctoId: 'cto-q3' });
    expect(defaultPair(rounds, { ceoId: 'ceo-draft', ctoId: 'gone' })).toEqual({ ceoId: 'ceo-new', ctoId: 'cto-q4' });
  });

  it('pins the round named in the route', () => {
    expect(defaultPair(rounds, {}, 'cto-q3')).toEqual({ ceoId: 'ceo-old', ctoId: 'cto-q3' });
  });

  it('returns no ids when a role has no sealed round', () => {
    expect(defaultPair(rounds.filter((r) => r.role === 'ceo'))).toEqual({ ceoId: 'ceo-new', ctoId: undefined });
  });

  it('resolves local rounds and refuses an unsealed or wrong-role pick', () => {
    const ok = resolveSource({ kind: 'local', rounds, pair: { ceoId: 'ceo-new', ctoId: 'cto-q4' } });
    expect(ok.ok && [ok.value.ceo.id, ok.value.cto.id]).toEqual(['ceo-new', 'cto-q4']);
    expect(resolveSource({ kind: 'local', rounds, pair: { ceoId: 'ceo-draft', ctoId: 'cto-q4' } }).ok).toBe(false);
    expect(resolveSource({ kind: 'local', rounds, pair: { ceoId: 'cto-q3', ctoId: 'cto-q4' } }).ok).toBe(false);
  });

  it('resolves a complete live comparison and explains an incomplete one', () => {
    const live = { ceo: payload({ role: 'ceo', personName: 'Alex Kim' }), cto: payload() };
    const res = resolveSource({ kind: 'live', live, liveCompany: 'Acme', rounds: [], pair: {} });
    expect(res.ok && [res.value.ceo.personName, res.value.cto.personName, res.value.ceo.companyName]).toEqual(['Alex Kim', 'Blake Moreau', 'Acme']);
    const half = resolveSource({ kind: 'live', live: { ceo: live.ceo }, rounds: [], pair: {} });
    expect(half.ok).toBe(false);
  });

  it('prefills the company from the first round that has one', () => {
    expect(companyFromRounds(rounds[1], rounds[4])).toBe('Acme Inc');
    expect(companyFromRounds(rounds[1], undefined)).toBe('');
  });

  it('names files after the company and date', () => {
    expect(planFileName('Acme Robotics, Inc.', '2026-10-06', 'pdf')).toBe('acme-robotics-inc-repair-plan-2026-10-06.pdf');
    expect(planFileName('  ', '2026-10-06', 'md')).toBe('repair-plan-2026-10-06.md');
  });
});
