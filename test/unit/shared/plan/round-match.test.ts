/*
 * What the plan's cover says about the two rounds it compares (round-match.ts), as the board reads
 * it: whose answers are older, which rounds and companies differ, whose event it is. Typed names
 * carry stray spaces and capitals; those must neither invent a difference nor show in the print.
 */
import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../shared/assessment/types';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { DIFFERENT_ROUNDS } from '../../../../shared/session/round-labels';
import { makeRound, today } from './fixtures';

// Local noon: the day printed is the day on this laptop's calendar, whatever its time zone.
const OCT = new Date(2025, 9, 3, 12).toISOString();
const JAN = new Date(2026, 0, 12, 12).toISOString();
const ceo = (extra: Partial<Round> = {}): Round => ({ ...makeRound('ceo', { base: 4 }), sealedAt: JAN, ...extra });
const cto = (extra: Partial<Round> = {}): Round => ({ ...makeRound('cto', { base: 3 }), sealedAt: JAN, ...extra });
const cover = (c: Round, t: Round) => buildRepairPlan({ companyName: 'Acme', ceoRound: c, ctoRound: t, today }).cover;
/** The partner's round kept from an earlier comparison with our `first`, compared again with our `again`. */
const replayed = (r: Round, again: string): Round => ({ ...r, sealedAt: OCT, receivedFrom: 'peer', pairedWith: 'our-october-round', alsoPairedWith: [again] });

describe('a partner round brought back from an earlier comparison, on the cover', () => {
  it("the CTO's: says whose answers are older, from when, and what the plan compares", () => {
    const c = ceo();
    expect(cover(c, replayed(cto(), c.id)).notices).toEqual([
      "Earlier answers: the CTO's answers are the round the CTO sealed on 2025-10-03, already compared with an earlier CEO round, " +
        'and not answered again for this one (the CEO sealed theirs on 2026-01-12). ' +
        "This plan compares the CEO's round with those earlier answers.",
    ]);
  });

  it("the CEO's, when the CEO is the partner", () => {
    const t = cto();
    expect(cover(replayed(ceo(), t.id), t).notices).toEqual([
      "Earlier answers: the CEO's answers are the round the CEO sealed on 2025-10-03, already compared with an earlier CTO round, " +
        'and not answered again for this one (the CTO sealed theirs on 2026-01-12). ' +
        "This plan compares the CTO's round with those earlier answers.",
    ]);
  });

  it('no seal times: says so in words, never an empty date', () => {
    const { sealedAt: _c, ...c } = ceo();
    const { sealedAt: _t, ...t } = replayed(cto(), c.id);
    const [notice] = cover(c, t).notices ?? [];
    expect(notice).toContain('the round the CTO sealed on an earlier day, ');
    expect(notice).toContain('(the CEO sealed theirs). ');
  });

  it('nothing when the plan compares the round it was first compared with', () => {
    const t = { ...replayed(cto(), 'our-january-round'), pairedWith: ceo().id };
    expect(cover(ceo(), t).notices).toBeUndefined();
  });
});

describe('different rounds, different companies', () => {
  it('names each round as typed, without the stray spaces, on the notice and the cover', () => {
    const c = cover(ceo({ label: '  2026-Q1 reset ' }), cto({ label: ' 2025-Q3 reset  ' }));
    expect(c.notices).toEqual([
      'Different rounds: the CEO answered "2026-Q1 reset" (sealed 2026-01-12) and the CTO "2025-Q3 reset" (sealed 2026-01-12). This plan compares them as if they were one round.',
    ]);
    expect(c.roundLabel).toBe(`"2026-Q1 reset" (CEO) and "2025-Q3 reset" (CTO): ${DIFFERENT_ROUNDS}`);
  });

  it('a round with no seal time gets no seal date, not an empty one', () => {
    const { sealedAt: _s, ...c } = ceo({ label: 'Q1' });
    expect(cover(c, cto({ label: 'Q3' })).notices).toEqual([
      'Different rounds: the CEO answered "Q1" and the CTO "Q3" (sealed 2026-01-12). This plan compares them as if they were one round.',
    ]);
  });

  it('the same company typed with other spaces or capitals is one company; another is named, trimmed', () => {
    expect(cover(ceo({ companyName: 'Acme Inc ' }), cto({ companyName: ' ACME inc' })).notices).toBeUndefined();
    expect(cover(ceo({ companyName: ' Acme ' }), cto({ companyName: ' Beta Labs ' })).notices).toEqual([
      'Different companies: the CEO\'s round is for "Acme" and the CTO\'s for "Beta Labs".',
    ]);
  });

  it('a company name of spaces only is no name: nothing said either way', () => {
    expect(cover(ceo({ companyName: '   ' }), cto({ companyName: 'Beta Labs' })).notices).toBeUndefined();
    expect(cover(ceo({ companyName: 'Acme' }), cto({ companyName: '   ' })).notices).toBeUndefined();
  });
});

describe("an unverified CEO round that names nobody", () => {
  it('names the role', () => {
    const c = ceo({ personName: ' ', receivedFrom: 'file', unverified: true });
    expect(cover(c, cto()).notices).toEqual([expect.stringMatching(/^Not verified: the CEO's round was added to this laptop from a backup/)]);
  });
});

describe('the event behind the round, as each leader typed it', () => {
  it('the same event typed with stray spaces is one event, printed trimmed', () => {
    expect(cover(ceo({ event: '  the March outage ' }), cto({ event: 'the March outage' })).event).toBe('the March outage');
  });

  it("named in the CEO's round only: said whose it is", () => {
    expect(cover(ceo({ event: ' the March outage ' }), cto()).event).toBe('"the March outage" (named in the CEO\'s round only)');
  });

  it('an event of spaces only names nothing', () => {
    expect(cover(ceo({ event: '   ' }), cto({ event: 'the lost deal' })).event).toBe('"the lost deal" (named in the CTO\'s round only)');
    expect(cover(ceo({ event: '   ' }), cto()).event).toBeUndefined();
    expect(cover(ceo(), cto({ event: '   ' })).event).toBeUndefined();
    expect(cover(ceo(), cto({ event: ' the lost deal  ' })).event).toBe('"the lost deal" (named in the CTO\'s round only)');
  });
});
