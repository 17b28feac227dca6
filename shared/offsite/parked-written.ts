/**
 * A parked item as this laptop wrote it, for its own-write record (renderer/sync/own-parked.ts):
 * every field a reader is shown or that files it under a leader (text, block, title, author, name,
 * creation). Parking needs one leader and nothing edits a parked item, so any change to one written
 * here is someone else's write. Prefixed so it is never mistaken for a capture's or an agreement's hash.
 */
import { contentHash } from '../workspace/agreement';
import type { ParkedItem } from './capture';

export const parkedWrittenHash = (p: ParkedItem) =>
  `p:${contentHash({ id: p.id, text: p.text, blockId: p.blockId, blockTitle: p.blockTitle, author: p.author ?? null, authorName: p.authorName, createdAt: p.createdAt })}`;
