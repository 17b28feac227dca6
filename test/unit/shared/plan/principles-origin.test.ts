import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { ceoRef, ctoRef, today } from './fixtures';

/** The markdown between one "### title" and the next heading. */
function section(md: string, title: string): string {
  const start = md.indexOf(`### ${title}\n`);
  const rest = md.slice(start + title.length + 5);
  return rest.slice(0, rest.search(/\n#{2,3} /));
}

/**
 * Two architecture principles are the framework's text, the same in every plan; nothing in the
 * workspace lets the pair agree them. Printed bare, "Platform work is funded when…" reads as a
 * rule the two leaders set.
 */
describe("the framework's own principles", () => {
  const build = () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today, workspace: { workspace: defaultWorkspace(today) } });
    return { plan };
  };

  it('each principle says where it stands: agreed or not, or the framework’s text', () => {
    const { plan } = build();
    for (const p of plan.principles) expect(Boolean(p.state) || /not .*agreed/.test(p.origin ?? ''), p.title).toBe(true);
  });

  it('the Markdown says so under each of them', () => {
    const { plan } = build();
    const md = planToMarkdown(plan);
    for (const title of ['Thin platform, thick product', 'Capacity is an input']) expect(section(md, title)).toMatch(/framework.*not .*agreed/i);
  });
});
