/**
 * Workspace artifacts as plain data. Every list item carries a stable string id
 * so the lists can later be mirrored into a Yjs map without re-keying.
 */

/** A role such as 'CEO', 'CTO' or 'Finance'. 'CEO' and 'CTO' are the canonical spellings. */
export type RoleName = string;

/** One row of the decision authority matrix. */
export interface DecisionRow {
  id: string;
  /** The decision type, e.g. "Infra spend over $25k per month". */
  decision: string;
  /** Exactly one role, or CEO + CTO when the decision is explicitly joint. */
  accountable: RoleName[];
  /** Explicit flag for a joint CEO + CTO decision; required for two accountable parties. */
  jointAccountable?: boolean;
  consulted: RoleName[];
  informed: RoleName[];
  /** The forum where this decision is normally taken, e.g. "Monthly strategy". */
  cadence: string;
}

export const ASK_KINDS = ['budget', 'scope', 'timing'] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/** One topic of the translation ladder: tech work → business language → a decision. */
export interface LadderEntry {
  id: string;
  topic: string;
  workItem: string;
  systemEffect: string;
  customerEffect: string;
  businessEffect: string;
  decisionAsk: string;
  /** Set when the author has classified the ask; otherwise detected from the text. */
  askKind?: AskKind;
}

export const MEETING_FREQUENCIES = ['weekly', 'monthly', 'quarterly'] as const;
export type MeetingFrequency = (typeof MEETING_FREQUENCIES)[number];

export interface Meeting {
  id: string;
  name: string;
  /** NaN while not set (a row read from the shared doc without a number there). */
  durationMinutes: number;
  /** '' while not set (read from the shared doc without one of the known values). */
  frequency: MeetingFrequency | '';
  /** Ids of DecisionRow entries this forum decides. */
  decisionTypes: string[];
  prereadChecklist: string[];
  /** ISO date (YYYY-MM-DD) of the first occurrence. */
  firstDate: string;
  /** Local wall-clock start time, "HH:MM". */
  time: string;
}

export interface RiskBudgets {
  /** Max customer-facing downtime minutes per quarter across the critical flows; NaN while not set. */
  reliabilityMinutesPerQuarter: number;
  /** Issue classes that block a release. */
  securityBlockingClasses: string[];
  /** Acceptable slip, in percent, for committed work; NaN while not set. */
  deliverySlipPercent: number;
  /** The three user flows that must not break; '' while not yet named. */
  criticalFlows: [string, string, string];
}

export interface MetricValue {
  /** Calendar month, "YYYY-MM". */
  month: string;
  value: number;
}

export interface Metric {
  id: string;
  name: string;
  definition: string;
  unit: string;
  owner: string;
  target: string;
  values: MetricValue[];
}

export const DEPENDENCY_STATUSES = ['green', 'yellow', 'red'] as const;
export type DependencyStatus = (typeof DEPENDENCY_STATUSES)[number];

export interface Dependency {
  id: string;
  name: string;
  /** '' while not set (read from the shared doc without one of the known values). */
  status: DependencyStatus | '';
  owner: string;
  note: string;
}

/** The top dependencies of one roadmap item, for the CEO's pre-read. */
export interface DependencyMap {
  roadmapItem: string;
  dependencies: Dependency[];
}

export const LOG_KINDS = ['decision', 'risk', 'incident', 'capacity'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const LOG_STATUSES = ['open', 'decided', 'revisited', 'closed'] as const;
export type LogStatus = (typeof LOG_STATUSES)[number];

export interface LogEntry {
  id: string;
  /** '' while not set (read from the shared doc without one of the known values). */
  kind: LogKind | '';
  what: string;
  decidedBy: string;
  forum: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  options: string[];
  /** ISO date by which the debate closes and everyone commits. */
  commitDeadline?: string;
  /** '' while not set (read from the shared doc without one of the known values). */
  status: LogStatus | '';
}

/** Names of the artifacts a gap can be linked to. */
export type ArtifactKey =
  | 'matrix'
  | 'ladder'
  | 'cadence'
  | 'riskBudgets'
  | 'metrics'
  | 'dependencies'
  | 'log';

export const ARTIFACT_KEYS: readonly ArtifactKey[] = [
  'matrix',
  'ladder',
  'cadence',
  'riskBudgets',
  'metrics',
  'dependencies',
  'log',
];

export interface Workspace {
  version: 1;
  matrix: DecisionRow[];
  ladder: LadderEntry[];
  cadence: Meeting[];
  riskBudgets: RiskBudgets;
  metrics: Metric[];
  dependencies: DependencyMap;
  log: LogEntry[];
  /** Which diagnostic statements (by id) each artifact is meant to repair. */
  linkedGaps?: Partial<Record<ArtifactKey, string[]>>;
}
