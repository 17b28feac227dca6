/**
 * The origin of changes a tab takes in from the stored workspace after another tab of this browser
 * saved them (doc-persistence.ts, acrossTabs). They are neither this tab's own edits nor the
 * partner's: the tab that made or received them already recorded what they mean (own writes,
 * removal notices, entry fates, the partner's removals through its peer guard), so watchers here
 * record nothing for them. Read as "made here", a partner's removal taken in this way would erase
 * its own notice (review of 2026-11-29).
 */
export const OTHER_TAB_ORIGIN = 'another-tab';
