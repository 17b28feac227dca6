/**
 * Whose laptop this is, when no live comparison says so: the role of the rounds its
 * user answered here (a partner's received round does not count). A laptop with own
 * rounds of both roles is shared (taking turns): it has no single role, and both
 * leaders confirm on it together. Pure.
 */
import type { Role, Round } from '../assessment/types';

export interface LaptopLeader {
  role: Role;
  name: string;
  company: string;
}

export function laptopLeader(rounds: readonly Round[]): LaptopLeader | undefined {
  const own = rounds.filter((r) => !r.receivedFrom);
  if (own.length === 0) return undefined;
  if (own.some((r) => r.role !== own[0].role)) return undefined;
  // The newest round names the leader (a name can be corrected in a later round).
  const newest = [...own].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))[0];
  const company = own.map((r) => r.companyName?.trim() ?? '').find(Boolean) ?? '';
  return { role: newest.role, name: newest.personName, company };
}
