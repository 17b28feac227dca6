import { describe, expect, it } from 'vitest';
import { formatMinutes, workspaceToMarkdown } from '../../../../shared/workspace/markdown';
import { mdCell, mdTable } from '../../../../shared/workspace/markdown-table';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';

const ws = defaultWorkspace(new Date(2026, 0, 15));

/** Splits a GFM row on unescaped pipes, the way a renderer does. */
const cells = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());

describe('markdown helpers', () => {
  it('escapes pipes and line breaks in cells', () => {
    expect(mdCell('a|b\nc')).toBe('a\\|b<br>c');
    expect(mdTable(['A', 'B'], [['x|y', 'z']])).toBe('| A | B |\n| --- | --- |\n| x\\|y | z |');
    expect(mdTable(['A'], [])).toBe('_None yet._');
  });

  it('formats minutes', () => {
    expect([45, 90, 240, 0].map(formatMinutes)).toEqual(['45 min', '1 h 30 min', '4 h', '0 min']);
  });
});

describe('workspaceToMarkdown', () => {
  const md = workspaceToMarkdown(ws);

  it('has a title and one heading per artifact, in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Alignment workspace',
      '## Decision authority matrix',
      '## Translation guide',
      '## Meeting cadence',
      '## Risk budgets',
      '## Exec metrics',
      '## Dependencies',
      '## Open decisions',
      '## Decision log',
    ]);
  });

  it('renders the matrix with joint owners and lists', () => {
    expect(md).toContain('| Delivery date for a top-3 initiative | CEO + CTO | Product, Eng leads | Board | Monthly, then weekly |');
    expect(md).toContain('| Infra spend over $25k per month | CEO | CTO, Finance | Board | Monthly finance |');
  });

  it('renders cadence with decision names, risk budgets with numbers, empty sections with a note', () => {
    expect(md).toMatch(/\| Monthly strategy review \| monthly \| 1 h 30 min \| 2026-01-21 \| 14:00 \| Product bet and target segment, /);
    expect(md).toContain('| Reliability | 130 minutes of customer-facing downtime per quarter on critical flows |');
    expect(md).toContain('| Critical flows | Not yet named |');
    expect(md).toMatch(/## Dependencies\n\n_None yet._/);
    expect(md).toMatch(/## Open decisions\n\n_None yet._\n\n## Decision log\n\n_None yet._\n$/);
  });

  it('keeps table shape when text contains pipes and newlines', () => {
    const w = defaultWorkspace(new Date(2026, 0, 15));
    w.matrix[0] = { ...w.matrix[0], decision: 'Bet A | Bet B\nsecond line' };
    w.log = [
      { id: 'l1', kind: 'decision', what: 'Pick | drop', decidedBy: 'CEO', forum: 'Monthly', date: '2026-01-10', options: ['a|b', 'c'], status: 'open' },
      { id: 'l2', kind: 'decision', what: 'Closed one', decidedBy: 'CEO', forum: 'Monthly', date: '2026-01-11', options: [], status: 'closed' },
    ];
    w.dependencies = { roadmapItem: 'Segment launch', dependencies: [{ id: 'd', name: 'Billing', status: 'red', owner: 'Ana', note: '' }] };
    const out = workspaceToMarkdown(w, { title: 'Acme\nworkspace' });
    expect(out.startsWith('# Acme workspace\n')).toBe(true);
    const row = out.split('\n').find((l) => l.startsWith('| Bet A'))!;
    expect(cells(row)).toHaveLength(5);
    expect(row).toContain('Bet A \\| Bet B<br>second line');
    const logRow = out.split('\n').find((l) => l.includes('Pick'))!;
    expect(cells(logRow)).toHaveLength(7);
    // Closed entries are not open decisions, but the decision log keeps them.
    const open = out.slice(out.indexOf('## Open decisions'), out.indexOf('## Decision log'));
    expect(open).not.toContain('Closed one');
    expect(out.slice(out.indexOf('## Decision log'))).toContain('| 2026-01-11 | decision | Closed one |  | CEO | Monthly |  | closed |');
    expect(out).toContain('Segment launch: 1 of 1 dependencies red: Billing (owner: Ana).');
  });
});
