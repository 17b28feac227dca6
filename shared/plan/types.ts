/** The 30-day repair plan as plain data; rendering (screen, PDF, markdown) is elsewhere. */
import type { AreaId } from '../framework/types';
import type { AnswerValue, AreaCoverage, RoundKind, RoundResult } from '../assessment/types';
import type { DecisionRow, Dependency, DependencyMap, LadderEntry, LogEntry, Meeting, Metric } from '../workspace/types';

export type PageSize = 'A4' | 'Letter';
export type PlanOwner = 'CEO' | 'CTO' | 'CEO + CTO';
export type FiredWarning = RoundResult['firedWarnings'][number];

export interface PlanCover {
  company: string;
  /** The one name both rounds carry, or both with whose each is (round-match.ts roundNameText). */
  roundLabel: string;
  kind: RoundKind;
  event?: string;
  /** ISO date the plan was built (local calendar day). */
  date: string;
  names: { ceo: string; cto: string };
  /** The local day each compared round was sealed: which comparison the plan is of (cover "Rounds sealed"). */
  sealed: { ceo: string; cto: string };
  /** One paragraph generated from the scores, the biggest gap and the warning signs. */
  summary: string;
  /** Facts a reader must see first, e.g. a partner who never revealed (withheld.ts), a partner's round not verified here (round-match.ts). */
  notices?: string[];
}

export interface PlanAreaScore {
  areaId: AreaId;
  title: string;
  ceo: number | null;
  cto: number | null;
  delta: number | null;
  /** How many statements each leader scored and both did: what the two numbers rest on (score-basis.ts). */
  coverage: AreaCoverage;
  /** Why the area is not compared (too few statements both scored), when it is not. */
  refusal?: string;
}

export interface PlanScores {
  areas: PlanAreaScore[];
  /** Over the statements both scored (compareOverall); null when not comparable. */
  overall: { ceo: number | null; cto: number | null };
  /** Why the two overall scores are not compared, when each leader has one of their own. */
  overallRefusal?: string;
  firedWarnings: { ceo: FiredWarning[]; cto: FiredWarning[] };
  /** Statements both leaders answered (a score or "don't know"): what the gaps are drawn from. */
  compared: number;
  /** Each warning sign either leader reported, with both answers in words (warnings.ts). */
  warnings: PlanWarningRow[];
  /** Roles whose round this laptop never checked against its seal (Round.unverified): scores-lead.ts. */
  unverified?: ('CEO' | 'CTO')[];
  /** Per leader, the signs they answered "don't know" or left open: not the same as "never". */
  unknownWarnings: { ceo: { dontKnow: string[]; unanswered: string[] }; cto: { dontKnow: string[]; unanswered: string[] } };
}

export interface PlanWarningRow {
  id: string;
  title: string;
  ceo: string;
  cto: string;
}

export interface PlanLadder {
  workItem: string;
  systemEffect: string;
  customerEffect: string;
  businessEffect: string;
  decisionAsk: string;
}

export interface PlanGap {
  statementId: string;
  areaId: AreaId;
  title: string;
  why: string;
  /** A score, or "dont-know" for a gap where one of them does not know. */
  ceo: AnswerValue;
  cto: AnswerValue;
  ladder: PlanLadder;
  /** Where the fix comes from: the pair's linked ladder entry, the framework's per-statement fix, or the local fallback. */
  ladderSource: 'workspace' | 'content' | 'fallback';
  /** Agreement state of the fix when it is the pair's own ("template" otherwise). */
  ladderState: string;
  /** Tied on points with other gaps and placed by the tie-break rules: how (gaps.ts). */
  tie?: string;
  /** The pair pinned it in the comparison (it may not be among the highest-ranked). */
  pinned?: true;
  /**
   * Workspace artifacts whose "Addresses the gaps" lists this statement, with their state. `agreed`:
   * agreed by both AND holding what its action asks for (gap-ladder.ts); else the state says what is missing.
   */
  addressedBy: { artifact: string; title: string; state: string; agreed: boolean }[];
}

export interface PlanAction {
  id: string;
  title: string;
  /** A template step's owner, or whoever the pair named for a captured action. */
  owner: PlanOwner | (string & {});
  /** ISO date: a template step's is a working day within the plan's 30 days; a captured action's is the pair's. */
  due: string;
  /** Days 1–14, days 15–30, or 3: after day 30 (an action captured at the offsite with a later due date). */
  phase: 1 | 2 | 3;
  /** True only when both leaders agreed the artifact this action asks for. */
  done: boolean;
  detail: string;
  /** The agreement key this action produces, if any, and its state label. */
  artifact?: string;
  state?: string;
  /** Due before the plan's date and not done: a captured action the pair let slip, or a template step not ticked by its day. */
  overdue?: true;
  /** A captured action both leaders have not confirmed: a proposal, wherever it is listed. */
  proposed?: true;
  /** A step of the framework's template: its owner and due date are the framework's, not set or agreed by the pair. */
  template?: true;
}

/**
 * A decision-log entry; `offsiteState` when it was captured at the offsite and not both confirmed it;
 * `logState` when it is "decided" in the log alone (anyone can write that; nobody confirmed it).
 */
/** `kindText`: the kind as printed ("not set" for none). */
export type PlanLogEntry = LogEntry & { offsiteState?: string; logState?: string; kindText: string };

/** A meeting with its schedule as printed: `when` "Weekly, 45 min", `start` "2026-01-19 09:00"; a missing part says "not set". */
export type PlanMeeting = Meeting & { when: string; start: string };

/** A dependency with its status as printed ("not set" for none). */
export type PlanDependency = Dependency & { statusText: string };

/** A note a leader chose to put into the plan. */
export interface PlanNote {
  role: 'ceo' | 'cto';
  name: string;
  statementId: string;
  title: string;
  text: string;
}

export interface PlanSection {
  title: string;
  body: string;
  /** Agreement state label when the section states the pair's policy. */
  state?: string;
  /** Where text nobody can agree in the workspace comes from (the framework's own principles). */
  origin?: string;
}

/** An appendix list; `note` says what to fill in when there is nothing to show. */
export interface PlanList<T> {
  items: T[];
  note?: string;
  /** Agreement state label of the whole artifact. */
  state?: string;
}

export interface PlanRiskBudget {
  label: string;
  value: string;
  state: string;
}

export interface PlanAppendices {
  matrix: PlanList<DecisionRow & { state: string }>;
  /** `example`: still the framework's shipped example in a guide not agreed by both. */
  ladder: PlanList<LadderEntry & { example?: true }>;
  cadence: PlanList<PlanMeeting>;
  riskBudgets: PlanList<PlanRiskBudget>;
  metrics: PlanList<Metric & { state: string; trend: string }>;
  dependencies: { value: (Omit<DependencyMap, 'dependencies'> & { dependencies: PlanDependency[] }) | null; summary: string; note?: string; state?: string };
  /** Open entries and those decided in the last 90 days, newest first. */
  decisions: PlanList<PlanLogEntry>;
  notes: PlanList<PlanNote>;
}

/** What the offsite captured (shared/plan/offsite.ts); absent when nothing was. */
export interface PlanOffsite {
  /**
   * `by`: "Dana (CEO) and Sam (CTO) on 2026-01-15", the cover's two leaders (leaders.ts), never the
   * names in the confirmation records, which whoever holds the invite writes. `changed`: a RACI or
   * risk-budget value the workspace no longer holds, and whether both agreed the change (offsite-text.ts heldText).
   */
  agreed: { text: string; by: string; changed?: string }[];
  /** Captured but not confirmed by both: printed as "proposed (not yet agreed)". */
  proposed: { text: string; state: string }[];
  /**
   * The parking lot: open items. `block`: the title the item was raised under, context either laptop
   * writes (printed apart, cleaned: offsite-text.ts agendaBlockRef); agreed and proposed captures carry none.
   */
  parked: { text: string; block: string }[];
  /** The first and last day both agreed an item (local days of the confirmations). */
  dates?: { from: string; to: string };
  /** How many items this laptop's user confirmed are no longer in the shared workspace. */
  removed: number;
  /** Proposed captures and parked items past the plan's cap (offsite.ts MAX_PLAN_LISTED), counted, not listed. */
  unlisted?: { proposed: number; parked: number };
  /** "Not listed here: … at an earlier offsite (…)": what an earlier comparison's offsite holds (offsite-text.ts earlierOffsiteText). */
  earlier?: string;
  /** "Not listed here: … agreed by both but not dated on this laptop (…)" (offsite-text.ts undatedAgreedText). */
  undated?: string;
  /** "Not listed here: … at a later offsite (from …)": what the next comparison's offsite holds (offsite-text.ts laterOffsiteText). */
  later?: string;
}

export interface RepairPlan {
  /** The pair of sealed rounds it is built from (plan-id.ts): the same on both laptops and on any day. */
  id: string;
  title: string;
  subtitle: string;
  pageSize: PageSize;
  cover: PlanCover;
  scores: PlanScores;
  gaps: PlanGap[];
  actions: PlanAction[];
  policies: PlanSection[];
  /** Day 1 of the 30 (YYYY-MM-DD): the day after the rounds were sealed, whatever the plan's own date (working-days.ts planStart). */
  startDate: string;
  /** When the pair re-scores (day 30 from startDate, a working day), or, with rescoreHeld, the day it took place. */
  rescoreDate: string;
  /** A later comparison of the pair exists: the re-score took place on rescoreDate (its first day) and is not scheduled. */
  rescoreHeld?: true;
  /** The two leaders, for the PDF's author metadata. */
  author: string;
  principles: PlanSection[];
  appendices: PlanAppendices;
  offsite?: PlanOffsite;
  /** True when the actions are the ones captured at the offsite (plus the re-score), not the template's. */
  actionsFromOffsite?: true;
}
