import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { allStatements } from '../../../../shared/framework/content';
import { makeRound, today } from './fixtures';

/**
 * An area too few statements were scored by both in prints "–" for both scores and the gap.
 * In the Markdown nothing said why: "| Conflict resolution | – | – | – |" reads as "no gap".
 */
describe('an area not compared, in the Markdown', () => {
  const build = () => {
    const ceo = makeRound('ceo', { base: 4 });
    const cto = makeRound('cto', { base: 3 });
    for (const s of allStatements().filter((x) => x.areaId === allStatements().at(-1)!.areaId).slice(0, 5)) delete cto.answers[s.id];
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    return { plan };
  };

  it('says it was not compared, and why', () => {
    const { plan } = build();
    const area = plan.scores.areas.at(-1)!;
    expect([area.ceo, area.cto, area.delta]).toEqual([null, null, null]);
    const md = planToMarkdown(plan);
    const end = md.search(/^## (Top \d gaps|Gaps|The one gap)/m);
    expect(end).toBeGreaterThan(0);
    const scores = md.slice(md.indexOf('## Scores'), end);
    expect(scores).toContain(`${area.title}: not compared`);
    expect(scores).toMatch(/you both scored only 1 of 6 statements here/);
  });
});
