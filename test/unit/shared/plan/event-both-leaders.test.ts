/*
 * The event behind a repair round is each leader's own text. The plan took the CEO's and
 * printed it in the title, the cover, the summary and the day-1 action as the pair's, even when
 * the CTO's round names another event; nothing said the CTO saw it differently.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { makeRound, today } from './fixtures';

const LABEL = '2026 repair round';
const pair = (ceoEvent?: string, ctoEvent?: string) =>
  buildRepairPlan({
    companyName: 'Acme',
    ceoRound: makeRound('ceo', { base: 4, overrides: { 'db-2': 5 }, kind: 'repair', label: LABEL, ...(ceoEvent ? { event: ceoEvent } : {}) }),
    ctoRound: makeRound('cto', { base: 4, overrides: { 'db-2': 2 }, kind: 'repair', label: LABEL, ...(ctoEvent ? { event: ctoEvent } : {}) }),
    today,
  });

describe('the CEO and the CTO name different events', () => {
  const build = () => {
    const plan = pair('the March outage', 'the lost enterprise deal');
    const md = planToMarkdown(plan);
    const logAction = plan.actions.find((a) => a.id === 'action-name-event')!;
    return { plan, md, logAction };
  };

  it('shows both, each with whose it is, on the cover and in the summary', () => {
    const { plan, md } = build();
    expect(plan.cover.event).toBe('"the March outage" (CEO) and "the lost enterprise deal" (CTO): they name different events');
    expect(plan.cover.summary).toMatch(/^Acme ran a repair round\. The two rounds name different events: "the March outage" \(CEO\) and "the lost enterprise deal" \(CTO\)\. /);
    expect(md).toContain('the lost enterprise deal');
  });

  it('does not put one leader\'s event in the title as the pair\'s', () => {
    const { plan } = build();
    expect(plan.title).toBe('Acme: 30-day repair plan');
  });

  it('asks them to log both in the day-1 action', () => {
    const { logAction } = build();
    expect(logAction.detail).toContain('"the March outage" (CEO) and "the lost enterprise deal" (CTO)');
  });
});

describe('only one leader names an event', () => {
  const build = () => {
    const plan = pair(undefined, 'the lost enterprise deal');
    return { plan };
  };

  it('says whose it is', () => {
    const { plan } = build();
    expect(plan.cover.event).toBe('"the lost enterprise deal" (named in the CTO\'s round only)');
    expect(plan.cover.summary).toMatch(/^Acme ran a repair round after "the lost enterprise deal" \(named in the CTO's round only\)\. /);
    expect(plan.title).toBe('Acme: 30-day repair plan');
  });
});

describe('both name the same event', () => {
  const build = () => {
    const plan = pair('the March outage', ' The March outage ');
    return { plan };
  };

  it('prints it once, as theirs', () => {
    const { plan } = build();
    expect(plan.title).toBe('Acme: 30-day repair plan after the March outage');
    expect(plan.cover.event).toBe('the March outage');
    expect(plan.cover.summary).toMatch(/^Acme ran a repair round after the March outage\. /);
    expect(plan.actions.find((a) => a.id === 'action-name-event')!.detail).toContain('Log "the March outage":');
  });
});
