/**
 * The fix for each gap: the per-statement ladder from the framework content
 * (or its fallback), plus the workspace artifacts the pair linked to the gap
 * through "Addresses the gaps" (`linkedGaps`, the one field the plan reads).
 */
import type { Gap } from '../assessment/types';
import { ARTIFACT_KEYS, type LogEntry } from '../workspace/types';
import { ARTIFACT_TITLES, type ArtifactAgreementKey } from '../workspace/agreement';
import { templateFix } from './statement-fixes';
import { isAgreed, plural, statedAgreement, type PlanContext } from './context';
import { sameEntry } from './appendices';
import type { PlanGap, PlanLadder } from './types';

const LOG_TITLE = 'Decision log';

/** The framework's template fix for a gap (the pair's own fix: gapFixFor in gap-fixes.ts). */
export function ladderForGap(gap: Pick<Gap, 'statementId' | 'areaId'>): { ladder: PlanLadder; source: PlanGap['ladderSource'] } {
  return templateFix(gap.statementId);
}

/**
 * Artifacts whose "Addresses the gaps" lists the statement, with their agreement state.
 * `agreedLog`: the log entries both leaders confirmed at the offsite, as they were (offsiteLogStates).
 */
export function addressedBy(statementId: string, ctx: PlanContext, agreedLog: ReadonlyMap<string, LogEntry> = new Map()): PlanGap['addressedBy'] {
  const linked = ctx.ws?.linkedGaps ?? {};
  return ARTIFACT_KEYS.filter((k) => linked[k]?.includes(statementId)).map((k) => {
    const title = k === 'log' ? LOG_TITLE : ARTIFACT_TITLES[k as ArtifactAgreementKey];
    // The log is a record either laptop writes, not something to agree as a whole. Its count says
    // how many entries both confirmed at the offsite: "3 entries" alone reads as three decisions.
    if (k === 'log') {
      // Stryker disable next-line OptionalChaining: linked gaps come from the workspace, so there is one here
      const log = ctx.ws?.log ?? [];
      if (!log.length) return { artifact: k, title, state: 'empty', agreed: false };
      const confirmed = log.filter((e) => sameEntry(e, agreedLog.get(e.id))).length;
      const both = confirmed ? `${confirmed} confirmed by both at the offsite` : 'none confirmed by both';
      return { artifact: k, title, state: `${plural(log.length, 'entry', 'entries')}, ${both}`, agreed: false };
    }
    // As a policy's state: "edited" or "template" alone would read as settled.
    const agreed = isAgreed(ctx, k);
    return { artifact: k, title, state: statedAgreement(ctx, k), agreed };
  });
}
