/**
 * The fix for each gap: the per-statement ladder from the framework content
 * (or its fallback), plus the workspace artifacts the pair linked to the gap
 * through "Addresses the gaps" (`linkedGaps`, the one field the plan reads).
 */
import type { Gap } from '../assessment/types';
import { statementById } from '../framework/content';
import { ARTIFACT_KEYS } from '../workspace/types';
import { ARTIFACT_TITLES, type ArtifactAgreementKey } from '../workspace/agreement';
import { contentFixes, fallbackFix } from './statement-fixes';
import { isAgreed, stateOf, type PlanContext } from './context';
import type { PlanGap, PlanLadder } from './types';

const LOG_TITLE = 'Decision log';

export function ladderForGap(gap: Pick<Gap, 'statementId' | 'areaId'>): { ladder: PlanLadder; source: PlanGap['ladderSource'] } {
  const fromContent = contentFixes()[gap.statementId];
  if (fromContent) return { ladder: { ...fromContent }, source: 'content' };
  const s = statementById(gap.statementId);
  if (!s) throw new RangeError(`Unknown statement "${gap.statementId}".`);
  return { ladder: fallbackFix(s), source: 'fallback' };
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
    return { artifact: k, title, state: stateOf(ctx, k), agreed: isAgreed(ctx, k) };
  });
}
