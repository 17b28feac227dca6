import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseBlocks, readAgendaBlocks } from '../../../../../renderer/features/offsite/summary/agenda-blocks';

describe('agenda blocks from the shared doc', () => {
  it('reads the blocks the agenda wrote, skipping malformed ones', () => {
    const doc = new Y.Doc();
    doc.getMap('agenda').set(
      'blocks',
      JSON.stringify([
        { id: 'warm-up', kind: 'warm-up', title: 'Warm-up', minutes: 10 },
        { id: 'x', kind: 'karaoke', title: 'Not a kind', minutes: 5 },
        { id: 'gap-db-1', kind: 'gap', title: 'Gap 1', minutes: 15, statementId: 'db-1' },
        'nonsense',
      ]),
    );
    expect(readAgendaBlocks(doc).map((b) => b.id)).toEqual(['warm-up', 'gap-db-1']);
  });

  it('no agenda, or not JSON: no blocks (the page falls back to "General")', () => {
    expect(readAgendaBlocks(new Y.Doc())).toEqual([]);
    expect(parseBlocks('{')).toEqual([]);
    expect(parseBlocks(42)).toEqual([]);
  });
});
