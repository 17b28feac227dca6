import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, makeRound, today } from './fixtures';

const headings = (md: string) => md.split('\n').filter((l) => /^#{1,3} /.test(l));

describe('planToMarkdown without artifacts', () => {
  const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
  const md = planToMarkdown(plan);

  it('has the expected outline', () => {
    expect(headings(md)).toEqual([
      '# Acme: 30-day plan from the 2026-Q1 quarterly reset',
      '## Scores',
      '## Top gaps',
      '### 1. Rule for closing debates',
      '### 2. Who owns delivery dates',
      '## Next 14 days',
      '## Policies',
      '### Decision intake',
      '### Disagree and commit',
      '### Escalation path',
      '### Risk budget policy',
      '## Architecture principles',
      '### Business-critical paths first',
      '### Thin platform, thick product',
      '### Capacity is an input',
      '## Appendix: decision matrix',
      '## Appendix: meeting cadence',
      '## Appendix: risk budgets',
      '## Appendix: exec metrics',
      '## Appendix: dependencies',
      '## Appendix: open decisions',
    ]);
    expect(md.startsWith('# Acme: 30-day plan from the 2026-Q1 quarterly reset\n\n_2026-Q1 quarterly reset · Dana (CEO) and Sam (CTO) · 2026-01-15_\n\nAcme ran its')).toBe(true);
  });

  it('renders scores, warnings, gap ladders and open actions', () => {
    expect(md).toContain('| Decision boundaries | 79 | 67 | 12 |');
    expect(md).toContain('| Conflict resolution | 75 | 63 | 12 |');
    expect(md).toContain('Overall: CEO 76, CTO 70.');
    expect(md).toContain('- Dana (CEO): Technical calls overridden on the spot (sometimes)');
    expect(md).toContain('- Sam (CTO): Technical calls overridden on the spot (often), CTO hears about strategy late (sometimes)');
    expect(md).toContain('| Work item | Adopt a disagree-and-commit rule');
    // The why line already carries both scores; it is printed once, straight above the ladder.
    expect(md).toContain(`### 1. Rule for closing debates\n\n${plan.gaps[0].why}\n\n| Rung | In plain words |`);
    expect(md).toContain('- [ ] **Walk through the top gaps together** (CEO + CTO, due 2026-01-18): ');
    expect(md).not.toContain('- [x]');
  });

  it('prints a note for every missing appendix', () => {
    expect(md).toContain('## Appendix: decision matrix\n\n_No decision matrix yet; writing it is one of the first actions._');
    expect(md).toContain('## Appendix: risk budgets\n\n_No risk budgets agreed yet._');
    expect(md).toContain('## Appendix: dependencies\n\n_No dependency map yet._');
    expect(md.endsWith('## Appendix: open decisions\n\n_No open decisions in the log._\n')).toBe(true);
  });
});

describe('planToMarkdown with artifacts', () => {
  it('ticks done actions and prints the workspace tables', () => {
    const ws = defaultWorkspace(today);
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: ws, today }));
    expect(md).toContain('- [x] **Write the decision authority matrix** (CEO + CTO, due 2026-01-22)');
    expect(md).toContain('- [x] **Put the cadence on both calendars**');
    expect(md).toContain('- [ ] **Agree 5–8 exec metrics and their definitions** (CTO, due 2026-01-29)');
    expect(md).toContain('| Hiring plan for the next 2 quarters | CEO + CTO | Finance, People | Exec team | Quarterly planning |');
    expect(md).toContain('| Weekly CTO–CEO 1:1 | weekly | 45 min | 2026-01-19 | 09:00 |');
    expect(md).toContain('| Delivery | 20% slip accepted on committed work |');
    expect(md).toContain('| Lead time for change | Median time from a change being merged to it running in production. | days | CTO |  |  |');
  });

  it('escapes pipes in gap text and shows a missing score as a dash', () => {
    const ceo = makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, kind: 'repair', event: 'the A|B launch' });
    const cto = makeRound('cto', { base: null, overrides: { 'db-2': 1 } });
    const ws = defaultWorkspace(today);
    ws.ladder[0] = { ...ws.ladder[0], workItem: 'Split | merge\nthen ship', statementIds: ['db-2'] };
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, workspace: ws, today }));
    expect(md).toContain('# Acme: 30-day repair plan after the A|B launch');
    expect(md).toContain('| Work item | Split \\| merge<br>then ship |');
    // The CTO scored only db-2: no area has enough statements scored by both to compare.
    expect(md).toContain('| Communication quality | – | – | – |');
    expect(md).toContain('| Decision boundaries | – | – | – |');
  });
});
