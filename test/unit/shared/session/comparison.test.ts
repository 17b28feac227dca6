import { describe, expect, it } from 'vitest';
import { buildComparison, compareWithPartner } from '../../../../shared/session/comparison';
import type { SealedPayload } from '../../../../shared/reveal/types';

// What the comparison view shows once both reveals verified.

const ids = (area: string) => [1, 2, 3, 4, 5, 6].map((n) => `${area}-${n}`);
const answers = (entries: [string, number][]) => Object.fromEntries(entries.map(([id, value]) => [id, { value }])) as SealedPayload['answers'];

function payload(role: 'ceo' | 'cto', patch: Partial<SealedPayload>): SealedPayload {
  return { role, personName: role === 'ceo' ? 'Alex' : 'Dana', roundLabel: `${role} round`, frameworkVersion: 1, answers: {}, warnings: {}, sealedAt: role === 'ceo' ? '2026-10-05T09:00:00.000Z' : '2026-10-05T10:00:00.000Z', ...patch };
}

// CEO 5 everywhere in two areas; CTO 1 (decision boundaries) and 4 (communication): deltas 100 and 25.
const ceo = payload('ceo', { answers: answers([...ids('db'), ...ids('cq')].map((id) => [id, 5])), warnings: { 'ws-overrides': 'often', 'ws-priority-drift': 'sometimes' } });
const cto = payload('cto', { answers: answers([...ids('db').map((id): [string, number] => [id, 1]), ...ids('cq').map((id): [string, number] => [id, 4])]), warnings: { 'ws-overrides': 'never' } });

describe('buildComparison', () => {
  it('names each side with its own name and seal time; the round label is the CEO payload’s', () => {
    const c = buildComparison(ceo, cto);
    expect(c.ceo).toEqual({ name: 'Alex', sealedAt: '2026-10-05T09:00:00.000Z' });
    expect(c.cto).toEqual({ name: 'Dana', sealedAt: '2026-10-05T10:00:00.000Z' });
    expect(c.roundLabel).toBe('ceo round');
  });

  it('averages |delta| over the areas both scored, rounded, and says how many that is', () => {
    const c = buildComparison(ceo, cto);
    expect(c.areas.map((a) => a.delta)).toEqual([100, 25, null, null]);
    expect(c.meanAreaDelta).toBe(63);
    expect(c.comparedAreas).toBe(2);
  });

  it('no area compared: no mean, rather than a zero that would look like agreement', () => {
    const c = buildComparison(payload('ceo', {}), payload('cto', {}));
    expect(c.meanAreaDelta).toBeNull();
    expect(c.comparedAreas).toBe(0);
  });

  it('ranks every gap and shows the top three, none pinned', () => {
    const c = buildComparison(ceo, cto);
    expect(c.ranking.length).toBe(6); // the six split decision-boundary statements; 5 vs 4 is no gap
    expect(c.gaps).toEqual(c.ranking.slice(0, 3).map((g) => ({ ...g, pinned: false })));
    expect(c.items.length).toBeGreaterThan(0);
  });

  it('lists every warning sign with both answers (null when unanswered), the split, and the statements it weighs on', () => {
    const c = buildComparison(ceo, cto);
    expect(c.warnings.length).toBe(6);
    const overrides = c.warnings.find((w) => w.id === 'ws-overrides')!;
    expect(overrides).toMatchObject({ title: 'Technical calls overridden on the spot', ceo: 'often', cto: 'never', split: true });
    expect(overrides.statements).toEqual(['Technical calls stick', expect.any(String)]);
    expect(overrides.statements[1].length).toBeGreaterThan(0);
    const drift = c.warnings.find((w) => w.id === 'ws-priority-drift')!;
    expect(drift).toMatchObject({ ceo: 'sometimes', cto: null, split: false });
  });
});

describe('compareWithPartner: this laptop’s round against the partner’s', () => {
  it('puts each on its role’s side, and names the comparison by this laptop’s own label', () => {
    // The partner's label is free text they chose; it must not head our Compare or Present page.
    const theirs = payload('ceo', { roundLabel: '2026-Q4 30-day re-score, board approved' });
    const ours = payload('cto', { roundLabel: '2026-Q4 quarterly reset' });
    const asCto = compareWithPartner(ours, theirs);
    expect(asCto.roundLabel).toBe('2026-Q4 quarterly reset');
    expect(asCto.ceo.name).toBe('Alex');
    expect(asCto.cto.name).toBe('Dana');
    expect(asCto).toEqual({ ...buildComparison(theirs, ours), roundLabel: '2026-Q4 quarterly reset' });
    const asCeo = compareWithPartner(theirs, ours);
    expect(asCeo).toEqual(buildComparison(theirs, ours));
    expect(asCeo.roundLabel).toBe('2026-Q4 30-day re-score, board approved');
  });
});
