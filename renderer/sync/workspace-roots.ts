import { LINKED_GAPS, LIST_KEYS, RISK, ROADMAP_ITEM, flowKey, orderKey } from './workspace-doc';

/**
 * How deep a shared type may sit (a type in a root: 1). The workspace nests two (a row map, its
 * texts and lists); Yjs reads and clones nested types recursively, so a 20,000-deep one would
 * overflow whatever reads it whole. The peer guard refuses deeper ones; a backup restore drops them.
 */
export const MAX_TYPE_DEPTH = 4;

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
