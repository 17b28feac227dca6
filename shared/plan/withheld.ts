/**
 * The one thing no two-party protocol prevents: this laptop revealed and the partner
 * never did. When a plan is built from a round whose live comparison ended that way,
 * the plan says so on its cover, in plain words, so a board reader knows one leader's
 * answers went to the other without the exchange being completed.
 */
import type { Role, Round } from '../assessment/types';
import type { RepairPlan } from './types';
import { bidiSafe } from '../workspace/bidi';
import { localDayOf } from '../workspace/dates';

export interface WithheldRecord {
  /** This laptop's round in that comparison. */
  roundId: string;
  partnerName: string;
  partnerRole: Role;
  revealedAt?: string;
  notedAt: string;
  /**
   * The partner did publish a reveal, and this laptop refused it (why, in the projection's
   * words): "never revealed" would then be untrue — e.g. an honest partner whose clock runs
   * ahead. The partner still has our answers and we have no verified answers of theirs.
   */
  refused?: string;
}

const ROLE = { ceo: 'CEO', cto: 'CTO' } as const;

/** One sentence per comparison of the plan's rounds that the partner did not finish. */
export function withheldNotices(records: readonly WithheldRecord[], rounds: { ceo: Round; cto: Round }): string[] {
  const out: string[] = [];
  for (const r of [rounds.ceo, rounds.cto]) {
    for (const w of records) {
      if (w.roundId !== r.id || w.partnerRole === r.role) continue;
      // The local calendar day, as the plan's own date.
      const at = w.revealedAt ?? w.notedAt;
      const when = localDayOf(at);
      const partner = w.partnerName.trim() || `The ${ROLE[w.partnerRole]}`;
      out.push(
        `Withheld reveal: in the live comparison of ${r.personName.trim() || `the ${ROLE[r.role]}`}'s round "${r.label.trim()}" on ${when}, ` +
          `the ${ROLE[r.role]}'s answers were revealed to ${partner} (${ROLE[w.partnerRole]}), ` +
          (w.refused ? `whose own reveal was refused as not valid (${w.refused}): the exchange was not completed.` : 'who never revealed theirs.'),
      );
    }
  }
  return [...new Set(out)];
}

/** The plan with the notices added to its cover (none: the plan unchanged); the builder's own notices stay. */
export function withNotices(plan: RepairPlan, notices: readonly string[]): RepairPlan {
  // The partner's name is in them: no bidi override reaches the cover (bidi.ts).
  return notices.length ? { ...plan, cover: { ...plan.cover, notices: [...(plan.cover.notices ?? []), ...bidiSafe(notices)] } } : plan;
}
