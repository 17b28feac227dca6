/**
 * Who the plan names as the two leaders, wherever it names them: the cover, the subtitle, the
 * author line and every "agreed by both: …" line. They are the leaders of the two compared
 * sealed rounds, nobody else.
 *
 * Not the name in a confirmation record (workspace/agreement.ts `Confirmation.name`): that is
 * free text in the shared doc, and whoever holds the invite writes it under their own role
 * ("Mallory, with board chair Pat Lee", another person's name). What makes an item agreed is the
 * two confirmations of its content (the hashes), not the names they carry; printed in the plan,
 * the name read to the board as a third person agreeing, or someone other than the cover's
 * leader (review r20). The live workspace screens still show what each laptop typed.
 */
import type { Round } from '../assessment/types';
import { isolatedName } from '../workspace/bidi';
import { agreedOnText } from '../workspace/agreement';

export interface PlanLeaders {
  ceo: string;
  cto: string;
}

/** The cover's names: each compared round's own, or the role where a round names nobody. */
export function coverNames(ceoRound: Round, ctoRound: Round): PlanLeaders {
  return { ceo: ceoRound.personName.trim() || 'The CEO', cto: ctoRound.personName.trim() || 'The CTO' };
}

/**
 * "Dana (CEO) and Sam (CTO)": the cover's names as a sentence carries them, each cleaned and, when
 * right-to-left, in its own isolate, so none can pull the "(CEO)" or a date next to it into its
 * direction (bidi.ts).
 */
export function leadersLine(names: PlanLeaders): string {
  return `${isolatedName(names.ceo)} (CEO) and ${isolatedName(names.cto)} (CTO)`;
}

/**
 * Who agreed an item, as every "agreed by both: …" line of the plan prints it: the cover's two
 * leaders (`names`, from coverNames), and the day, when there is one (none while both
 * confirmations are this laptop's own and the shared record has not loaded), said to be the
 * partner's laptop's date where this laptop has none of its own (agreement-date.ts agreedOn). Without the rounds,
 * the roles. Never a confirmation record's name (see above).
 */
export function agreedByText(names: PlanLeaders | undefined, on: string | { on: string; notDatedHere?: true }): string {
  const when = agreedOnText(typeof on === 'string' ? { on } : on);
  return `${names ? leadersLine(names) : 'the CEO and the CTO'}${when ? ` ${when}` : ''}`;
}
