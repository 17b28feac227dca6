import { printedBlockTitle } from '../offsite/block-title';

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

/** Under a capture on the offsite summary: what the block title is, and is not. */
export const capturedDuringText = (blockTitle: string) => `Captured during ${agendaBlockRef(blockTitle)} (context, not part of what was agreed).`;
