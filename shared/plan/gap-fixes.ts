/**
 * The fix printed for a gap: one field per statement, the pair's own ladder in the
 * workspace. Until the pair changes it, it is the framework's template and the plan
 * says so; once edited it is the pair's text, "agreed by both" only when both confirmed it.
 */
import { agreedByBothLabel, gapFixKey, type AgreementState } from '../workspace/agreement';
import type { PlanContext } from './context';
import { templateFix } from './statement-fixes';
import type { PlanGap, PlanLadder } from './types';

export const FIX_TEMPLATE_STATE = 'template from the framework, not yet edited or agreed by the two of you';

/** How the plan names the state of the pair's fix. */
export function fixStateLabel(s: AgreementState | undefined): string {
  if (!s || s.kind === 'template') return FIX_TEMPLATE_STATE;
  if (s.kind === 'agreed') return agreedByBothLabel(s);
  const only = s.confirmedBy.length === 1 ? `; confirmed by the ${s.confirmedBy[0].toUpperCase()} only` : '';
  return `edited in the workspace, not yet agreed${only}`;
}

/** The one field the plan reads for a gap's fix. */
export function gapFixFor(statementId: string, ctx: PlanContext): { ladder: PlanLadder; source: PlanGap['ladderSource']; state: string } {
  const tpl = templateFix(statementId);
  const own = ctx.gapFixes[statementId];
  const state = ctx.states[gapFixKey(statementId)];
  if (!own || !state) return { ladder: tpl.ladder, source: tpl.source, state: FIX_TEMPLATE_STATE };
  return { ladder: { ...own }, source: state.kind === 'template' ? tpl.source : 'workspace', state: fixStateLabel(state) };
}
