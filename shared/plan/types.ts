/** The 30-day repair plan as plain data; rendering (screen, PDF, markdown) is elsewhere. */
import type { AreaId } from '../framework/types';
import type { AnswerValue, RoundKind, RoundResult } from '../assessment/types';
import type { DecisionRow, DependencyMap, LogEntry, Meeting, Metric, RiskBudgets } from '../workspace/types';

export type PageSize = 'A4' | 'Letter';
export type PlanOwner = 'CEO' | 'CTO' | 'CEO + CTO';
export type FiredWarning = RoundResult['firedWarnings'][number];

export interface PlanCover {
  company: string;
  roundLabel: string;
  kind: RoundKind;
  event?: string;
  /** ISO date the plan was built (local calendar day). */
  date: string;
  names: { ceo: string; cto: string };
  /** One paragraph generated from the scores, the biggest gap and the warning signs. */
  summary: string;
}

export interface PlanAreaScore {
  areaId: AreaId;
  title: string;
  ceo: number | null;
  cto: number | null;
  delta: number | null;
}

export interface PlanScores {
  areas: PlanAreaScore[];
  overall: { ceo: number | null; cto: number | null };
  firedWarnings: { ceo: FiredWarning[]; cto: FiredWarning[] };
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
  /** 'workspace' when a linked ladder entry supplied the text, else the area default. */
  ladderSource: 'workspace' | 'area';
}

export interface PlanAction {
  id: string;
  title: string;
  owner: PlanOwner;
  /** ISO date, within 14 days of the plan date. */
  due: string;
  /** True when the workspace already holds the artifact this action asks for. */
  done: boolean;
  detail: string;
}

export interface PlanSection {
  title: string;
  body: string;
}

/** An appendix list; `note` explains an empty one. */
export interface PlanList<T> {
  items: T[];
  note?: string;
}

export interface PlanAppendices {
  matrix: PlanList<DecisionRow>;
  cadence: PlanList<Meeting>;
  riskBudgets: { value: RiskBudgets | null; note?: string };
  metrics: PlanList<Metric>;
  dependencies: { value: DependencyMap | null; summary: string; note?: string };
  openDecisions: PlanList<LogEntry>;
}

export interface RepairPlan {
  title: string;
  subtitle: string;
  pageSize: PageSize;
  cover: PlanCover;
  scores: PlanScores;
  gaps: PlanGap[];
  actions: PlanAction[];
  policies: PlanSection[];
  principles: PlanSection[];
  appendices: PlanAppendices;
}
