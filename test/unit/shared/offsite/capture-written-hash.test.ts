import { describe, expect, it } from 'vitest';
import { CAPTURE_SCHEMA } from '../../../../shared/offsite/capture-record';
import { captureHash, writtenHash } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';

/*
 * Review: a capture's metadata (block, block title, offsite file…) is outside captureHash, so the
 * partner could rewrite it on the leader's capture and it still read as the leader's. writtenHash
 * is what this laptop remembers of what it wrote (own-writes.ts): every field of the record but
 * `editedAt`. The agreement hash stays the body's (existing confirmations hold).
 */
const base: Capture = {
  id: 'c1', kind: 'action', text: 'Publish the matrix', owner: 'CTO', due: '2026-12-01',
  blockId: 'b1', blockTitle: 'Hiring', author: 'ceo', authorName: 'Alex Kim', createdAt: '2026-11-26T10:00:00.000Z',
};
const CHANGED: Record<string, unknown> = {
  id: 'c2', blockId: 'b-gone', blockTitle: 'Something else', author: 'cto', authorName: 'Blake Moreau',
  createdAt: '2026-11-27T10:00:00.000Z', importedFrom: { role: 'cto', name: 'Blake Moreau', at: '2026-11-26T10:00:00.000Z' },
  kind: 'decision', text: 'Other words', owner: 'CEO', due: '2026-12-02',
};

describe('writtenHash: the capture as written, metadata included', () => {
  const keys = Object.keys((CAPTURE_SCHEMA.options.find((o) => o.entries.kind.literal === 'action')!).entries);

  it('covers every field of the stored record but editedAt', () => {
    for (const k of keys) {
      if (k === 'editedAt') continue;
      expect(Object.prototype.hasOwnProperty.call(CHANGED, k), `test lacks a change for "${k}"`).toBe(true);
      expect(writtenHash({ ...base, [k]: CHANGED[k] } as Capture), k).not.toBe(writtenHash(base));
    }
  });

  it('an edit saved unchanged (editedAt only) keeps it; an absent author and one set undefined are the same record', () => {
    expect(writtenHash({ ...base, editedAt: '2026-11-27T10:00:00.000Z' })).toBe(writtenHash(base));
    const { author: _, ...noAuthor } = base;
    expect(writtenHash({ ...noAuthor, author: undefined } as Capture)).toBe(writtenHash(noAuthor as Capture));
  });

  it('the importedFrom change moves the record hash and leaves the agreement hash alone', () => {
    const moved = { ...base, blockId: 'b-gone', blockTitle: 'x', importedFrom: { role: 'cto' as const, name: 'Blake', at: '2026-11-26T10:00:00.000Z' } };
    expect(captureHash(moved)).toBe(captureHash(base));
    expect(writtenHash(moved)).not.toBe(writtenHash(base));
    // Never mistaken for an agreement hash (32 hex digits).
    expect(writtenHash(base)).toMatch(/^w:[0-9a-f]{32}$/);
  });
});
