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
/** A warning-sign answer: how often it shows, or "don't know" (counted, never scored). */
export type WarningAnswer = Frequency | 'dont-know';
/** Warning-sign answers keyed by warning-sign id. */
export type WarningAnswers = Record<string, WarningAnswer>;

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
  /**
   * On a partner's round: the id of this laptop's round it was compared with, set here when it
   * was kept. History files it under that round's period: the partner's own label and seal time
   * are only their claims.
   */
  pairedWith?: string;
  /**
   * On a partner's round: this laptop's later rounds the same sealed round was compared with again
   * (the partner brought back a round they had sealed before: shared/history/replayed-round.ts),
   * oldest first. The round stays one record (kept once per sealed content); `pairedWith` stays the
   * first comparison's. Absent on rounds compared once, and on every round stored before it existed.
   */
  alsoPairedWith?: string[];
  /**
   * On a partner's round: this laptop never checked it against their seal. Set when a backup
   * Merge adds it (shared/backup/plan.ts: a backup is anyone's file), or when a round checked
   * against a seal found it, with other answers, under the id it was to be kept under
   * (keepPartnerRound). Never shown as verified, and never charted or planned while a verified
   * round can be (shared/history/periods.ts).
   */
  unverified?: true;
}

export interface AreaScore {
  areaId: AreaId;
  /** 0–100, or null when nothing in the area was scored. */
  score: number | null;
  answered: number;
  dontKnow: number;
  unanswered: number;
  /** Fewer than MIN_SCORED_PER_AREA statements scored: the score is not evidence enough. */
  thin: boolean;
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
  /** Mean of the non-thin area scores; null when every area is thin. */
  overall: number | null;
  /** How many areas the overall score averages. */
  overallAreas: number;
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

/** How much of an area each leader scored (1–5), and how much both did. */
export interface AreaCoverage {
  total: number;
  /** Statements both leaders scored 1–5: the only ones compared. */
  both: number;
  ceo: { scored: number; dontKnow: number };
  cto: { scored: number; dontKnow: number };
}

export interface AreaDelta {
  areaId: AreaId;
  /** The CEO's 0–100 score over the statements BOTH scored; null when too thin to compare. */
  ceo: number | null;
  /** The CTO's 0–100 score over the statements BOTH scored; null when too thin to compare. */
  cto: number | null;
  /** |CEO − CTO|, null when not compared. */
  delta: number | null;
  /** CEO − CTO: positive when the CEO sees the area as healthier, negative when the CTO does. */
  signed: number | null;
  coverage: AreaCoverage;
  /** Why no number is shown (thin evidence); absent when compared. */
  refusal?: string;
}

/** Overall scores, compared only over the same statements, or a refusal that says why. */
export interface OverallComparison {
  ceo: number | null;
  cto: number | null;
  delta: number | null;
  signed: number | null;
  /** Statements both scored 1–5, over all areas. */
  both: number;
  total: number;
  refusal?: string;
}

/**
 * split: both scored, 2+ points apart · unknown: at least one answered "don't know" ·
 * shared-low: both scored 1 or 2 · not-healthy: close, but at least one below healthy.
 */
export type GapKind = 'split' | 'unknown' | 'shared-low' | 'not-healthy';

export interface GapSign {
  id: string;
  title: string;
  ceo: WarningAnswer | null;
  cto: WarningAnswer | null;
  /** One says "often", the other "never": the sharpest mismatch, always flagged. */
  split: boolean;
}

export interface Gap {
  statementId: string;
  areaId: AreaId;
  title: string;
  kind: GapKind;
  /** Never null: a gap needs an answer from both (a score or "don't know"). */
  ceo: AnswerValue;
  cto: AnswerValue;
  /** |CEO − CTO| when both scored, else null. */
  delta: number | null;
  joint: number | null;
  /** Ranking points 0–20 = answer points + warning-sign points (formula in gaps.ts). */
  points: number;
  answerPoints: number;
  signPoints: number;
  /** points / 20, 0–1. */
  weight: number;
  /** 1-based position in the full ranking. */
  rank: number;
  /** Warning signs tied to this statement that either leader answered. */
  signs: GapSign[];
  /** Other gaps with exactly the same points, and why this one sits where it does. */
  tie?: { with: string[]; explanation: string };
  /** What the two answers say, in plain words and true for these answers. */
  why: string;
  ceoNote?: string;
  ctoNote?: string;
  /** Set by pinnedGaps/selectTopGaps when the pair pinned this gap. */
  pinned?: boolean;
}
