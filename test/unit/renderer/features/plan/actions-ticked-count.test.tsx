/**
 * The template actions' lead said "None is agreed yet." above a row reading "In the workspace:
 * agreed by both on …" (exec metrics agreed by both, without their targets: not ticked). The count
 * now says which are ticked, and which have an agreed artifact that is not complete.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ActionsSection } from '../../../../../renderer/features/plan/sections/ActionsSection';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { planToMarkdown } from '../../../../../shared/plan/markdown';
import { agreedPlan, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');

describe('the template actions lead', () => {
  it('does not deny an agreement the rows show', () => {
    const plan = agreedPlan(defaultWorkspace(today), ['metrics']);
    const out = text(renderToStaticMarkup(<ActionsSection plan={plan} />));
    expect(out).toContain('In the workspace: agreed by both on');
    expect(out).not.toContain('None is agreed yet');
    expect(out).toContain('None is ticked yet; 1 has its artifact agreed by both but not yet complete, so not ticked.');
    expect(planToMarkdown(plan)).toContain('None is ticked yet; 1 has its artifact agreed by both but not yet complete, so not ticked.');
  });

  it('counts the ticked ones and the agreed but incomplete ones apart', () => {
    const plan = agreedPlan(defaultWorkspace(today), ['cadence', 'matrix', 'metrics', 'dependencies']);
    expect(text(renderToStaticMarkup(<ActionsSection plan={plan} />))).toContain(
      '2 are agreed and ticked; 2 more have their artifacts agreed by both but not yet complete, so not ticked.',
    );
  });

  it('with nothing agreed, says so', () => {
    const plan = agreedPlan(defaultWorkspace(today), []);
    expect(text(renderToStaticMarkup(<ActionsSection plan={plan} />))).toContain('None is agreed yet.');
  });
});
