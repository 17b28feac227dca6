import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { withNotices, withheldNotices, type WithheldRecord } from '../../../../shared/plan/withheld';
import { ceoRef, ctoRef, today } from './fixtures';

const rec = (over: Partial<WithheldRecord> = {}): WithheldRecord => ({
  roundId: ceoRef.id,
  partnerName: 'Sam Lee',
  partnerRole: 'cto',
  revealedAt: '2026-01-12T10:05:00.000Z',
  notedAt: '2026-01-12T10:06:00.000Z',
  ...over,
});

describe('withheld reveals in the plan', () => {
  it('names the round, the day and who kept the answers without revealing', () => {
    expect(withheldNotices([rec()], { ceo: ceoRef, cto: ctoRef })).toEqual([
      'Withheld reveal: in the live comparison of Dana\'s round "2026-Q1 quarterly reset" on 2026-01-12, the CEO\'s answers were revealed to Sam Lee (CTO), who never revealed theirs.',
    ]);
  });

  it('a partner whose reveal was refused is not said to have never revealed: the reason is given instead', () => {
    const [n] = withheldNotices([rec({ refused: "reveals.cto.payload.sealedAt: must not be later than this laptop's clock" })], { ceo: ceoRef, cto: ctoRef });
    expect(n).toContain("revealed to Sam Lee (CTO), whose own reveal was refused as not valid (reveals.cto.payload.sealedAt: must not be later than this laptop's clock): the exchange was not completed.");
    expect(n).not.toContain('never revealed');
  });

  it('says nothing for other rounds, or for a record that names this round’s own role as the partner', () => {
    expect(withheldNotices([rec({ roundId: 'another-round' })], { ceo: ceoRef, cto: ctoRef })).toEqual([]);
    expect(withheldNotices([rec({ partnerRole: 'ceo' })], { ceo: ceoRef, cto: ctoRef })).toEqual([]);
    expect(withheldNotices([], { ceo: ceoRef, cto: ctoRef })).toEqual([]);
  });

  it('falls back to the noted time and the role when the record lacks them', () => {
    const [n] = withheldNotices([rec({ revealedAt: undefined, partnerName: ' ' })], { ceo: ceoRef, cto: ctoRef });
    expect(n).toContain('on 2026-01-12, the CEO\'s answers were revealed to The CTO (CTO)');
  });

  it('reaches the cover of the plan and the Markdown source; a plan without one is unchanged', () => {
    const plan = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today });
    expect(withNotices(plan, [])).toBe(plan);
    const marked = withNotices(plan, withheldNotices([rec()], { ceo: ceoRef, cto: ctoRef }));
    expect(marked.cover.notices).toHaveLength(1);
    const md = planToMarkdown(marked);
    expect(md).toContain('> **Withheld reveal: in the live comparison of Dana\'s round "2026-Q1 quarterly reset" on 2026-01-12');
    expect(planToMarkdown(plan)).not.toContain('Withheld reveal');
  });
});

describe('a withheld notice for a round with untidy text', () => {
  it('names the round and its owner trimmed, and the role when the name is blank', () => {
    const ceo = { ...ceoRef, personName: '  ', label: ' 2026-Q1 quarterly reset ' };
    expect(withheldNotices([rec()], { ceo, cto: ctoRef })).toEqual([
      'Withheld reveal: in the live comparison of the CEO\'s round "2026-Q1 quarterly reset" on 2026-01-12, the CEO\'s answers were revealed to Sam Lee (CTO), who never revealed theirs.',
    ]);
    const [n] = withheldNotices([rec()], { ceo: { ...ceoRef, personName: ' Dana ' }, cto: ctoRef });
    expect(n).toContain('in the live comparison of Dana\'s round "2026-Q1 quarterly reset"');
  });
});
