/*
 * Review (board reader): a plan built from last quarter's rounds (History) listed the decisions and
 * actions agreed at every offsite since as its own, "agreed by both" under last quarter's cover. The
 * plan's offsite ends where the next comparison's starts (nextComparisonDay): later items are counted
 * in one line, so the reader knows they exist, and not listed.
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { laterOffsiteText } from '../../../../shared/plan/offsite-text';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import type { Capture, ParkedItem } from '../../../../shared/offsite/capture';
import { actionsOf } from '../../../../shared/offsite/capture-ops';
import { agreeCapturesAt, ceoRef, ctoRef } from './fixtures';

// ceoRef and ctoRef are sealed 2026-01-12; the next comparison starts 2026-04-14.
const NEXT = '2026-04-14';
const action = (id: string, at: string, text: string): Capture => ({ id, blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: at, kind: 'action', text, owner: 'CTO', due: '2026-04-20' });
const parked = (id: string, at: string, text: string): ParkedItem => ({ id, text, blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: at });


function plan(captures: Capture[], agreedAt: Record<string, string>, park: ParkedItem[] = [], next: string | null = NEXT) {
  const today = new Date(2026, 4, 2, 9, 0);
  return buildRepairPlan({
    companyName: 'Acme',
    ceoRound: ceoRef,
    ctoRound: ctoRef,
    today,
    workspace: { workspace: defaultWorkspace(today), agreement: agreeCapturesAt(captures, agreedAt) },
    offsite: { captures, actions: actionsOf(captures), parked: park },
    nextComparisonDay: next ?? undefined,
  });
}

describe('a plan of last quarter’s rounds, built after the next comparison', () => {
  const ours = action('q1', '2026-01-13T10:00:00.000Z', 'Agree the Q1 release criteria');
  const later = action('q2', '2026-04-15T10:00:00.000Z', 'Hire a VP Engineering');

  it('lists its own offsite’s agreement and not the next one’s, and says the next one’s exist', () => {
    const p = plan([ours, later], { q1: '2026-01-13T11:00:00.000Z', q2: '2026-04-15T11:00:00.000Z' }, [parked('p2', '2026-04-15T10:30:00.000Z', 'Pricing ownership')]);
    expect(p.offsite?.agreed.map((a) => a.text).join('\n')).toContain('Q1 release criteria');
    expect(p.actions.map((a) => a.title)).not.toContain('Hire a VP Engineering');
    expect(p.offsite?.parked).toEqual([]);
    expect(p.offsite?.later).toBe('Not listed here: 1 agreed and 1 parked at a later offsite (from 2026-04-13, allowing for clock differences, before the next comparison on 2026-04-14; still in the workspace).');
    const md = planToMarkdown(p);
    expect(md).not.toContain('VP Engineering');
    expect(md).not.toContain('Pricing ownership');
    expect(md).toContain(`_${p.offsite?.later}_`);
    // The latest rounds (no next comparison): everything since its rounds is its own, with no such line.
    const latest = plan([ours, later], { q1: '2026-01-13T11:00:00.000Z', q2: '2026-04-15T11:00:00.000Z' }, [], null);
    expect(latest.offsite?.agreed).toHaveLength(2);
    expect(latest.offsite?.later).toBeUndefined();
    expect(planToMarkdown(latest)).not.toContain('later offsite');
  });

  it('with only a later offsite’s items, still says so in its offsite section (and keeps the template steps)', () => {
    const p = plan([later], { q2: '2026-04-15T11:00:00.000Z' });
    expect(p.actionsFromOffsite).toBeUndefined();
    expect(p.offsite?.agreed).toEqual([]);
    expect(p.offsite?.later).toContain('1 agreed at a later offsite (from 2026-04-13');
  });
});

describe('the line that counts a later offsite', () => {
  it('names each kind it left out, and nothing when it left none out', () => {
    expect(laterOffsiteText({ agreed: 2, proposed: 1, parked: 3, from: '2026-04-13', next: NEXT })).toBe(
      'Not listed here: 2 agreed, 1 proposed and 3 parked at a later offsite (from 2026-04-13, allowing for clock differences, before the next comparison on 2026-04-14; still in the workspace).',
    );
    expect(laterOffsiteText({ agreed: 0, proposed: 0, parked: 0, from: '2026-04-13', next: NEXT })).toBe('');
    expect(laterOffsiteText(undefined)).toBe('');
  });

  // Review (board reader): it printed the next comparison's day, a day after what it counted from.
  it('says the first day it counted from, and calls it the next comparison’s only when it is', () => {
    expect(laterOffsiteText({ agreed: 1, proposed: 0, parked: 0, from: '2026-01-14', next: '2026-01-14' })).toBe(
      'Not listed here: 1 agreed at a later offsite (from 2026-01-14, the day of the next comparison; still in the workspace).',
    );
    // Comparisons a day apart: counted from two days after this offsite's first (offsite-scope.ts laterOffsiteFrom).
    expect(laterOffsiteText({ agreed: 1, proposed: 0, parked: 0, from: '2026-01-14', next: '2026-01-13' })).toBe(
      'Not listed here: 1 agreed at a later offsite (from 2026-01-14; the next comparison was on 2026-01-13; still in the workspace).',
    );
  });
});
