/**
 * The plan compares one CEO round with one CTO round. When they are not two halves
 * of the same round (another label: another quarter or event; another company), the
 * cover says so: otherwise two unrelated self-assessments read as one joint comparison.
 */
import type { Round } from '../assessment/types';
import { localDayOf } from '../workspace/dates';

const same = (a: string | undefined, b: string | undefined) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
const sealed = (r: Round) => (r.sealedAt ? ` (sealed ${localDayOf(r.sealedAt)})` : '');

export function mismatchNotices(ceo: Round, cto: Round): string[] {
  const out: string[] = [];
  if (!same(ceo.label, cto.label)) {
    out.push(
      `Different rounds: the CEO answered "${ceo.label.trim()}"${sealed(ceo)} and the CTO "${cto.label.trim()}"${sealed(cto)}. ` +
        'This plan compares them as if they were one round.',
    );
  }
  // A round without a company name says nothing either way.
  if (ceo.companyName?.trim() && cto.companyName?.trim() && !same(ceo.companyName, cto.companyName)) {
    out.push(`Different companies: the CEO's round is for "${ceo.companyName.trim()}" and the CTO's for "${cto.companyName.trim()}".`);
  }
  return out;
}
