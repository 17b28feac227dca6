/**
 * Translation ladder completeness. An entry is only useful to the CEO when
 * every rung is filled and the last rung asks for something concrete: money,
 * scope or time. An ask like "please support this" is not a decision.
 */
import type { AskKind, LadderEntry } from './types';

export type Rung = 'workItem' | 'systemEffect' | 'customerEffect' | 'businessEffect' | 'decisionAsk';

export const RUNGS: readonly Rung[] = ['workItem', 'systemEffect', 'customerEffect', 'businessEffect', 'decisionAsk'];

export const RUNG_LABELS: Record<Rung, string> = {
  workItem: 'Work item',
  systemEffect: 'System effect',
  customerEffect: 'Customer effect',
  businessEffect: 'Business effect',
  decisionAsk: 'Decision ask',
};

// Checked in this order, so "cut scope to hit the date" reads as scope first.
const ASK_PATTERNS: [AskKind, RegExp][] = [
  ['budget', /\$|€|£|\bbudget|\bspend|\bcost|\bfund|\bheadcount|\bhire\b|\bhires\b|\bhiring|\binvest|\bsalar|\bvendor|\b\d+\s*k\b/i],
  ['scope', /\bscope|\bdescope|\bcut\b|\bcuts\b|\bcutting|\bdrop\b|\bnarrow|\bpause|\bdefer|\bdeprioriti|\bfreeze|\bfeatures?\b/i],
  ['timing', /\bdelay|\bdate\b|\bdeadline|\bweeks?\b|\bdays?\b|\bmonths?\b|\bquarters?\b|\bsprints?\b|\bslip|\bpostpone|\btimeline|\blaunch|\bby\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\bq[1-4]\b|\d{4}-\d{2}-\d{2}/i],
];
// "Approve ..." alone is still an ask for resources; treat it as budget last.
const APPROVE = /\bapprov/i;

/** The kind of decision the ask names, or null when it names none. */
export function detectAskKind(ask: string): AskKind | null {
  for (const [kind, re] of ASK_PATTERNS) if (re.test(ask)) return kind;
  return APPROVE.test(ask) ? 'budget' : null;
}

export interface LadderCompleteness {
  complete: boolean;
  missing: Rung[];
  /** Explicit askKind wins over detection. null = the ask names no budget, scope or timing. */
  askKind: AskKind | null;
  issues: string[];
}

export function ladderCompleteness(entry: LadderEntry): LadderCompleteness {
  const missing = RUNGS.filter((r) => !entry[r].trim());
  const name = entry.topic.trim() || entry.id;
  const issues = missing.map((r) => `${name}: ${RUNG_LABELS[r].toLowerCase()} is empty.`);
  const askKind = entry.askKind ?? (entry.decisionAsk.trim() ? detectAskKind(entry.decisionAsk) : null);
  if (entry.decisionAsk.trim() && !askKind) {
    issues.push(`${name}: the decision ask does not name a budget, scope or timing choice.`);
  }
  if (!entry.topic.trim()) issues.push(`${entry.id}: the topic is empty.`);
  return { complete: issues.length === 0, missing, askKind, issues };
}

export function countCompleteLadder(entries: readonly LadderEntry[]): number {
  return entries.filter((e) => ladderCompleteness(e).complete).length;
}

/** The guide's target: a one-page translation guide covering ten common topics. */
export const LADDER_TARGET = 10;
