/*
 * A dependency whose status nobody set is not "not red": "none of 3 dependencies is red" tells the
 * board the map was rated and is clear. The plan (screen, PDF and Markdown) says how many are not
 * rated, and prints each one's status as "not set", never green.
 */
import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { createDependency } from '../../../../shared/workspace/dependencies';
import { agreedPlan, today } from './fixtures';

function withDependencies(...names: string[]) {
  const ws = defaultWorkspace(today);
  // As the workspace adds them (DependenciesEditor → createDependency): nobody has rated them yet.
  ws.dependencies = { roadmapItem: 'Enterprise SSO', dependencies: names.map((name, i) => createDependency({ id: `d${i}`, name })) };
  return ws;
}

describe('the dependency appendix with dependencies nobody rated', () => {
  it('says how many are not rated instead of "none is red"', () => {
    const p = agreedPlan(withDependencies('IdP contract', 'Audit log service', 'Pen test'), []);
    expect(p.appendices.dependencies.summary).toBe('Enterprise SSO: 3 of 3 dependencies not rated yet (green, yellow or red).');
    const md = planToMarkdown(p);
    expect(md).toContain('Enterprise SSO: 3 of 3 dependencies not rated yet (green, yellow or red).');
    expect(md).not.toMatch(/none of 3 dependencies is red/);
  });

  it('prints each status as not set, not green', () => {
    const p = agreedPlan(withDependencies('IdP contract', 'Pen test'), []);
    expect(p.appendices.dependencies.value!.dependencies.map((d) => d.statusText)).toEqual(['not set', 'not set']);
    expect(planToMarkdown(p)).toContain('| IdP contract | not set |');
  });
});
