/**
 * The close of the offsite as plain data, for the one-page summary and the plan:
 * what both leaders agreed (when), what was captured but is not agreed
 * (never mixed with the agreed list), the parking lot, and the actions with owners
 * and dates. Pure.
 */
import { sharedKey, type AgreementInput, type AgreementRole } from '../workspace/agreement';
import { bodyOf, describeCapture, type Capture, type OffsiteAction, type OffsiteRecord, type ParkedItem } from './capture';
import { actionOf, byDue } from './capture-ops';
import { captureHash, captureKey, captureState, captureStateLabel, type CaptureState } from './capture-agreement';
import { dayOfThisOffsite, ofThisOffsite } from './offsite-scope';
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
  earlier?: { agreed: number; proposed: number; parked: number };
}

const ROLES: readonly AgreementRole[] = ['ceo', 'cto'];

/** The local day of this laptop's latest own confirmation of `c` as it stands (see SummaryCapture.confirmedHereOn). */
function confirmedHereOn(c: Capture, input: AgreementInput): string | undefined {
  const key = captureKey(c.id);
  const hash = captureHash(c);
  const days = ROLES.flatMap((r) => {
    const k = sharedKey(key, r);
    // Only a date this laptop kept itself: one taken from the shared doc is the partner's to rewrite.
    const own = input.local[key]?.[r] === hash && (!input.ownKeys || input.ownKeys.has(k)) ? input.shared[k] : undefined;
    return own && own.role === r && own.hash === hash ? [localDayOf(own.at)] : [];
  });
  return days.sort().pop();
}

const CAPTURE_PREFIX = 'capture:';

export function buildOffsiteSummary(record: OffsiteRecord, agreement: AgreementInput): OffsiteSummary {
  const rows: SummaryCapture[] = record.captures.map((c) => {
    const state = captureState(c, agreement);
    const here = state.kind === 'agreed' ? confirmedHereOn(c, agreement) : undefined;
    return { capture: c, text: describeCapture(bodyOf(c)), state, label: captureStateLabel(state), ...(here ? { confirmedHereOn: here } : {}) };
  });
  const byId = new Map(rows.map((r) => [r.capture.id, r]));
  // One per action capture, as the capture says (actionOf), with that capture's own state. Not
  // `record.actions`: an entry there is the partner's to write (other text or owner, a second one
  // under an agreed capture) and would print as agreed by both.
  const actions = rows
    .flatMap((r): SummaryAction[] => (r.capture.kind === 'action' ? [{ ...actionOf(r.capture), agreed: r.state.kind === 'agreed', label: r.label }] : []))
    .sort(byDue);
  // The dates the plan states are the days both agreed: the day of the later confirmation, never
  // before this laptop's own nor after today (agreement.ts). Not the record's createdAt: it is not
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
 * The part of `s` that is the offsite starting on `firstDay` (offsite-scope.ts; all of it without
 * one): the workspace keeps every offsite the pair held, and what was agreed at last quarter's is not
 * this one's. An agreed capture counts by the day this laptop confirmed it (its own record: neither
 * the capture's stamp nor the partner's confirmation date, which the partner writes); anything else,
 * which prints as proposed or open, by when it was captured. The offsite follows the comparison, so
 * one held the day the rounds were sealed is this one. The summary sheet and the plan both read this.
 */
export function summaryOfOffsite(s: OffsiteSummary, firstDay: string | undefined): OffsiteSummary {
  if (!firstDay) return s;
  const agreed = s.agreed.filter((r) => dayOfThisOffsite(r.confirmedHereOn, firstDay));
  const proposed = s.proposed.filter((r) => ofThisOffsite(r.capture, firstDay));
  const parked = s.parked.filter((p) => ofThisOffsite(p, firstDay));
  const kept = new Set([...agreed, ...proposed].map((r) => r.capture.id));
  const days = agreed.flatMap((r) => (r.state.kind === 'agreed' && r.state.on ? [r.state.on] : [])).sort();
  const earlier = { agreed: s.agreed.length - agreed.length, proposed: s.proposed.length - proposed.length, parked: s.parked.length - parked.length };
  return {
    agreed,
    proposed,
    parked,
    actions: s.actions.filter((a) => kept.has(a.captureId)),
    ...(days.length ? { dates: { from: days[0], to: days[days.length - 1] } } : {}),
    // Removed from the shared doc is said whatever offsite it was from: nothing here dates it.
    removed: s.removed,
    ...(earlier.agreed + earlier.proposed + earlier.parked ? { earlier } : {}),
  };
}

/** The summary as the printable sheet shows it: the same, with no bidi override in any text (see workspace/bidi.ts). */
export function offsiteSummaryForPrint(record: OffsiteRecord, agreement: AgreementInput): OffsiteSummary {
  return bidiSafe(buildOffsiteSummary(record, agreement));
}

export const hasOffsite = (r: OffsiteRecord) => r.captures.length > 0 || r.parked.length > 0;
