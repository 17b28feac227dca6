import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { ceoRef, ctoRef, today } from './fixtures';

const NOTICE =
  "Not verified: Sam's round (CTO) was added to this laptop from a backup and was not checked against their seal here, " +
  'so this plan cannot show that these are the answers they sealed.';

/** A plan built on a partner's round a backup Merge added (Round.unverified) says so to the board. */
describe('a plan on a partner round this laptop never verified', () => {
  const unverified = { ...ctoRef, receivedFrom: 'file' as const, pairedWith: ceoRef.id, unverified: true as const };

  it('says so on the cover, before any other notice', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: { ...unverified, label: 'Another round' }, today });
    expect(plan.cover.notices?.[0]).toBe(NOTICE);
    expect(plan.cover.notices?.[1]).toMatch(/^Different rounds:/);
  });

  it('says so in the Markdown export', () => {
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: unverified, today }));
    expect(md).toContain(`> **${NOTICE}**`);
  });

  it('names the role when the round names nobody', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: { ...unverified, personName: ' ' }, today });
    expect(plan.cover.notices).toEqual([expect.stringMatching(/^Not verified: the CTO's round was added to this laptop from a backup/)]);
  });

  it('says nothing of a verified partner round', () => {
    const { unverified: _, ...verified } = unverified;
    expect(buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: verified, today }).cover.notices).toBeUndefined();
  });
});
