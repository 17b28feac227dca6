import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaultWorkspace } from '../../../../../shared/framework/workspace-defaults';
import { TextSections } from '../../../../../renderer/features/plan/sections/TextSections';
import { agreedPlan, today } from '../../../shared/plan/fixtures';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/** The printed page, like the Markdown: the agreed stamp sits under the pair's checklist, not the framework's rule. */
describe('the printed policies over an agreed cadence asking only for "Customer impact" (review s4b)', () => {
  const ws = defaultWorkspace(today);
  ws.cadence = ws.cadence.map((m) => ({ ...m, prereadChecklist: ['Customer impact'] }));
  const out = text(renderToStaticMarkup(<TextSections id="plan-policies" breakBefore={false} lead="" items={agreedPlan(ws, ['cadence']).policies} />));

  it("prints the options, cost and risk sentence as the framework's rule, and their checklist under the stamp", () => {
    expect(out).toContain(
      "Decision intake The framework's rule, not one the two of you have agreed: a decision reaches a forum only with a written pre-read that lays out the options, the cost of each and the risk of each;",
    );
    expect(out).toMatch(/for: Customer impact\. In the workspace: agreed by both on 2026-01-14\./);
  });
});
