/*
 * Review (board reader): the plan counted agreements from an earlier offsite (summaryOfOffsite
 * `earlier`) but never printed the count: they vanished from the PDF and the Markdown with no word.
 * And an agreement this laptop holds no dated confirmation of was counted as "at an earlier offsite",
 * which nothing here says: it is "not dated on this laptop".
 */
import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { actionsOf } from '../../../../shared/offsite/capture-ops';
import { sharedKey, type AgreementInput, type Confirmation } from '../../../../shared/workspace/agreement';
import { ceoRef, ctoRef } from './fixtures';

// ceoRef and ctoRef are sealed 2026-01-12.
const action = (id: string, at: string, text: string): Capture => ({ id, blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: at, kind: 'action', text, owner: 'CTO', due: '2026-01-20' });
const ours = action('q1', '2026-01-13T10:00:00.000Z', 'Agree the Q1 release criteria');
const old = action('q4', '2025-10-06T10:00:00.000Z', 'Write the Q4 translation guide');
const undated = action('u', '2026-01-13T10:00:00.000Z', 'Name the release owner');

/** Both confirmed each at `at`; this laptop kept its own whole record of those in `dated` only. */
function agreement(agreedAt: Record<string, string>, dated: readonly string[]): AgreementInput {
  const shared: Record<string, Confirmation> = {};
  const local: Record<string, { ceo: string }> = {};
  for (const c of [ours, old, undated]) {
    const at = agreedAt[c.id];
    if (!at) continue;
    const hash = captureHash(c);
    shared[sharedKey(captureKey(c.id), 'ceo')] = { role: 'ceo', name: 'Dana', hash, at, mode: 'live' };
    shared[sharedKey(captureKey(c.id), 'cto')] = { role: 'cto', name: 'Sam', hash, at, mode: 'live' };
    local[captureKey(c.id)] = { ceo: hash };
  }
  return { shared, local, me: 'ceo', ownKeys: new Set(dated.map((id) => sharedKey(captureKey(id), 'ceo'))) };
}

function plan(captures: Capture[], a: AgreementInput) {
  const today = new Date(2026, 0, 14, 9);
  return buildRepairPlan({
    companyName: 'Acme',
    ceoRound: ceoRef,
    ctoRound: ctoRef,
    today,
    workspace: { workspace: defaultWorkspace(today), agreement: a },
    offsite: { captures, actions: actionsOf(captures), parked: [] },
  });
}

describe('agreements the plan leaves out are said, not dropped', () => {
  it('an earlier offsite’s agreement is counted in the section and the Markdown', () => {
    const p = plan([ours, old], agreement({ q1: '2026-01-13T11:00:00.000Z', q4: '2025-10-06T11:00:00.000Z' }, ['q1', 'q4']));
    expect(p.offsite?.agreed).toHaveLength(1);
    expect(p.offsite?.earlier).toBe('Not listed here: 1 agreed at an earlier offsite (still in the workspace).');
    expect(p.offsite?.undated).toBeUndefined();
    expect(planToMarkdown(p)).toContain('_Not listed here: 1 agreed at an earlier offsite (still in the workspace)._');
  });

  it('an agreement with no confirmation dated on this laptop says so, not "at an earlier offsite"', () => {
    const p = plan([ours, undated], agreement({ q1: '2026-01-13T11:00:00.000Z', u: '2026-01-13T11:00:00.000Z' }, ['q1']));
    expect(p.offsite?.agreed).toHaveLength(1);
    expect(p.offsite?.earlier).toBeUndefined();
    expect(p.offsite?.undated).toBe(
      'Not listed here: 1 agreed by both but not dated on this laptop (it holds no dated confirmation of its own, so not which offsite; still in the workspace).',
    );
    expect(planToMarkdown(p)).toContain(`_${p.offsite?.undated}_`);
  });

  it('with nothing of its own offsite, the section still says what it left out', () => {
    const p = plan([old], agreement({ q4: '2025-10-06T11:00:00.000Z' }, ['q4']));
    expect(p.offsite?.agreed).toEqual([]);
    expect(p.offsite?.earlier).toContain('1 agreed at an earlier offsite');
  });
});
