import { printedBlockTitle } from '../offsite/block-title';
import type { CaptureHeld } from '../offsite/capture-held';
import type { LaterCounts, OffsiteCounts } from '../offsite/summary';
import { agreedByText, type PlanLeaders } from './leaders';

/** The warning when items this laptop's user confirmed at the offsite were removed from the shared workspace. */
export function removedText(n: number): string {
  return `${n === 1 ? '1 item' : `${n} items`} you confirmed at the offsite ${n === 1 ? 'is' : 'are'} no longer in the shared workspace: restore ${n === 1 ? 'it' : 'them'} from Versions before sharing this plan.`;
}

/** Above the parking lot wherever it is printed: parking needs one leader, so nothing in it is the pair's word. */
export const PARKED_NOTE = 'What either of you parked, one leader alone: open questions, not confirmed by both and not decided.';

/**
 * "the agenda block “Gap 1: Who decides dates”": where a capture was made or an item parked. Context
 * either laptop wrote (not agreed), so printed apart from the agreed line and cleaned (block-title.ts).
 */
export const agendaBlockRef = (blockTitle: string) => `the agenda block “${printedBlockTitle(blockTitle)}”`;

/**
 * Where a capture or parked item sits, titled as this laptop's agenda titles its block id (the title
 * both leaders see on screen) rather than as the record says: the record's title is shown nowhere
 * else, and the partner can rewrite it after both confirmed. A block id the agenda does not have
 * keeps the record's title, said to be the record's. Without `agenda`, the record's title as before.
 */
export function blockPlace(item: { blockId: string; blockTitle: string }, agenda?: ReadonlyMap<string, string>): string {
  const title = agenda?.get(item.blockId);
  if (title !== undefined) return agendaBlockRef(title);
  return agenda ? `a block not on this agenda (recorded as “${printedBlockTitle(item.blockTitle)}”)` : agendaBlockRef(item.blockTitle);
}

/** Under a capture on the offsite summary: what the block title is, and is not. */
export const capturedDuringText = (item: { blockId: string; blockTitle: string }, agenda?: ReadonlyMap<string, string>) =>
  `Captured during ${blockPlace(item, agenda)} (context, not part of what was agreed).`;

/** "and 49,950 more proposed at the offsite (not agreed by both), not listed here"; '' for none. */
export const unlistedOffsiteText = (n: number, what: 'proposed' | 'parked') =>
  n ? `and ${n.toLocaleString('en-US')} more ${what === 'proposed' ? 'proposed at the offsite (not agreed by both)' : 'parked at the offsite (open)'}, not listed here` : '';

/** "2 agreed, 1 proposed and 1 parked"; '' for none. */
function countsText(n: OffsiteCounts | undefined): string {
  const parts = n ? ([[n.agreed, 'agreed'], [n.proposed, 'proposed'], [n.parked, 'parked']] as const).filter(([k]) => k > 0).map(([k, what]) => `${k.toLocaleString('en-US')} ${what}`) : [];
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "Not listed here: 2 agreed, 1 proposed and 1 parked at an earlier offsite (still in the workspace)."; '' for none. */
export function earlierOffsiteText(n: OffsiteCounts | undefined): string {
  const list = countsText(n);
  return list ? `Not listed here: ${list} at an earlier offsite (still in the workspace).` : '';
}

/**
 * "Not listed here: 1 agreed by both but not dated on this laptop (it holds no confirmation of its
 * own with a date, so not which offsite; still in the workspace)."; '' for none. Not "at an earlier
 * offsite": nothing here says it was (summary.ts `undated`).
 */
export function undatedAgreedText(n: number | undefined): string {
  return n ? `Not listed here: ${n.toLocaleString('en-US')} agreed by both but not dated on this laptop (it holds no dated confirmation of its own, so not which offsite; still in the workspace).` : '';
}

/**
 * "Not listed here: 1 agreed and 2 parked at a later offsite (from 2026-04-13, allowing for clock
 * differences, before the next comparison on 2026-04-14; still in the workspace)."; '' for none. The day is the
 * first one counted as later (offsite-scope.ts laterOffsiteFrom), which is the next comparison's day
 * only when they fall together ("from …, the day of the next comparison"). A plan or summary built
 * for last quarter's rounds is last quarter's offsite: a reader is told what came after exists, not
 * shown it as this one's.
 */
export function laterOffsiteText(n: LaterCounts | undefined): string {
  const list = countsText(n);
  if (!list || !n) return '';
  const when = n.from === n.next ? `from ${n.from}, the day of the next comparison` : n.from < n.next ? `from ${n.from}, allowing for clock differences, before the next comparison on ${n.next}` : `from ${n.from}; the next comparison was on ${n.next}`;
  return `Not listed here: ${list} at a later offsite (${when}; still in the workspace).`;
}

/**
 * After an agreed RACI or risk-budget capture whose value the workspace no longer holds
 * (capture-held.ts): "Then changed in the workspace: not confirmed by both." or, where both agreed the
 * change, who and when. '' while it holds (or was not checked).
 */
export function heldText(h: CaptureHeld | undefined, leaders?: PlanLeaders): string {
  if (!h || h.kind === 'holds') return '';
  const what = h.removed ? 'removed from' : 'changed in';
  return h.agreed ? `Then ${what} the workspace; the change is agreed by both: ${agreedByText(leaders, h.agreed)}.` : `Then ${what} the workspace: not confirmed by both.`;
}
