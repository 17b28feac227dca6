/**
 * Size limits for anything read from disk, storage or a peer. Files and peer
 * messages are untrusted input, so every reader checks these before parsing.
 */

/** Largest file (sealed round, export) we will read. */
export const MAX_FILE_BYTES = 1_000_000;
/** Largest single message accepted from a peer. */
export const MAX_PEER_MESSAGE_BYTES = 256_000;
/** Longest free-text field, such as a note. */
export const MAX_TEXT = 2000;
/** Longest round label or event name. */
export const MAX_LABEL = 200;
/** Longest person or company name. */
export const MAX_NAME = 100;
/** Longest id (round ids are UUIDs; this leaves room). */
export const MAX_ID = 100;
/** Deepest JSON nesting accepted; real documents need fewer than 6 levels. */
export const MAX_JSON_DEPTH = 32;
/**
 * Largest shared Yjs document (the workspace, a comparison session), encoded.
 * The live session refuses a peer update that would grow a document past it,
 * and a backup accepts any document up to it, so whatever a session accepted
 * always fits in this laptop's own backup and restores. A 10,000-entry
 * decision log is a few MB; anything far beyond is not a workspace.
 */
export const MAX_WORKSPACE_DOC_BYTES = 32_000_000;
