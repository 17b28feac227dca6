import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { FRAMEWORK } from '../../../../shared/framework/content';
import { makeRound, today } from './fixtures';

const [overrides, late, ...rest] = FRAMEWORK.warningSigns;

describe("a warning sign one leader answered don't know or left open", () => {
  const build = () => {
    const ceo = makeRound('ceo', { base: 4, warnings: Object.fromEntries(FRAMEWORK.warningSigns.map((w) => [w.id, w.id === overrides.id ? 'often' : w.id === late.id ? 'sometimes' : 'never'])) });
    // The CTO does not know about overrides and never answered "strategy late".
    const cto = { ...makeRound('cto', { base: 4 }), warnings: { [overrides.id]: 'dont-know' as const, ...Object.fromEntries(rest.map((w) => [w.id, 'never' as const])) } };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    return { plan };
  };

  it('is not printed as "Never" beside the sign the other reported (PDF table)', () => {
    const { plan } = build();
    expect(plan.scores.warnings).toEqual([
      { id: overrides.id, title: overrides.title, ceo: 'Often', cto: "Don't know" },
      { id: late.id, title: late.title, ceo: 'Sometimes', cto: 'Not answered' },
    ]);
  });

  it('is not summed up as "none" in the Markdown', () => {
    const { plan } = build();
    const md = planToMarkdown(plan);
    expect(md).toContain(`- Sam (CTO): none; don't know: ${overrides.title}; not answered: ${late.title}`);
    expect(md).toContain(`- Dana (CEO): ${overrides.title} (often), ${late.title} (sometimes)\n`);
  });
});

describe('no warning sign reported, but one leader did not know', () => {
  const build = () => {
    const cto = { ...makeRound('cto', { base: 4 }), warnings: Object.fromEntries(FRAMEWORK.warningSigns.map((w) => [w.id, 'dont-know' as const])) };
    const ceo = { ...makeRound('ceo', { base: 4 }), warnings: Object.fromEntries(FRAMEWORK.warningSigns.map((w) => [w.id, 'never' as const])) };
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });
    return { plan };
  };

  it('does not read as "all clear" on the cover', () => {
    const { plan } = build();
    expect(plan.cover.summary).not.toContain('Neither of you reported any warning signs.');
    expect(plan.cover.summary).toContain(`Neither of you reported a warning sign, but the CTO did not know or did not answer ${FRAMEWORK.warningSigns.length} of them.`);
  });
});
