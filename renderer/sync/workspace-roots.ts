import { LINKED_GAPS, LIST_KEYS, RISK, ROADMAP_ITEM, flowKey, orderKey } from './workspace-doc';

/** Every top-level name the workspace doc may hold; anything else from a peer is refused. */
export const WORKSPACE_ROOTS: readonly string[] = [
  ...LIST_KEYS,
  ...LIST_KEYS.map(orderKey),
  RISK,
  ROADMAP_ITEM,
  LINKED_GAPS,
  'meta',
  // Agreement records and the pair's policy numbers (workspace-agreement.ts).
  'agreement',
  'policies',
  'bets',
  // The pair's fix per gap and their pinned gaps (workspace-gap-fixes.ts, workspace-pins.ts).
  'gapFixes',
  'gapPins',
  ...[0, 1, 2].map(flowKey),
  // The offsite agenda (workspace-agenda.ts).
  'agenda',
  // The offsite: what the pair captured in the room, its actions and the parking lot (offsite-capture.ts).
  'captures',
  'actions',
  'parking',
];
