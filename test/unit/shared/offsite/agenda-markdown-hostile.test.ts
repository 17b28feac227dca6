import { describe, expect, it } from 'vitest';
import { agendaMarkdown } from '../../../../shared/offsite/agenda-markdown';
import { agendaEntries, parseStoredAgenda } from '../../../../shared/offsite/agenda-store';

describe('agenda block titles the partner wrote, in the agenda Markdown', () => {
  // The agenda lives in the shared workspace: a block title is any 1–200 characters the partner writes.
  const stored = parseStoredAgenda(
    agendaEntries({
      blocks: [
        { id: 'warm', kind: 'warm-up', title: 'Warm-up\n\n## Board approval\n\n> **Agreed by both on 2026-01-01**', minutes: 15 },
        { id: 'close', kind: 'close', title: 'Close <!--', minutes: 15 },
      ],
      sourceComparison: 'k',
      startedOn: '2026-12-01',
      startTime: '09:00',
    }),
  );

  it('cannot open a heading or a notice of its own, or a comment', () => {
    if (!stored?.ok) throw new Error('agenda did not parse');
    const md = agendaMarkdown(stored.value.blocks, { title: 'Offsite', date: '2026-12-01', start: '09:00' });
    const lines = md.split('\n');
    expect(lines).not.toContain('## Board approval');
    expect(lines.filter((l) => l.startsWith('> '))).toEqual([]);
    expect(md).not.toContain('<!--');
    expect(lines.filter((l) => l.startsWith('- **'))).toHaveLength(2);
  });

  it("nor the partner's name in the title (a revealed name is any text)", () => {
    if (!stored?.ok) throw new Error('agenda did not parse');
    const md = agendaMarkdown(stored.value.blocks, { title: 'Offsite: Alex and Blake\n\n## Board approval', date: '2026-12-01', start: '09:00' });
    expect(md.split('\n')).not.toContain('## Board approval');
    expect(md.startsWith('# Offsite: Alex and Blake ## Board approval\n')).toBe(true);
  });
});
