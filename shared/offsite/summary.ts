/**
 * The close of the offsite as plain data, for the one-page summary and the plan:
 * what both leaders agreed (when), what was captured but is not agreed
 * (never mixed with the agreed list), the parking lot, and the actions with owners
 * and dates. Pure.
 */
import type { AgreementInput } from '../workspace/agreement';
import { bodyOf, describeCapture, type Capture, type OffsiteAction, type OffsiteRecord, type ParkedItem } from './capture';
import { actionOf, byDue } from './capture-ops';
import { captureHash, captureKey, captureState, captureStateLabel, type CaptureState } from './capture-agreement';
import { laterOffsiteFrom, offsiteOfDay, offsiteOfItem, type OffsiteOfDay } from './offsite-scope';
import { captureHeld, ownConfirmationAt, type CaptureHeld, type HeldContext } from './capture-held';
import { localDayOf } from '../workspace/dates';
import { bidiSafe } from '../workspace/bidi';

export interface SummaryCapture {
  capture: Capture;
  text: string;
  state: CaptureState;
  /** "agreed by both on …" / "proposed (not yet agreed)" / "edited (not yet agreed)". */
  label: string;
  /**
   * Agreed rows only: the local day this laptop confirmed the content as it stands, by its own record
   * (the time it kept when it confirmed: withOwnConfirmations), the latest of its roles; undefined
   * when it holds no dated confirmation. Which offsite the agreement was reached at (offsite-scope.ts).
   */
  confirmedHereOn?: string;
  /** With confirmedHereOn: the time this laptop kept when it confirmed it (capture-held.ts orders by it). */
  confirmedHereAt?: string;
  /**
   * Agreed RACI and risk-budget rows, given the workspace: whether the value both agreed still holds
   * there, or was changed since (and whether both agreed the change): capture-held.ts.
   */
  held?: CaptureHeld;
  // No "by whom" here: the names in the confirmation records are free text whoever holds the
  // invite writes. Who agreed is printed from the compared rounds (shared/plan/leaders.ts).
}

export interface SummaryAction extends OffsiteAction {
  agreed: boolean;
  label: string;
}

export interface OffsiteSummary {
  agreed: SummaryCapture[];
  proposed: SummaryCapture[];
  parked: ParkedItem[];
  actions: SummaryAction[];
  /** The first and last day of what both agreed (ISO dates), when anything was agreed. */
  dates?: { from: string; to: string };
  /** Captures this laptop's user confirmed that are no longer in the shared workspace (ids). */
  removed: string[];
  /** Left out as an earlier offsite's (summaryOfOffsite): how many of each; absent when none. */
  earlier?: OffsiteCounts;
  /**
   * Agreed captures left out because this laptop holds no dated confirmation of its own of them
   * (summaryOfOffsite): nothing here says which offsite they were agreed at. Absent when none.
   */
  undated?: number;
  /**
   * Left out as a later offsite's (summaryOfOffsite): how many of each, the first day counted as
   * later (offsite-scope.ts laterOffsiteFrom) and the next comparison's first day; absent when none.
   */
  later?: LaterCounts;
}

export interface OffsiteCounts {
  agreed: number;
  proposed: number;
  parked: number;
}

export interface LaterCounts extends OffsiteCounts {
  /** The first local day counted as the later offsite's. */
  from: string;
  /** The next comparison's first day (history/next-comparison.ts). */
  next: string;
}

/** The time of this laptop's latest own confirmation of `c` as it stands (see SummaryCapture.confirmedHereOn). */
const confirmedHereAt = (c: Capture, input: AgreementInput): string | undefined => ownConfirmationAt(captureKey(c.id), captureHash(c), input);

const CAPTURE_PREFIX = 'capture:';

/**
 * `workspace`: what the workspace holds now (capture-held.ts heldContext); with it, each agreed RACI
 * and risk-budget row says whether its value still holds there. Without it nothing is checked.
 */
export function buildOffsiteSummary(record: OffsiteRecord, agreement: AgreementInput, workspace?: HeldContext): OffsiteSummary {
  const built: SummaryCapture[] = record.captures.map((c) => {
    const state = captureState(c, agreement);
    const hereAt = state.kind === 'agreed' ? confirmedHereAt(c, agreement) : undefined;
    return { capture: c, text: describeCapture(bodyOf(c)), state, label: captureStateLabel(state), ...(hereAt ? { confirmedHereOn: localDayOf(hereAt), confirmedHereAt: hereAt } : {}) };
  });
  // Every agreed capture, of any offsite: a later one of the same cell may be what agreed the change.
  const agreedOf = (r: SummaryCapture, s: { on: string; notDatedHere?: true }) => ({
    capture: r.capture,
    on: s.on,
    ...(s.notDatedHere ? { notDatedHere: s.notDatedHere } : {}),
    confirmedHereOn: r.confirmedHereOn,
    confirmedHereAt: r.confirmedHereAt,
  });
  const agreedAll = built.flatMap((r) => (r.state.kind === 'agreed' ? [agreedOf(r, r.state)] : []));
  const rows = workspace
    ? built.map((r) => {
        const held = r.state.kind === 'agreed' ? captureHeld(agreedOf(r, r.state), agreedAll, workspace) : undefined;
        return held ? { ...r, held } : r;
      })
    : built;
  const byId = new Map(rows.map((r) => [r.capture.id, r]));
  // One per action capture, as the capture says (actionOf), with that capture's own state. Not
  // `record.actions`: an entry there is the partner's to write (other text or owner, a second one
  // under an agreed capture) and would print as agreed by both.
  const actions = rows
    .flatMap((r): SummaryAction[] => (r.capture.kind === 'action' ? [{ ...actionOf(r.capture), agreed: r.state.kind === 'agreed', label: r.label }] : []))
    .sort(byDue);
  // The dates the plan states are the days both agreed: when this laptop saw both confirmations,
  // never before its own nor after today (agreement-date.ts agreedOn). Not the record's createdAt: it is not
  // part of what was agreed, and the partner can rewrite it (2031, 2019) after both confirmed.
  const days = rows.flatMap((r) => (r.state.kind === 'agreed' && r.state.on ? [r.state.on] : [])).sort();
  return {
    agreed: rows.filter((r) => r.state.kind === 'agreed'),
    proposed: rows.filter((r) => r.state.kind !== 'agreed'),
    parked: record.parked,
    actions,
    ...(days.length ? { dates: { from: days[0], to: days[days.length - 1] } } : {}),
    // This laptop's own record proves its user confirmed these; the shared doc no longer holds them.
    removed: Object.keys(agreement.local)
      .filter((k) => k.startsWith(CAPTURE_PREFIX) && !byId.has(k.slice(CAPTURE_PREFIX.length)))
      .map((k) => k.slice(CAPTURE_PREFIX.length))
      .sort(),
  };
}

/**
 * The day an agreed row was agreed, for which offsite it is: the later of this laptop's own
 * confirmation day and the day both had (agreementState's `on`: when this laptop first saw it
 * completed, by its own record, agreement-date.ts agreedOn; only where it holds none, the partner's
 * confirmation, never after today, as before that record was kept). Filed by
 * this laptop's day alone, an agreement the partner completed only after the next comparison read
 * "agreed by both on <that day>" in the earlier offsite's plan and was missing from the later one's,
 * and the two laptops' plans differed. Never before this laptop's own day: the partner can push an
 * agreement later, never into an earlier offsite. Undefined without a dated own confirmation.
 */
function agreedDay(r: SummaryCapture): string | undefined {
  if (!r.confirmedHereOn) return undefined;
  const on = r.state.kind === 'agreed' ? r.state.on : '';
  return on > r.confirmedHereOn ? on : r.confirmedHereOn;
}

/** `items` split by offsite, with how many of each fell earlier and later. */
function split<T>(items: readonly T[], of: (item: T) => OffsiteOfDay): { kept: T[]; earlier: number; later: number } {
  const kept: T[] = [];
  let earlier = 0;
  let later = 0;
  for (const item of items) {
    const which = of(item);
    if (which === 'this') kept.push(item);
    else if (which === 'earlier') earlier++;
    else later++;
  }
  return { kept, earlier, later };
}

/**
 * The part of `s` that is the offsite starting on `firstDay` (offsite-scope.ts; all of it without
 * one) and ending before the next comparison's offsite, starting on `nextDay` (history/next-comparison.ts;
 * open-ended without one): the workspace keeps every offsite the pair held, and what was agreed at
 * last quarter's, or at next quarter's, is not this one's. An agreed capture counts by the day it was
 * agreed (agreedDay: never before this laptop's own confirmation; not the capture's stamp, which the
 * partner writes), at both ends, and one this laptop holds no dated confirmation of is counted apart
 * (`undated`); anything else, which prints as proposed or open, by
 * when it was captured. The offsite follows the comparison, so one held the day the rounds were
 * sealed is this one. What is left out is counted (`earlier`, `later`). The summary sheet and the
 * plan both read this.
 */
export function summaryOfOffsite(s: OffsiteSummary, firstDay: string | undefined, nextDay?: string): OffsiteSummary {
  if (!firstDay) return s;
  const undated = s.agreed.filter((r) => agreedDay(r) === undefined).length;
  const a = split(
    s.agreed.filter((r) => agreedDay(r) !== undefined),
    (r) => offsiteOfDay(agreedDay(r), firstDay, nextDay),
  );
  const p = split(s.proposed, (r) => offsiteOfItem(r.capture, firstDay, nextDay));
  const k = split(s.parked, (item) => offsiteOfItem(item, firstDay, nextDay));
  const [agreed, proposed, parked] = [a.kept, p.kept, k.kept];
  const kept = new Set([...agreed, ...proposed].map((r) => r.capture.id));
  const days = agreed.flatMap((r) => (r.state.kind === 'agreed' && r.state.on ? [r.state.on] : [])).sort();
  const earlier = { agreed: a.earlier, proposed: p.earlier, parked: k.earlier };
  const later = { agreed: a.later, proposed: p.later, parked: k.later };
  const from = laterOffsiteFrom(firstDay, nextDay);
  return {
    agreed,
    proposed,
    parked,
    actions: s.actions.filter((a) => kept.has(a.captureId)),
    ...(days.length ? { dates: { from: days[0], to: days[days.length - 1] } } : {}),
    // Removed from the shared doc is said whatever offsite it was from: nothing here dates it.
    removed: s.removed,
    ...(earlier.agreed + earlier.proposed + earlier.parked ? { earlier } : {}),
    ...(undated ? { undated } : {}),
    ...(nextDay && from && later.agreed + later.proposed + later.parked ? { later: { ...later, from, next: nextDay } } : {}),
  };
}

/** The summary as the printable sheet shows it: the same, with no bidi override in any text (see workspace/bidi.ts). */
export function offsiteSummaryForPrint(record: OffsiteRecord, agreement: AgreementInput, workspace?: HeldContext): OffsiteSummary {
  return bidiSafe(buildOffsiteSummary(record, agreement, workspace));
}

export const hasOffsite = (r: OffsiteRecord) => r.captures.length > 0 || r.parked.length > 0;
