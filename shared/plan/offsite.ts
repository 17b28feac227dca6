/**
 * What the offsite adds to the plan. Agreed captures are listed as agreed (by the cover's
 * two leaders, when: leaders.ts); captures only one leader (or neither) confirmed print as "proposed (not yet
 * agreed)"; parked items are open items. When the pair captured anything, the plan's
 * actions are the actions they captured (plus the day-30 re-score), not the
 * framework's template steps: the room's commitments replace the defaults.
 */
import type { AgreementInput } from '../workspace/agreement';
import type { LogEntry } from '../workspace/types';
import type { OffsiteRecord } from '../offsite/capture';
import { logEntryOf, logIdOf } from '../offsite/capture-ops';
import { buildOffsiteSummary, type OffsiteSummary } from '../offsite/summary';
import { listedFirst } from '../offsite/listed';
import { parseIsoDate, toIsoDate } from '../workspace/dates';
import { planDay } from './working-days';
import { agreedByText, type PlanLeaders } from './leaders';
import { earlierOffsiteText, heldText, laterOffsiteText, undatedAgreedText } from './offsite-text';
import type { PlanAction, PlanOffsite } from './types';
import type { PlanDays } from './actions';

const EMPTY_AGREEMENT: AgreementInput = { shared: {}, local: {} };

/**
 * `leaders`: the cover's names (leaders.ts coverNames), which the agreed lines print; without
 * them, the roles. Never the names in the confirmation records (the summary's `by`): those are
 * free text whoever holds the invite writes.
 */
export function buildPlanOffsite(record: OffsiteRecord | undefined, agreement: AgreementInput = EMPTY_AGREEMENT, leaders?: PlanLeaders): PlanOffsite | undefined {
  return record ? planOffsiteOf(buildOffsiteSummary(record, agreement), leaders) : undefined;
}

/**
 * Proposed captures and parked items the plan lists; past these it counts them. Either leader alone
 * writes them, and the partner's laptop can write 50,000 (inside the sync guard's caps): they must
 * not turn the plan into a 50,000-line PDF. This laptop's own are listed first (ListedFirst).
 */
export const MAX_PLAN_LISTED = 50;

/**
 * Which captures and parked items (by id) make the plan's cut first: this laptop's own (written or
 * confirmed here). Not "confirmed by someone": the partner's laptop can confirm every one of its own
 * flood, date it earlier, and push this leader's proposals out of the plan the board reads.
 */
export type ListedFirst = (id: string) => boolean;
const NONE_FIRST: ListedFirst = () => false;

/** buildPlanOffsite from a summary already built (the plan builds one per plan). */
export function planOffsiteOf(s: OffsiteSummary, leaders?: PlanLeaders, first: ListedFirst = NONE_FIRST): PlanOffsite | undefined {
  // Another offsite's items alone still make the section: it says they exist and are not listed
  // (a plan of last quarter, read now), or agreements the plan leaves out would vanish with no word.
  const earlier = earlierOffsiteText(s.earlier);
  const undated = undatedAgreedText(s.undated);
  const later = laterOffsiteText(s.later);
  if (s.agreed.length === 0 && s.proposed.length === 0 && s.parked.length === 0 && s.removed.length === 0 && !earlier && !undated && !later) return undefined;
  const proposed = listedFirst(s.proposed, (r) => first(r.capture.id), MAX_PLAN_LISTED);
  const parked = listedFirst(s.parked, (p) => first(p.id), MAX_PLAN_LISTED);
  return {
    // Every row of `s.agreed` is agreed; the check only gives its date to the type. No block title beside
    // an agreed or proposed capture: the partner can rewrite it after both confirmed (outside the hash),
    // and beside "agreed by both" it would read as part of what was agreed.
    // A RACI or budget value changed in the workspace since says so: "agreed by both" alone reads as the rule now.
    agreed: s.agreed.flatMap((r) => {
      if (r.state.kind !== 'agreed') return [];
      const changed = heldText(r.held, leaders);
      return [{ text: r.text, by: agreedByText(leaders, r.state), ...(changed ? { changed } : {}) }];
    }),
    proposed: proposed.shown.map((r) => ({ text: r.text, state: r.label })),
    parked: parked.shown.map((p) => ({ text: p.text, block: p.blockTitle })),
    ...(proposed.unlisted || parked.unlisted ? { unlisted: { proposed: proposed.unlisted, parked: parked.unlisted } } : {}),
    ...(s.dates ? { dates: s.dates } : {}),
    removed: s.removed.length,
    ...(earlier ? { earlier } : {}),
    ...(undated ? { undated } : {}),
    ...(later ? { later } : {}),
  };
}

/**
 * What the offsite says of the decision log, for logEntryState. `unconfirmedLog`: a decision
 * captured at the offsite is in the log as "decided" before both confirmed it (entry id → its
 * state label). `agreedLog`: the only log entries both leaders confirmed, decisions captured at
 * the offsite and agreed there, as the capture wrote them (an entry edited since is no longer
 * what they agreed).
 */
export function offsiteLogStates(
  record: OffsiteRecord | undefined,
  agreement: AgreementInput = EMPTY_AGREEMENT,
): { unconfirmedLog: Map<string, string>; agreedLog: Map<string, LogEntry> } {
  return logStatesOf(record ? buildOffsiteSummary(record, agreement) : undefined);
}

/** offsiteLogStates from a summary already built (of every offsite: the log keeps them all). */
export function logStatesOf(s: OffsiteSummary | undefined): { unconfirmedLog: Map<string, string>; agreedLog: Map<string, LogEntry> } {
  return {
    unconfirmedLog: new Map((s?.proposed ?? []).filter((r) => r.capture.kind === 'decision').map((r) => [logIdOf(r.capture.id), r.label] as const)),
    agreedLog: new Map((s?.agreed ?? []).flatMap((r) => (r.capture.kind === 'decision' ? [[logIdOf(r.capture.id), logEntryOf(r.capture.id, r.capture)] as const] : []))),
  };
}

/** "Overdue: due 2026-01-09, before this plan's date (2026-01-15), and not recorded as done." */
function overdueText(due: string, asOf: string): string {
  return `Overdue: due ${due}, before this plan's date (${asOf}), and not recorded as done.`;
}

/**
 * The plan's actions from the offsite's captured actions, each with the agreement
 * state of its capture; the template's day-30 re-score closes the list. An action is
 * never ticked as done: agreeing to do something is not having done it.
 */
export function capturedActions(s: OffsiteSummary, days: Pick<PlanDays, 'start' | 'asOf'>, rescore: PlanAction | undefined, first: ListedFirst = NONE_FIRST): PlanAction[] {
  // The phases are the template's 30 days, from the day after the rounds were sealed (planStart).
  const phaseEnd = toIsoDate(planDay(days.start, 14));
  // Due after the re-score: not part of the 30 days, and not listed as if it were.
  const planEnd = toIsoDate(planDay(days.start, 30));
  // The plan's own (local) day: an action due before it, never done (see above), is overdue.
  const asOf = days.asOf;
  // Every agreed action; proposed ones up to the cap (MAX_PLAN_LISTED: the offsite section counts the
  // rest), this laptop's own first (a flood due earlier would push them out), in due order as before.
  const kept = new Set(listedFirst(s.actions.filter((a) => !a.agreed), (a) => first(a.captureId), MAX_PLAN_LISTED).shown);
  const listed = s.actions.filter((a) => a.agreed || kept.has(a));
  const actions = listed.map((a): PlanAction => {
    const overdue = a.due < asOf;
    const captured = a.agreed ? `Captured at the offsite; ${a.label}.` : 'Captured at the offsite: proposed (not yet agreed).';
    return {
      id: a.id,
      title: a.text,
      owner: a.owner,
      due: a.due,
      phase: a.due <= phaseEnd ? 1 : a.due <= planEnd ? 2 : 3,
      done: false,
      detail: overdue ? `${overdueText(a.due, asOf)} ${captured}` : captured,
      state: a.label,
      ...(overdue ? { overdue: true as const } : {}),
      ...(a.agreed ? {} : { proposed: true as const }),
    };
  });
  if (rescore) actions.push(rescore);
  // A due date that is not a real day would sort anywhere: it cannot be, captures are validated, but keep order total.
  return actions.sort((x, y) => (parseIsoDate(x.due) && parseIsoDate(y.due) ? x.due.localeCompare(y.due) : 0));
}
