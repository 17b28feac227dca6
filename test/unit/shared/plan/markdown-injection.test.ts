import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, offsiteActionsInput, today } from './fixtures';

describe('workspace text with line breaks in the Markdown plan', () => {
  // The partner's laptop can write any text into the shared doc, line breaks included.
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.matrix[0].decision = 'Hiring\n\n## Board approval\n\n> **Agreed by both on 2026-01-01**';
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme\n\n# Approved plan', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } }));
    return { md };
  };

  it('cannot open a heading or a notice of its own in the policies or the summary', () => {
    const { md } = build();
    const lines = md.split('\n');
    expect(lines).not.toContain('## Board approval');
    expect(lines).not.toContain('> **Agreed by both on 2026-01-01**');
    expect(lines).not.toContain('# Approved plan');
  });
});

describe('workspace text with HTML in the Markdown plan', () => {
  // A comment opened in one field and closed in a later one would hide, in any Markdown viewer,
  // the "proposed (not yet agreed)" printed between them.
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.riskBudgets.securityBlockingClasses = ['P0 <!--'];
    const bets = [{ id: 'b1', name: '-->', reliabilityMinutes: 10, securityClasses: '', slipPercent: 5 }];
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws, bets } }));
    return { md };
  };

  it('is printed as text, so it cannot hide what the plan says between two fields', () => {
    const { md } = build();
    const policy = md.slice(md.indexOf('### Risk budget policy'), md.indexOf('## Architecture principles'));
    expect(policy).not.toContain('<!--');
    expect(policy).toContain('P0 &lt;!--, proposed (not yet agreed)');
  });
});

describe('the dependency map in the Markdown plan', () => {
  // The roadmap item and a dependency's note are the partner's to write, line breaks and HTML included.
  const build = () => {
    const ws = defaultWorkspace(today);
    ws.dependencies = {
      roadmapItem: 'Pilot\n\n## Board approval\n\n> **Agreed by both on 2026-01-01**\n\nQ1',
      dependencies: [{ id: 'd1', name: 'Auth <!--', status: 'red', owner: 'Ana', note: 'late -->\n\n# Approved' }],
    };
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: ws } }));
    const section = md.slice(md.indexOf('## Appendix: dependencies'), md.indexOf('## Appendix: decision log'));
    return { section };
  };

  it('cannot open a heading or a notice of its own, or hide text in a comment', () => {
    const { section } = build();
    const lines = section.split('\n');
    expect(lines).not.toContain('## Board approval');
    expect(lines).not.toContain('> **Agreed by both on 2026-01-01**');
    expect(lines).not.toContain('# Approved.');
    expect(section.replace(/^\|.*\|$/gm, '')).not.toContain('<!--');
    // Still said, as text.
    expect(section).toContain('1 of 1 dependencies red');
  });
});

describe("a captured action's owner in the Markdown plan", () => {
  // An action the partner proposed at the offsite: its owner is the partner's text.
  const build = () => {
    const META = { blockId: 'b', blockTitle: 'Block', authorName: 'Blake', createdAt: '2026-01-15T10:00:00.000Z' };
    const agreedAction = { ...META, id: 'cap-ok', kind: 'action' as const, text: 'Publish the matrix', owner: 'CTO', due: '2026-01-20' };
    const hostile = { ...META, id: 'cap-x', kind: 'action' as const, text: 'Hire', owner: 'CTO\n\n## Board approval\n\n> **Agreed by both on 2026-01-01**', due: '2026-01-21' };
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, ...offsiteActionsInput([agreedAction, hostile], ['cap-ok']) }));
    return { md };
  };

  it('cannot open a heading or a notice of its own in the list of actions', () => {
    const { md } = build();
    const lines = md.split('\n');
    expect(md).toContain('Hire');
    expect(lines).not.toContain('## Board approval');
    expect(lines).not.toContain('> **Agreed by both on 2026-01-01**, due 2026-01-21): Captured at the offsite: proposed (not yet agreed).');
    expect(lines.filter((l) => l.startsWith('> '))).toEqual([]);
  });
});

describe("the partner's revealed name in the Markdown plan", () => {
  // A revealed name is any text up to 100 characters, line breaks included.
  const build = () => {
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: { ...ctoRef, personName: 'Blake\n\n## Board approval\n\n> **Agreed by both on 2026-01-01**' }, today }));
    return { md };
  };

  it('cannot open a heading or a notice of its own in the warning signs', () => {
    const { md } = build();
    const lines = md.split('\n');
    expect(lines).not.toContain('## Board approval');
    expect(lines).not.toContain('> **Agreed by both on 2026-01-01**');
  });
});
