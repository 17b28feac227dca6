import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../shared/assessment/types';
import { duplicateReceivedRounds } from '../../../../shared/history/duplicate-rounds';
import { makeRound } from '../plan/fixtures';

const partner = (id: string, receivedFrom: 'peer' | 'file', over: Partial<Round> = {}): Round => ({ ...makeRound('cto', { base: 3 }), id, receivedFrom, ...over });

describe('duplicateReceivedRounds', () => {
  it('marks the second copy of the same sealed round as a duplicate of the first, whatever its id or path', () => {
    const dups = duplicateReceivedRounds([partner('partner-bbb', 'file'), partner('partner-aaa', 'peer')]);
    expect([...dups]).toEqual([['partner-bbb', 'partner-aaa']]);
  });

  it('tells apart rounds that differ in one answer, a note, the seal time or a warning sign', () => {
    const base = partner('partner-aaa', 'peer');
    const variants: Round[] = [
      partner('p1', 'file', { answers: { ...base.answers, 'db-1': { value: 4 } } }),
      partner('p2', 'file', { answers: { ...base.answers, 'db-1': { value: 3, note: 'x' } } }),
      partner('p3', 'file', { sealedAt: '2026-01-13T10:00:00.000Z' }),
      partner('p4', 'file', { warnings: { 'ws-overrides': 'often' } }),
    ];
    expect(duplicateReceivedRounds([base, ...variants]).size).toBe(0);
  });

  it('never marks an own round, and ignores unsealed ones', () => {
    const own = { ...makeRound('cto', { base: 3 }), id: 'own' };
    expect([...duplicateReceivedRounds([partner('partner-aaa', 'peer'), own])]).toEqual([['partner-aaa', 'own']]);
    const open = partner('partner-x', 'file', { sealedAt: undefined });
    expect(duplicateReceivedRounds([open, { ...open, id: 'partner-y' }]).size).toBe(0);
  });
});
