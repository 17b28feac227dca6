/*
 * Review (board reader): the cover named the rounds ("2026-Q1 quarterly reset") but not when they were
 * sealed: a plan opened from History read as current. The cover and the Markdown say when each
 * compared round was sealed.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { ceoRef, ctoRef, today } from './fixtures';

describe('the cover says when the compared rounds were sealed', () => {
  const ceo = { ...ceoRef, sealedAt: new Date(2026, 0, 9, 17).toISOString() };
  const cto = { ...ctoRef, sealedAt: new Date(2026, 0, 12, 9).toISOString() };
  const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceo, ctoRound: cto, today });

  it('each round’s local seal day', () => {
    expect(p.cover.sealed).toEqual({ ceo: '2026-01-09', cto: '2026-01-12' });
  });

  it('in the Markdown, under the title', () => {
    const md = planToMarkdown(p);
    expect(md).toContain('\n\nRounds sealed: CEO 2026-01-09, CTO 2026-01-12.\n\n');
    expect(md.indexOf('Rounds sealed:')).toBeLessThan(md.indexOf('## Scores'));
  });
});
