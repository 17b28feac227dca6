import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, makeRound, today } from './fixtures';

const headings = (md: string) => md.split('\n').filter((l) => /^#{1,3} /.test(l));

describe('planToMarkdown without artifacts', () => {
  const build = () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
    const md = planToMarkdown(plan);
    return { plan, md };
  };

  it('has the expected outline', () => {
    const { md } = build();
    expect(headings(md)).toEqual([
      '# Acme: 30-day plan from the 2026-Q1 quarterly reset',
      '## Scores',
      '## Top 2 gaps',
      '### 1. Rule for closing debates',
      '### 2. Who owns delivery dates',
      '## Days 1–14',
      '## Days 15–30',
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
      '## Appendix: translation guide',
      '## Appendix: meeting cadence',
      '## Appendix: risk budgets',
      '## Appendix: exec metrics',
      '## Appendix: dependencies',
      '## Appendix: decision log',
      '## Appendix: notes for the plan',
    ]);
    expect(md.startsWith('# Acme: 30-day plan from the 2026-Q1 quarterly reset\n\n_2026-Q1 quarterly reset · Dana (CEO) and Sam (CTO) · 2026-01-15_\n\nRounds sealed: CEO 2026-01-12, CTO 2026-01-12.\n\nAcme ran its')).toBe(true);
  });

  it('renders scores, warnings, gap ladders and open actions', () => {
    const { plan, md } = build();
    expect(md).toContain('| Decision boundaries | 79 | 67 | 12 |');
    expect(md).toContain('| Conflict resolution | 75 | 63 | 12 |');
    expect(md).toContain('Overall: CEO 76, CTO 70.');
    expect(md).toContain('- Dana (CEO): Technical calls overridden on the spot (sometimes)');
    expect(md).toContain('- Sam (CTO): Technical calls overridden on the spot (often), CTO hears about strategy late (sometimes)');
    expect(md).toContain('| Work item | Log every decision behind "Rule for closing debates"');
    expect(md).toContain(`### 1. Rule for closing debates\n\n${plan.gaps[0].why}\n\nFix for this gap (template from the framework, not yet edited or agreed by the two of you):\n\n| Rung | In plain words |`);
    expect(md).toContain('- [ ] **Walk through the top gaps together** (CEO + CTO, due 2026-01-14, overdue): Overdue: due 2026-01-14, before this plan\'s date (2026-01-15), and nothing here records whether it was done. ');
    expect(md).toContain('Re-score round: 2026-02-11.');
    expect(md).not.toContain('- [x]');
  });

  it('prints a note for every missing appendix', () => {
    const { md } = build();
    expect(md).toContain('## Appendix: decision matrix\n\n_Not started: open the Workspace and write it together._');
    expect(md).toContain('## Appendix: decision log\n\n_No decisions logged yet._');
    expect(md).toMatch(/## Appendix: notes for the plan\n\n_No notes were marked for the plan\./);
  });
});

describe('planToMarkdown with artifacts', () => {
  it('ticks done actions and prints the workspace tables', () => {
    const ws = defaultWorkspace(today);
    ws.log = [{ id: 'l1', kind: 'decision', what: 'Ship narrow', decidedBy: 'CEO', forum: 'Monthly strategy', date: '2026-01-10', options: ['narrow', 'wait'], commitDeadline: '2026-01-20', status: 'decided' }];
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: ws }, today }));
    expect(md).toContain('- [ ] **Write the decision authority matrix** (CEO + CTO, due 2026-01-19)');
    expect(md).toContain('- [ ] **Agree 5–8 exec metrics and their definitions** (CTO, due 2026-01-26)');
    expect(md).toContain('_State: template — not yet agreed by both._');
    expect(md).toContain('| 2026-01-10 | decision | Ship narrow | narrow, wait | CEO | Monthly strategy | 2026-01-20 | decided as logged, not confirmed by both |');
    expect(md).toContain('| Hiring plan for the next 2 quarters | CEO + CTO | Finance, People | Exec team | Quarterly planning |');
    expect(md).toContain('| Weekly CTO–CEO 1:1 | weekly | 45 min | 2026-01-19 | 09:00 |');
    expect(md).toContain('| Delivery slip accepted | 20% on committed work | proposed (not yet agreed) |');
    // Metrics with no target and no values are template lines: not printed as a table.
    expect(md).toContain('_No metric has a target or a value yet');
  });

  it('escapes pipes in gap text and shows a missing score as a dash', () => {
    const ceo = makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, kind: 'repair', event: 'the A|B launch' });
    // Both rounds name the event: the title carries it only then (event-both-leaders.test.ts).
    const cto = makeRound('cto', { base: null, overrides: { 'db-2': 1 }, kind: 'repair', event: 'the A|B launch' });
    const ws = defaultWorkspace(today);
    ws.ladder[0] = { ...ws.ladder[0], workItem: 'Split | merge\nthen ship' };
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, workspace: { workspace: ws }, today }));
    expect(md).toContain('# Acme: 30-day repair plan after the A|B launch');
    expect(md).toContain('| Split \\| merge<br>then ship |');
    // The CTO scored only db-2: no area has enough statements scored by both to compare.
    expect(md).toContain('| Communication quality | – | – | – |');
    expect(md).toContain('| Decision boundaries | – | – | – |');
  });
});
