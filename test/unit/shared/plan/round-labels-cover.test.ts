/*
 * Each leader names the round they seal. The plan printed the CEO's name alone as the pair's
 * round — in the title, the subtitle, the cover's "Round" and the summary ("Acme ran its …") —
 * so on the CTO's laptop the board read the partner's name for a round the CTO called otherwise.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { ceoRef, ctoRef, today } from './fixtures';

const plan = (ceoLabel: string, ctoLabel: string) =>
  buildRepairPlan({ companyName: 'Acme', ceoRound: { ...ceoRef, label: ceoLabel }, ctoRound: { ...ctoRef, label: ctoLabel }, today });

describe('a plan from two rounds named differently', () => {
  const p = plan('2026-Q1 quarterly reset', '2026-Q1 re-score');

  it('names both rounds, each with whose it is, on the cover and in the subtitle', () => {
    expect(p.cover.roundLabel).toBe('"2026-Q1 quarterly reset" (CEO) and "2026-Q1 re-score" (CTO): two different rounds, compared as one');
    expect(p.subtitle).toBe('"2026-Q1 quarterly reset" (CEO) and "2026-Q1 re-score" (CTO) · Dana (CEO) and Sam (CTO) · 2026-01-15');
  });

  it("does not put one leader's name in the title or the summary as the pair's round", () => {
    expect(p.title).toBe('Acme: 30-day plan');
    expect(p.cover.summary).toMatch(/^Acme's two leaders answered differently named rounds: "2026-Q1 quarterly reset" \(CEO\) and "2026-Q1 re-score" \(CTO\)\. Overall/);
    expect(p.cover.summary).not.toContain('ran its');
  });

  it('says the same in the Markdown export', () => {
    const md = planToMarkdown(p);
    expect(md.startsWith('# Acme: 30-day plan\n\n_"2026-Q1 quarterly reset" (CEO) and "2026-Q1 re-score" (CTO) · Dana (CEO) and Sam (CTO) · 2026-01-15_\n\nRounds sealed: CEO 2026-01-12, CTO 2026-01-12.\n\nAcme\'s two leaders')).toBe(true);
  });

  it('keeps a right-to-left name from turning the quotes and "(CEO)" around it', () => {
    expect(plan('ربع ٣', 'Q3 re-score').subtitle).toMatch(/^"\u2068ربع ٣\u2069" \(CEO\) and "Q3 re-score" \(CTO\) · /);
  });

  it('reads the same whichever round is whose laptop’s own', () => {
    const ctoLaptop = buildRepairPlan({ companyName: 'Acme', ceoRound: { ...ceoRef, label: 'Q3 reset', receivedFrom: 'peer' }, ctoRound: { ...ctoRef, label: 'Q3 re-score' }, today });
    const ceoLaptop = buildRepairPlan({ companyName: 'Acme', ceoRound: { ...ceoRef, label: 'Q3 reset' }, ctoRound: { ...ctoRef, label: 'Q3 re-score', receivedFrom: 'peer' }, today });
    expect([ctoLaptop.title, ctoLaptop.subtitle, ctoLaptop.cover.roundLabel, ctoLaptop.cover.summary]).toEqual([ceoLaptop.title, ceoLaptop.subtitle, ceoLaptop.cover.roundLabel, ceoLaptop.cover.summary]);
  });
});

describe('a plan from two halves of one round', () => {
  it('prints the one name both carry, as before', () => {
    const p = plan('2026-Q1 quarterly reset', ' 2026-q1 quarterly reset ');
    expect(p.title).toBe('Acme: 30-day plan from the 2026-Q1 quarterly reset');
    expect(p.cover.roundLabel).toBe('2026-Q1 quarterly reset');
    expect(p.cover.summary).toMatch(/^Acme ran its 2026-Q1 quarterly reset\. /);
  });

  it('takes the one name given when the other round has none (a blank says nothing either way)', () => {
    const p = plan('  ', '2026-Q1 re-score');
    expect(p.title).toBe('Acme: 30-day plan from the 2026-Q1 re-score');
    expect(p.cover.roundLabel).toBe('2026-Q1 re-score');
  });

  it('prints no dangling name when neither round has one', () => {
    const p = plan('', ' ');
    expect(p.title).toBe('Acme: 30-day plan');
    expect(p.cover.roundLabel).toBe('Not named');
    expect(p.subtitle).toBe('Dana (CEO) and Sam (CTO) · 2026-01-15');
    expect(p.cover.summary).toMatch(/^Acme ran a quarterly reset\. /);
  });
});

describe('a repair plan from two rounds named differently', () => {
  it('names both on the cover; the title keeps to what both share', () => {
    const p = buildRepairPlan({
      companyName: 'Acme',
      ceoRound: { ...ceoRef, kind: 'repair', label: '30-day repair after the March outage', event: 'the March outage' },
      ctoRound: { ...ctoRef, kind: 'repair', label: '30-day repair', event: 'the March outage' },
      today,
    });
    expect(p.title).toBe('Acme: 30-day repair plan after the March outage');
    expect(p.cover.roundLabel).toBe('"30-day repair after the March outage" (CEO) and "30-day repair" (CTO): two different rounds, compared as one');
  });
});
