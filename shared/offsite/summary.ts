/**
 * The close of the offsite as plain data, for the one-page summary and the plan:
 * what both leaders agreed (when), what was captured but is not agreed
 * (never mixed with the agreed list), the parking lot, and the actions with owners
 * and dates. Pure.
 */
import type { AgreementInput } from '../workspace/agreement';
import { bodyOf, describeCapture, type Capture, type OffsiteAction, type OffsiteRecord, type ParkedItem } from './capture';
import { actionOf, byDue } from './capture-ops';
import { captureState, captureStateLabel, type CaptureState } from './capture-agreement';
import { bidiSafe } from '../workspace/bidi';

export interface SummaryCapture {
  capture: Capture;
  text: string;
  state: CaptureState;
  /** "agreed by both on …" / "proposed (not yet agreed)" / "edited (not yet agreed)". */
  label: string;
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
}

const CAPTURE_PREFIX = 'capture:';

export function buildOffsiteSummary(record: OffsiteRecord, agreement: AgreementInput): OffsiteSummary {
  const rows: SummaryCapture[] = record.captures.map((c) => {
    const state = captureState(c, agreement);
    return { capture: c, text: describeCapture(bodyOf(c)), state, label: captureStateLabel(state) };
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

/** The summary as the printable sheet shows it: the same, with no bidi override in any text (see workspace/bidi.ts). */
export function offsiteSummaryForPrint(record: OffsiteRecord, agreement: AgreementInput): OffsiteSummary {
  return bidiSafe(buildOffsiteSummary(record, agreement));
}

export const hasOffsite = (r: OffsiteRecord) => r.captures.length > 0 || r.parked.length > 0;
