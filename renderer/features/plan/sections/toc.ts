import type { RepairPlan } from '../../../../shared/plan/types';
import { gapsTitle } from '../../../../shared/plan/summary';

/** The plan's numbered sections, in print order; ids double as in-document anchors. */
export const PLAN_SECTIONS = [
  { id: 'plan-cover', n: 1, title: 'Cover and summary' },
  { id: 'plan-scores', n: 2, title: 'Scores' },
  { id: 'plan-gaps', n: 3, title: 'Gaps' },
  { id: 'plan-actions', n: 4, title: 'The 30 days: actions' },
  { id: 'plan-policies', n: 5, title: 'Policy framework' },
  { id: 'plan-principles', n: 6, title: 'Architecture principles' },
  { id: 'plan-appendices', n: 7, title: 'Appendices' },
] as const;

export type PlanSectionId = (typeof PLAN_SECTIONS)[number]['id'];

/** Page number per section id, when the layout has been measured. */
export type PageMap = Partial<Record<PlanSectionId, number>>;

export function sectionMeta(id: PlanSectionId) {
  return PLAN_SECTIONS.find((s) => s.id === id)!;
}

/** A section's title for this plan: the gaps' says how many there are, and whether pinned (gapsTitle). */
export function sectionTitle(id: PlanSectionId, plan: Pick<RepairPlan, 'gaps'>): string {
  return id === 'plan-gaps' ? gapsTitle(plan.gaps) : sectionMeta(id).title;
}
