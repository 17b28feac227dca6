/**
 * The fix for each gap: the per-statement ladder from the framework content
 * (or its fallback), plus the workspace artifacts the pair linked to the gap
 * through "Addresses the gaps" (`linkedGaps`, the one field the plan reads).
 */
import type { Gap } from '../assessment/types';
import { ARTIFACT_KEYS } from '../workspace/types';
import { ARTIFACT_TITLES, type ArtifactAgreementKey } from '../workspace/agreement';
import { templateFix } from './statement-fixes';
import { isAgreed, stateOf, type PlanContext } from './context';
import type { PlanGap, PlanLadder } from './types';

const LOG_TITLE = 'Decision log';

/** The framework's template fix for a gap (the pair's own fix: gapFixFor in gap-fixes.ts). */
export function ladderForGap(gap: Pick<Gap, 'statementId' | 'areaId'>): { ladder: PlanLadder; source: PlanGap['ladderSource'] } {
  return templateFix(gap.statementId);
}

/** Artifacts whose "Addresses the gaps" lists the statement, with their agreement state. */
export function addressedBy(statementId: string, ctx: PlanContext): PlanGap['addressedBy'] {
  const linked = ctx.ws?.linkedGaps ?? {};
  return ARTIFACT_KEYS.filter((k) => linked[k]?.includes(statementId)).map((k) => {
    const title = k === 'log' ? LOG_TITLE : ARTIFACT_TITLES[k as ArtifactAgreementKey];
    // The log is a record, not something to agree; it counts as in use once it has entries.
    if (k === 'log') {
      const n = ctx.ws?.log.length ?? 0;
      return { artifact: k, title, state: n ? `${n} ${n === 1 ? 'entry' : 'entries'}` : 'empty', agreed: false };
    }
    // As a policy's state: "edited" or "template" alone would read as settled.
    const agreed = isAgreed(ctx, k);
    return { artifact: k, title, state: agreed ? stateOf(ctx, k) : `${stateOf(ctx, k)}, not yet agreed by both`, agreed };
  });
}
