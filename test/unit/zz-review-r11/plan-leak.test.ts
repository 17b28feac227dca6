// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { privacyWith } from '../../../renderer/stores/local-pair-store';
import { defaultPair, resolveSource } from '../../../renderer/features/plan/plan-source';
import { buildRepairPlan } from '../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../shared/plan/markdown';
import { selectTopGaps } from '../../../shared/assessment/gaps';
import { makeRound } from '../shared/plan/fixtures';

describe('take turns: hidden CEO round reaches plan / gap fixes / offsite', () => {
  // Last quarter's take-turns pair (both sealed, open), and this quarter's CEO round sealed & hidden.
  const oldCeo = { ...makeRound('ceo', { base: 4, label: '2026-Q1 quarterly reset' }), id: 'q1-ceo', sealedAt: '2026-01-12T10:00:00.000Z' };
  const oldCto = { ...makeRound('cto', { base: 4, label: '2026-Q1 quarterly reset' }), id: 'q1-cto', sealedAt: '2026-01-12T11:00:00.000Z' };
  const secretCeo = makeRound('ceo', { base: 1, label: '2026-Q2 quarterly reset', notes: { 'db-1': 'SECRET: I am thinking of replacing the CTO' } });
  secretCeo.id = 'q2-ceo';
  secretCeo.sealedAt = '2026-04-12T10:00:00.000Z';
  secretCeo.answers['db-1'] = { ...secretCeo.answers['db-1'], noteInPlan: true };
  const q2Cto = { ...makeRound('cto', { base: null, label: '2026-Q2 quarterly reset' }), id: 'q2-cto', sealedAt: undefined };
  const rounds = [oldCeo, oldCto, secretCeo, q2Cto];
  const pair = { ceoRoundId: 'q2-ceo', ctoRoundId: 'q2-cto', locks: {} };
  const sealed = (id: string) => Boolean(rounds.find((r) => r.id === id)?.sealedAt);

  it('the CEO round is hidden by the take-turns rule …', () => {
    expect(privacyWith('q2-ceo', { pair, unlocked: [] }, sealed)).toBe('hidden');
  });

  it('… yet the plan (PlanPage.tsx:111-147 logic) prints it, with its scores and marked note', () => {
    const p = defaultPair(rounds, {});
    expect(p).toEqual({ ceoId: 'q2-ceo', ctoId: 'q1-cto' });
    const src = resolveSource({ kind: 'local', rounds, pair: p });
    expect(src.ok).toBe(true);
    if (!src.ok) return;
    const md = planToMarkdown(buildRepairPlan({ companyName: 'Acme', ceoRound: src.value.ceo, ctoRound: src.value.cto, today: new Date(2026, 3, 13) }));
    expect(md).toContain('SECRET: I am thinking of replacing the CTO');
    console.log(md.split('\n').filter((l) => /SECRET|score|CEO/i.test(l)).slice(0, 12).join('\n'));
  });

  it('… and the gap-fixes tab (current-gaps.ts:36) ranks gaps from it', () => {
    const p = defaultPair(rounds, {});
    const ceo = rounds.find((r) => r.id === p.ceoId)!;
    const cto = rounds.find((r) => r.id === p.ctoId)!;
    expect(ceo.id).toBe('q2-ceo');
    expect(selectTopGaps(ceo, cto, []).length).toBeGreaterThan(0);
  });
});
