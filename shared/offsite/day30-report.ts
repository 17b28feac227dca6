import { areaDeltas, selectTopGaps, type Side } from '../assessment/gaps';
import type { AnswerValue } from '../assessment/types';
import { FRAMEWORK, statementById } from '../framework/content';
import type { AreaId, Framework } from '../framework/types';
import { classifyChange, closerBy, day30Diff, day30Summary, type Day30Change, type Day30Row } from './day30';

/**
 * The whole day-30 picture for one re-score against its baseline: the baseline's top
 * gaps (the ones the repair plan worked on, pins included), every statement, and every
 * area, each as baseline vs now for both leaders.
 */

export interface Day30GapRow extends Day30Row {
  title: string;
  areaId: AreaId;
  /** Position among the baseline's top gaps, 1-based. */
  position: number;
  /** The pair pinned it in the baseline comparison. */
  pinned: boolean;
}

export interface AreaPair {
  /** 0–100 over the statements both scored; null when too thin to compare. */
  ceo: number | null;
  cto: number | null;
  delta: number | null;
}

export interface Day30AreaRow {
  areaId: AreaId;
  title: string;
  baseline: AreaPair;
  now: AreaPair;
  /**
   * How the gap between the two moved; null when either side was too thin to compare. As per
   * statement (day30.ts): `narrowed` only when the lower area score did not fall, `fell` when
   * they came closer because it did; `shifted`: as far apart, but the scores moved;
   * `unchanged` only when neither score did.
   */
  change: 'narrowed' | 'fell' | 'unchanged' | 'shifted' | 'widened' | null;
}

export interface Day30Report {
  gaps: Day30GapRow[];
  statements: Day30Row[];
  areas: Day30AreaRow[];
  /** How many statements fell in each class. */
  summary: Record<Day30Change, number>;
}

export interface PairSides {
  ceo: Side;
  cto: Side;
}

/** A comparison's per-statement answers (what the view holds) back as the two sides' answers. */
export function sidesFromItems(items: readonly { statementId: string; ceo: AnswerValue | null; cto: AnswerValue | null }[]): PairSides {
  const side = (who: 'ceo' | 'cto'): Side => ({ answers: Object.fromEntries(items.map((i) => [i.statementId, { value: i[who] }])) });
  return { ceo: side('ceo'), cto: side('cto') };
}

function areaRows(baseline: PairSides, now: PairSides, framework: Framework): Day30AreaRow[] {
  const before = areaDeltas(baseline.ceo, baseline.cto, framework);
  const after = areaDeltas(now.ceo, now.cto, framework);
  return framework.areas.map((area, i) => {
    const b = before[i];
    const n = after[i];
    const change =
      b.delta === null || n.delta === null
        ? null
        : n.delta < b.delta
          ? // delta is non-null only when both sides scored the area.
            closerBy(b.ceo!, b.cto!, n.ceo!, n.cto!)
          : n.delta > b.delta
            ? 'widened'
            : b.ceo === n.ceo && b.cto === n.cto
              ? 'unchanged'
              : 'shifted';
    return {
      areaId: area.id,
      title: area.title,
      baseline: { ceo: b.ceo, cto: b.cto, delta: b.delta },
      now: { ceo: n.ceo, cto: n.cto, delta: n.delta },
      change,
    };
  });
}

export function day30Report(baseline: PairSides, now: PairSides, baselinePins: readonly string[] = [], framework: Framework = FRAMEWORK): Day30Report {
  const statements = day30Diff(
    { ceo: baseline.ceo.answers, cto: baseline.cto.answers },
    { ceo: now.ceo.answers, cto: now.cto.answers },
    framework,
  );
  const byId = new Map(statements.map((r) => [r.statementId, r]));
  const gaps = selectTopGaps(baseline.ceo, baseline.cto, baselinePins, framework).map((g, i): Day30GapRow => {
    const row = byId.get(g.statementId)!;
    return {
      ...row,
      change: classifyChange([row.baseline.ceo, row.baseline.cto], [row.now.ceo, row.now.cto]),
      title: statementById(g.statementId, framework)?.short ?? g.title,
      areaId: g.areaId,
      position: i + 1,
      pinned: Boolean(g.pinned),
    };
  });
  return { gaps, statements, areas: areaRows(baseline, now, framework), summary: day30Summary(statements) };
}

/**
 * The classes a reader cares about, in the order the view and History list them: progress,
 * then no progress, then worse ("closer, but scored lower" sits with widened: the pair met
 * lower down, which is not a repair).
 */
export const CHANGE_ORDER = ['closed', 'narrowed', 'unchanged', 'shifted', 'fell', 'widened', 'new'] as const satisfies readonly Day30Change[];

/** The change in words, for a label next to a chart. */
export const CHANGE_WORDS: Record<Day30Change, string> = {
  closed: 'Closed',
  narrowed: 'Narrowed',
  fell: 'Closer, but scored lower',
  unchanged: 'Unchanged',
  shifted: 'As far apart, scores moved',
  widened: 'Widened',
  new: 'New gap',
  steady: 'No gap then or now',
  unknown: 'Cannot tell (a “don’t know” or a blank)',
};

/** The change after a count, in a sentence: "2 closed, 1 closer but scored lower". */
export const CHANGE_COUNTED: Record<(typeof CHANGE_ORDER)[number], string> = {
  closed: 'closed',
  narrowed: 'narrowed',
  unchanged: 'unchanged',
  shifted: 'shifted',
  fell: 'closer but scored lower',
  widened: 'widened',
  new: 'new',
};
