import { describe, expect, it } from 'vitest';
import { laptopLeader } from '../../../../shared/offsite/laptop-role';
import type { Round } from '../../../../shared/assessment/types';

const round = (over: Partial<Round>): Round => ({
  id: 'r1', schemaVersion: 1, frameworkVersion: 1, kind: 'quarterly', label: 'Q4', role: 'ceo', personName: 'Alex Kim',
  createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', answers: {}, warnings: {}, ...over,
}) as Round;

describe("this laptop's leader without a live session", () => {
  it("is the role of the rounds answered here; a partner's received round does not count", () => {
    expect(laptopLeader([round({ companyName: 'Northwind' }), round({ id: 'p', role: 'cto', personName: 'Blake', receivedFrom: 'file' })])).toEqual({ role: 'ceo', name: 'Alex Kim', company: 'Northwind' });
  });
  it('takes the name from the newest own round', () => {
    expect(laptopLeader([round({}), round({ id: 'r2', personName: 'Alex J. Kim', createdAt: '2026-11-20T10:00:00.000Z' })])?.name).toBe('Alex J. Kim');
  });
  it('has none on a laptop both leaders share (own rounds of both roles) or with no own round', () => {
    expect(laptopLeader([round({}), round({ id: 'r2', role: 'cto', personName: 'Blake' })])).toBeUndefined();
    expect(laptopLeader([round({ receivedFrom: 'peer' })])).toBeUndefined();
    expect(laptopLeader([])).toBeUndefined();
  });
});
