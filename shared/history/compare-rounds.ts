import { FRAMEWORK } from '../framework/content';
import { FREQUENCY_LABELS, answerLabel } from '../framework/labels';
import type { AreaId, Framework } from '../framework/types';
import { scoreArea } from '../assessment/scoring';
import type { AnswerValue, Frequency, Likert, Round } from '../assessment/types';

/*
 * Comparing any two sealed rounds: "before" (a) and "after" (b), usually the same
 * leader one period apart, but any two rounds work (e.g. the CEO's Q3 against the
 * CTO's Q4). Higher is healthier everywhere, so:
 *   area change = after − before   (0–100 scores; null unless both scored the area)
 *   item change = after − before   (1–5 answers; null unless both are 1–5 —
 *                                    "don't know" and blanks are never compared)
 * An item with change > 0 improved, < 0 regressed. Lists are ordered by the size
 * of the change, biggest first; equal changes keep framework order.
 */

export interface AreaChange {
  areaId: AreaId;
  title: string;
  before: number | null;
  after: number | null;
  change: number | null;
}

export interface ItemChange {
  statementId: string;
  areaId: AreaId;
  title: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
  change: number | null;
}

export interface WarningChange {
  id: string;
  title: string;
  before: Frequency;
  after: Frequency;
  /** better = less often now; worse = more often now. */
  direction: 'better' | 'worse';
}

export interface ChangeLine {
  statementId: string;
  areaId: AreaId;
  change: number;
  /** Plain words, e.g. `"Who owns delivery dates" went from 2 (Disagree) to 4 (Agree): up 2 points.` */
  text: string;
}

export interface RoundComparison {
  areas: AreaChange[];
  items: ItemChange[];
  improved: ChangeLine[];
  regressed: ChangeLine[];
  /** Items answered 1–5 in only one of the two rounds (not compared). */
  notComparable: number;
  warnings: WarningChange[];
  /** One sentence per area that moved, e.g. "Decision boundaries rose from 25 to 50 (+25)." */
  summary: string[];
}

function likert(value: AnswerValue | null | undefined): value is Likert {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

const FREQUENCY_RANK: Record<Frequency, number> = { never: 0, sometimes: 1, often: 2 };

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function points(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`;
}

export function compareRounds(a: Round, b: Round, framework: Framework = FRAMEWORK): RoundComparison {
  const areas: AreaChange[] = framework.areas.map((area) => {
    const before = scoreArea(area, a.answers).score;
    const after = scoreArea(area, b.answers).score;
    return { areaId: area.id, title: area.title, before, after, change: before !== null && after !== null ? after - before : null };
  });

  const items: ItemChange[] = [];
  let notComparable = 0;
  for (const area of framework.areas) {
    for (const s of area.statements) {
      const before = a.answers[s.id]?.value ?? null;
      const after = b.answers[s.id]?.value ?? null;
      const both = likert(before) && likert(after);
      if (!both && (likert(before) || likert(after))) notComparable++;
      items.push({ statementId: s.id, areaId: area.id, title: s.short, before, after, change: both ? after - before : null });
    }
  }

  const line = (item: ItemChange): ChangeLine => {
    const change = item.change!;
    const before = item.before as Likert;
    const after = item.after as Likert;
    return {
      statementId: item.statementId,
      areaId: item.areaId,
      change,
      text: `“${item.title}” went from ${before} (${answerLabel(before)}) to ${after} (${answerLabel(after)}): ${
        change > 0 ? 'up' : 'down'
      } ${points(Math.abs(change))}.`,
    };
  };
  // sort is stable, so equal changes keep framework order.
  const improved = items.filter((i) => i.change !== null && i.change > 0).sort((x, y) => y.change! - x.change!).map(line);
  const regressed = items.filter((i) => i.change !== null && i.change < 0).sort((x, y) => x.change! - y.change!).map(line);

  const warnings: WarningChange[] = [];
  for (const sign of framework.warningSigns) {
    const before = a.warnings[sign.id];
    const after = b.warnings[sign.id];
    // "Don't know" is no frequency: like a blank, it is not compared.
    if (before === undefined || after === undefined || before === 'dont-know' || after === 'dont-know' || before === after) continue;
    warnings.push({
      id: sign.id,
      title: sign.title,
      before,
      after,
      direction: FREQUENCY_RANK[after] < FREQUENCY_RANK[before] ? 'better' : 'worse',
    });
  }

  const summary = areas.flatMap((area) => {
    if (area.change === null || area.change === 0) return [];
    const verb = area.change > 0 ? 'rose' : 'fell';
    return [`${area.title} ${verb} from ${area.before} to ${area.after} (${signed(area.change)}).`];
  });

  return { areas, items, improved, regressed, notComparable, warnings, summary };
}

/** "Sometimes → Never" for a warning sign change. */
export function warningChangeText(w: WarningChange): string {
  return `${w.title}: ${FREQUENCY_LABELS[w.before]} → ${FREQUENCY_LABELS[w.after]}`;
}
