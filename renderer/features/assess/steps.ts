import { FRAMEWORK } from '../../../shared/framework/content';

/** The assessment's steps in order: one per area, the warning signs, then review & seal. */
export const STEP_TITLES = [...FRAMEWORK.areas.map((a) => a.title), 'Warning signs', 'Review & seal'];

/** The last step, where a round is reviewed and sealed. */
export const REVIEW_STEP = STEP_TITLES.length - 1;

/** Where a round is reviewed and sealed (linked from other pages). */
export const reviewStepHref = (roundId: string) => `#/assess/${roundId}/${REVIEW_STEP}`;
