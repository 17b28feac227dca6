import { describe, expect, it } from 'vitest';
import {
  countCompleteLadder,
  detectAskKind,
  ladderCompleteness,
} from '../../../../shared/workspace/ladder';
import { DEFAULT_LADDER } from '../../../../shared/framework/workspace-defaults';
import type { LadderEntry } from '../../../../shared/workspace/types';

const entry = (p: Partial<LadderEntry> = {}): LadderEntry => ({
  id: 'l1',
  topic: 'Refactoring',
  workItem: 'Refactor the service layer',
  systemEffect: 'Rollbacks 12% → 3%',
  customerEffect: 'Fewer checkout errors',
  businessEffect: '+0.6 pts conversion',
  decisionAsk: 'Approve a 4 week pause on new checkout features',
  ...p,
});

describe('detectAskKind', () => {
  it.each([
    ['Approve $40k for a vendor', 'budget'],
    ['Increase the infra budget', 'budget'],
    ['Cut the reporting epic from Q3', 'scope'],
    ['Narrow the launch to one region', 'scope'],
    ['Delay the launch by 3 weeks', 'timing'],
    ['Move the date to 2026-05-01', 'timing'],
    ['Approve the plan', 'budget'],
    ['Please support the team', null],
    ['Thoughts?', null],
  ])('%s → %s', (ask, kind) => {
    expect(detectAskKind(ask)).toBe(kind);
  });
});

describe('ladderCompleteness', () => {
  it('a full entry with a concrete ask is complete', () => {
    const r = ladderCompleteness(entry());
    expect(r).toEqual({ complete: true, missing: [], askKind: 'scope', issues: [] });
  });

  it('lists missing rungs in ladder order', () => {
    const r = ladderCompleteness(entry({ systemEffect: ' ', businessEffect: '' }));
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['systemEffect', 'businessEffect']);
    expect(r.issues).toHaveLength(2);
  });

  it('an ask without budget, scope or timing is incomplete', () => {
    const r = ladderCompleteness(entry({ decisionAsk: 'Please back the team on this' }));
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([]);
    expect(r.askKind).toBeNull();
    expect(r.issues[0]).toContain('budget, scope or timing');
  });

  it('an explicit askKind overrides detection', () => {
    const r = ladderCompleteness(entry({ decisionAsk: 'Please back the team on this', askKind: 'timing' }));
    expect(r.complete).toBe(true);
    expect(r.askKind).toBe('timing');
  });

  it('an empty ask is reported once, as a missing rung', () => {
    const r = ladderCompleteness(entry({ decisionAsk: '' }));
    expect(r.missing).toEqual(['decisionAsk']);
    expect(r.issues).toHaveLength(1);
  });
});

describe('defaults', () => {
  it('ships ten complete starter topics, refactoring first with the guide numbers', () => {
    expect(DEFAULT_LADDER).toHaveLength(10);
    expect(countCompleteLadder(DEFAULT_LADDER)).toBe(10);
    const first = DEFAULT_LADDER[0];
    expect(first.topic).toBe('Refactoring');
    expect(first.systemEffect).toMatch(/12%.*3%/);
    expect(first.customerEffect).toContain('40%');
    expect(first.businessEffect).toContain('0.6');
    expect(first.decisionAsk).toContain('4 weeks');
  });

  it('every default ask is detectable without its askKind', () => {
    for (const e of DEFAULT_LADDER) {
      expect(detectAskKind(e.decisionAsk), e.topic).not.toBeNull();
    }
  });
});
