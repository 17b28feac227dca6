import type { AreaId } from '../framework/types';

export type Role = 'ceo' | 'cto';
export type RoundKind = 'quarterly-reset' | 'repair';
export type Likert = 1 | 2 | 3 | 4 | 5;
/** null = not answered yet; 'dont-know' is an answer, excluded from scores and counted. */
export type AnswerValue = Likert | 'dont-know';
export type Frequency = 'never' | 'sometimes' | 'often';

export interface Answer {
  value: AnswerValue | null;
  note?: string;
  /** The author chose to put this note into the repair plan; notes are left out by default. */
  noteInPlan?: boolean;
}

/** Answers keyed by statement id. */
export type Answers = Record<string, Answer>;
/** Warning-sign frequency keyed by warning-sign id. */
export type WarningAnswers = Record<string, Frequency>;

/** One person's private diagnostic for one round. */
export interface Round {
  id: string;
  schemaVersion: 1;
  frameworkVersion: number;
  kind: RoundKind;
  /** e.g. "2026-Q4 quarterly reset" or "30-day repair after the March outage". */
  label: string;
  /** For a repair round: the event that triggered it. */
  event?: string;
  role: Role;
  personName: string;
  companyName?: string;
  createdAt: string;
  updatedAt: string;
  answers: Answers;
  warnings: WarningAnswers;
  /** ISO time of sealing; once set the round is read-only. */
  sealedAt?: string;
  /** Set on a partner's sealed round kept after a comparison (never edited here). */
  receivedFrom?: 'peer' | 'file';
}

export interface AreaScore {
  areaId: AreaId;
  /** 0–100, or null when nothing in the area was scored. */
  score: number | null;
  answered: number;
  dontKnow: number;
  unanswered: number;
}

export interface WeakSpot {
  kind: 'area' | 'item';
  areaId: AreaId;
  statementId?: string;
  title: string;
  score: number;
  /** Plain-words explanation. */
  why: string;
}

export interface RoundResult {
  areas: AreaScore[];
  overall: number | null;
  firedWarnings: { id: string; title: string; frequency: Exclude<Frequency, 'never'> }[];
  weakest: WeakSpot[];
}

export interface ItemDelta {
  statementId: string;
  areaId: AreaId;
  ceo: AnswerValue | null;
  cto: AnswerValue | null;
  /** |CEO − CTO| on the 1–5 scale, null unless both scored it. */
  delta: number | null;
  /** Mean of both on the 1–5 scale, null unless both scored it. */
  joint: number | null;
}

export interface AreaDelta {
  areaId: AreaId;
  ceo: number | null;
  cto: number | null;
  /** |CEO − CTO| of the 0–100 area scores. */
  delta: number | null;
}

export interface Gap {
  statementId: string;
  areaId: AreaId;
  title: string;
  ceo: Likert;
  cto: Likert;
  delta: number;
  joint: number;
  /** Ranking score 0–1, higher = bigger gap (formula documented in gaps.ts). */
  weight: number;
  why: string;
  ceoNote?: string;
  ctoNote?: string;
}
