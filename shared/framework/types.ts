/** Shapes of the framework content. The content itself is data (see content.ts). */

export type AreaId =
  | 'decision-boundaries'
  | 'communication-quality'
  | 'strategic-alignment'
  | 'conflict-resolution';

export interface Statement {
  /** Stable id, e.g. "db-1". Never reused for a different meaning. */
  id: string;
  areaId: AreaId;
  /** A first-person statement both leaders can score 1 (disagree) … 5 (agree). */
  text: string;
  /** One short line shown under the statement to help scoring. */
  hint: string;
  /** Plain-words label used when this item is a gap or a weak spot, e.g. "Who owns delivery dates". */
  short: string;
}

export interface Area {
  id: AreaId;
  title: string;
  /** One sentence: what the area measures. */
  summary: string;
  statements: Statement[];
}

export interface WarningSign {
  id: string;
  title: string;
  description: string;
  /** The area most affected when the sign shows. */
  areaId: AreaId;
  /** Statements this sign is evidence about; a sign seen "often" raises those gaps (gaps.ts). */
  statementIds: string[];
}

export interface Framework {
  /** Bumped whenever statements change meaning; stored with every round. */
  version: number;
  /**
   * Bumped whenever the guidance text changes (conversation guides, fixes) without
   * changing what a statement means; not stored with rounds, so old rounds stay readable.
   */
  contentVersion: number;
  areas: Area[];
  warningSigns: WarningSign[];
}

/** Helps the two leaders talk about one statement (content version 2). */
export interface StatementGuide {
  /** Why the statement matters, drawn from the framework guide. */
  why: string;
  /** Where in the guide (section, and the source it cites). */
  source: string;
  /** One or two questions that open the conversation. */
  questions: string[];
  /** The fix ladder: a few concrete steps, first to last. */
  fix: string[];
}
