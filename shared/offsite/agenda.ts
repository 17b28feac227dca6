import type { Frequency, WarningAnswers } from '../assessment/types';
import { FRAMEWORK } from '../framework/content';
import type { Framework } from '../framework/types';

/**
 * The offsite agenda, built from a complete comparison: a warm-up on the overall
 * picture, one block per pinned gap, the warning signs the two see differently,
 * agreeing the artifacts the gaps point to, the first two weeks' owners, and a close.
 * Durations are the pair's to change; the defaults follow the guide's 15 minutes per gap.
 */

export type BlockKind = 'warm-up' | 'gap' | 'warning-signs' | 'artifacts' | 'owners' | 'close';

export interface AgendaBlock {
  id: string;
  kind: BlockKind;
  title: string;
  minutes: number;
  /** The statement a gap block is about. */
  statementId?: string;
}

export interface WarningDisagreement {
  warningId: string;
  title: string;
  ceo: Frequency;
  cto: Frequency;
  /** "often" against "never": the sharpest mismatch. */
  sharp: boolean;
}

export const DEFAULT_MINUTES: Record<BlockKind, number> = {
  'warm-up': 10,
  gap: 15,
  'warning-signs': 10,
  artifacts: 20,
  owners: 10,
  close: 5,
};

/** Limits a block's length to something a person would type: 1 minute to 4 hours. */
export const MIN_BLOCK_MINUTES = 1;
export const MAX_BLOCK_MINUTES = 240;

/** Warning signs the two answered differently, sharpest first, then in framework order. */
export function warningDisagreements(ceo: WarningAnswers, cto: WarningAnswers, framework: Framework = FRAMEWORK): WarningDisagreement[] {
  const out: WarningDisagreement[] = [];
  for (const sign of framework.warningSigns) {
    const a = ceo[sign.id];
    const b = cto[sign.id];
    if (!a || !b || a === b) continue;
    out.push({ warningId: sign.id, title: sign.title, ceo: a, cto: b, sharp: (a === 'often' && b === 'never') || (a === 'never' && b === 'often') });
  }
  return out.sort((x, y) => Number(y.sharp) - Number(x.sharp));
}

export function buildAgenda(input: { gaps: readonly { statementId: string; title: string }[]; warnings: readonly WarningDisagreement[] }): AgendaBlock[] {
  const blocks: AgendaBlock[] = [{ id: 'warm-up', kind: 'warm-up', title: 'Warm-up: the overall picture', minutes: DEFAULT_MINUTES['warm-up'] }];
  input.gaps.forEach((gap, i) =>
    blocks.push({ id: `gap-${gap.statementId}`, kind: 'gap', title: `Gap ${i + 1}: ${gap.title}`, minutes: DEFAULT_MINUTES.gap, statementId: gap.statementId }),
  );
  if (input.warnings.length) {
    blocks.push({ id: 'warning-signs', kind: 'warning-signs', title: `Warning signs you see differently (${input.warnings.length})`, minutes: DEFAULT_MINUTES['warning-signs'] });
  }
  blocks.push(
    { id: 'artifacts', kind: 'artifacts', title: 'Agree the artifacts the gaps point to', minutes: DEFAULT_MINUTES.artifacts },
    { id: 'owners', kind: 'owners', title: "The first two weeks' owners and dates", minutes: DEFAULT_MINUTES.owners },
    { id: 'close', kind: 'close', title: 'Close: what we agreed, what is parked', minutes: DEFAULT_MINUTES.close },
  );
  return blocks;
}

/** Change one block's length (whole minutes, clamped); the rest stay as they are. */
export function retime(blocks: readonly AgendaBlock[], id: string, minutes: number): AgendaBlock[] {
  const m = Math.round(Math.min(MAX_BLOCK_MINUTES, Math.max(MIN_BLOCK_MINUTES, Number.isFinite(minutes) ? minutes : MIN_BLOCK_MINUTES)));
  return blocks.map((b) => (b.id === id ? { ...b, minutes: m } : b));
}

export function totalMinutes(blocks: readonly AgendaBlock[]): number {
  return blocks.reduce((sum, b) => sum + b.minutes, 0);
}

/** Start time of each block from a start time, as minutes after it. */
export function schedule(blocks: readonly AgendaBlock[]): { block: AgendaBlock; startsAfter: number }[] {
  let t = 0;
  return blocks.map((block) => {
    const row = { block, startsAfter: t };
    t += block.minutes;
    return row;
  });
}
