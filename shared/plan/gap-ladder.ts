/**
 * The fix for each gap: the per-statement ladder from the framework content
 * (or its fallback), plus the workspace artifacts the pair linked to the gap
 * through "Addresses the gaps" (`linkedGaps`, the one field the plan reads).
 */
import type { Gap } from '../assessment/types';
import { ARTIFACT_KEYS, type ArtifactKey, type LogEntry } from '../workspace/types';
import { ARTIFACT_TITLES, betKey, type ArtifactAgreementKey } from '../workspace/agreement';
import { checkDependencyMap } from '../workspace/dependencies';
import { checkMatrix } from '../workspace/matrix';
import { checkMetricCount } from '../workspace/metrics';
import { countCompleteLadder, LADDER_TARGET } from '../workspace/ladder';
import { isMeetingScheduled } from '../workspace/cadence';
import { missingRiskBudgets } from '../workspace/risk-budgets';
import { artifactComplete } from './actions';
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
    // As an action is ticked: agreed by both and holding what its action asks for (actions.ts). An
    // empty map both agreed, beside "Mapped so far: 0" in the actions, addresses nothing yet.
    if (!agreed || artifactComplete(ctx, k) !== false) return { artifact: k, title, state: statedAgreement(ctx, k), agreed };
    return { artifact: k, title, state: `${statedAgreement(ctx, k)}, but not yet complete: ${stillOpen(ctx, k)}`, agreed: false };
  });
}

/**
 * What an agreed artifact still lacks, in the counts its action prints (the action may not be in
 * the plan: captured offsite actions replace the template's). Whether it lacks anything is the
 * action's test (artifactComplete); this only words it.
 */
function stillOpen(ctx: PlanContext, k: Exclude<ArtifactKey, 'log'>): string {
  // Only an agreed artifact gets here, and without a workspace nothing is agreed (context.ts).
  const ws = ctx.ws!;
  const points = (n: number) => plural(n, 'open point', 'open points');
  switch (k) {
    case 'dependencies': {
      const n = ws.dependencies.dependencies.length;
      return n ? `${plural(n, 'dependency', 'dependencies')} mapped, ${points(checkDependencyMap(ws.dependencies).length)}` : '0 dependencies mapped';
    }
    case 'matrix':
      return ws.matrix.length ? points(checkMatrix(ws.matrix).length) : 'no rows yet';
    case 'metrics':
      return points(checkMetricCount(ws.metrics).issues.length);
    case 'ladder':
      // Agreed, so no entry is a shipped example any more (isShippedExample): all count, as in the action.
      return `${countCompleteLadder(ws.ladder)} of ${LADDER_TARGET} topics complete`;
    case 'cadence':
      return ws.cadence.length ? `${ws.cadence.filter(isMeetingScheduled).length} of ${ws.cadence.length} meetings with first date, time, length and frequency set` : 'no meetings yet';
    case 'riskBudgets': {
      const unagreed = ctx.bets.filter((b) => !isAgreed(ctx, betKey(b.id))).length;
      // One entry per company value and per bet however many of its three are missing: not a count of budgets.
      const unset = missingRiskBudgets(ws.riskBudgets, ctx.bets).length > 0;
      return [
        ctx.bets.length ? '' : 'no big bet named yet',
        unagreed ? `${unagreed} of ${plural(ctx.bets.length, 'big bet', 'big bets')} not agreed by both` : '',
        unset ? 'not every budget set' : '',
      ]
        .filter(Boolean)
        .join(', ');
    }
  }
}
