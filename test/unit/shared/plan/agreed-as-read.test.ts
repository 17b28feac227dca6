import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { DEFAULT_LINKED_GAPS, defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreementContents, contentHash, rowKey, sharedKey, type ArtifactAgreementKey, type Confirmation } from '../../../../shared/workspace/agreement';
import type { Workspace } from '../../../../shared/workspace/types';
import { METRIC_TREND_HEADING } from '../../../../shared/plan/appendices';
import { ceoRef, ctoRef, today } from './fixtures';

/*
 * What the plan prints beside "agreed by both" is what the two leaders confirmed. The partner
 * can write the shared doc with plain yjs, so an agreed artifact whose printed text comes from
 * elsewhere (the matrix rows a meeting decides, the gaps an artifact is linked to) must stop
 * reading "agreed" when that text changes (review r9, findings 2 and 4).
 */

/** Both leaders confirm `key` as it reads in `ws`; this laptop is the CEO's. */
function agreedOn(ws: Workspace, key: ArtifactAgreementKey) {
  const hash = contentHash(agreementContents(ws)[key]);
  const conf = (role: 'ceo' | 'cto'): Confirmation => ({ role, name: role === 'ceo' ? 'Dana' : 'Sam', hash, at: '2026-01-14T10:00:00.000Z', mode: 'live' });
  return { shared: { [sharedKey(key, 'ceo')]: conf('ceo'), [sharedKey(key, 'cto')]: conf('cto') }, local: { [key]: { ceo: hash } }, me: 'ceo' as const };
}

const plan = (workspace: Workspace, agreement: ReturnType<typeof agreedOn>) =>
  buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace, agreement }, today });

describe('an agreed cadence names the decisions each meeting takes', () => {
  it('a matrix row renamed under an agreed meeting returns the cadence to "edited" and unticks its action', () => {
    const ws = defaultWorkspace(today);
    const agreement = agreedOn(ws, 'cadence');
    const before = plan(ws, agreement);
    expect(before.appendices.cadence.state).toBe('agreed by both on 2026-01-14');
    expect(before.actions.find((a) => a.id === 'action-cadence')?.done).toBe(true);

    const renamed = structuredClone(ws);
    const rowId = ws.cadence.find((m) => m.decisionTypes.length > 0)!.decisionTypes[0];
    renamed.matrix.find((r) => r.id === rowId)!.decision = 'Layoffs and all hiring (CTO decides alone)';
    const after = plan(renamed, agreement);
    // Not agreed any more, and said to have been (board-reader review, 2026-11-29).
    expect(after.appendices.cadence.state).toBe('edited since both agreed it on 2026-01-14');
    expect(after.actions.find((a) => a.id === 'action-cadence')?.done).toBe(false);
    expect(planToMarkdown(after)).toContain('Layoffs and all hiring (CTO decides alone)');
  });

  it('a row no meeting decides can be renamed without touching the agreed cadence', () => {
    const ws = defaultWorkspace(today);
    ws.matrix.push({ ...ws.matrix[0], id: 'row-own', decision: 'Office snacks' });
    const agreement = agreedOn(ws, 'cadence');
    const renamed = structuredClone(ws);
    renamed.matrix.find((r) => r.id === 'row-own')!.decision = 'Office snacks and coffee';
    expect(plan(renamed, agreement).appendices.cadence.state).toBe('agreed by both on 2026-01-14');
  });
});

describe('the gaps an agreed artifact addresses are part of what was agreed', () => {
  it('a link the partner adds afterwards is not printed as an agreed way of addressing the gap', () => {
    const ws = { ...defaultWorkspace(today), linkedGaps: { cadence: ['cq-3'] } };
    const agreement = agreedOn(ws, 'cadence');
    expect(plan(ws, agreement).gaps.find((g) => g.statementId === 'cq-3')?.addressedBy.find((a) => a.artifact === 'cadence')?.agreed ?? true).toBe(true);

    const linked = { ...ws, linkedGaps: { cadence: ['cq-3', 'cr-3'] } };
    const after = plan(linked, agreement);
    const gap = after.gaps.find((g) => g.statementId === 'cr-3')!;
    expect(gap.addressedBy.map((a) => [a.title, a.state, a.agreed])).toEqual([['Cadence', 'edited since both agreed it on 2026-01-14, not yet agreed by both', false]]);
    expect(after.appendices.cadence.state).toBe('edited since both agreed it on 2026-01-14');
  });

  it('a link removed afterwards also ends the agreement; the order of links does not matter', () => {
    const ws = { ...defaultWorkspace(today), linkedGaps: { metrics: ['cq-4', 'sa-5'] } };
    const agreement = agreedOn(ws, 'metrics');
    expect(plan({ ...ws, linkedGaps: { metrics: ['sa-5', 'cq-4', 'sa-5'] } }, agreement).appendices.metrics.state).toBe('agreed by both on 2026-01-14');
    expect(plan({ ...ws, linkedGaps: { metrics: ['sa-5'] } }, agreement).appendices.metrics.state).toBe('edited since both agreed it on 2026-01-14');
    // A key deleted from the link record prints no links either: the same change.
    expect(plan({ ...ws, linkedGaps: {} }, agreement).appendices.metrics.state).toBe('edited since both agreed it on 2026-01-14');
  });

  it('a workspace with no link record hashes each artifact as its content alone (files from before links)', () => {
    const ws = defaultWorkspace(today);
    expect(ws.linkedGaps).toBeUndefined();
    expect(contentHash(agreementContents(ws).matrix)).toBe(contentHash(ws.matrix));
    expect(contentHash(agreementContents(ws).ladder)).toBe(contentHash(ws.ladder));
    expect(contentHash(agreementContents({ ...ws, linkedGaps: { ladder: ['cq-1'] } }).ladder)).not.toBe(contentHash(ws.ladder));
  });

  it.each(['matrix', 'ladder', 'cadence', 'riskBudgets', 'metrics', 'dependencies'] as const)(
    "%s: its starting links in any order hash as its content alone; one more link, or a deleted key, is a change",
    (key) => {
      const ws = defaultWorkspace(today);
      const bare = contentHash(agreementContents(ws)[key]);
      const start = { ...ws, linkedGaps: { [key]: [...DEFAULT_LINKED_GAPS[key]].reverse() } };
      expect(contentHash(agreementContents(start)[key])).toBe(bare);
      const more = { ...ws, linkedGaps: { [key]: [...DEFAULT_LINKED_GAPS[key], 'zz-9'] } };
      expect(contentHash(agreementContents(more)[key])).not.toBe(bare);
      // A key missing from the record reads as no links at all.
      const none = contentHash(agreementContents({ ...ws, linkedGaps: { [key]: [] } })[key]);
      expect(contentHash(agreementContents({ ...ws, linkedGaps: {} })[key])).toBe(none);
      expect(none).not.toBe(bare);
    },
  );

  it('the shipped starting links hash as the content alone; removing them all is a change', () => {
    const start = { ...defaultWorkspace(today), linkedGaps: { ladder: [...DEFAULT_LINKED_GAPS.ladder].reverse() } };
    expect(contentHash(agreementContents(start).ladder)).toBe(contentHash(start.ladder));
    expect(contentHash(agreementContents({ ...start, linkedGaps: { ladder: [] } }).ladder)).not.toBe(contentHash(start.ladder));
    // A key missing from the record is no links, not the starting ones (the partner can delete a key).
    expect(contentHash(agreementContents({ ...start, linkedGaps: {} }).ladder)).not.toBe(contentHash(start.ladder));
  });
});

describe('an agreed metric beside values either laptop records', () => {
  it('prints its trend under a heading that says the values are as recorded, not agreed', () => {
    const ws = defaultWorkspace(today);
    const key = rowKey('metrics', ws.metrics[0].id);
    const hash = contentHash(agreementContents(ws)[key]);
    const conf = (role: 'ceo' | 'cto'): Confirmation => ({ role, name: role, hash, at: '2026-01-05T10:00:00.000Z', mode: 'live' });
    const agreement = { shared: { [sharedKey(key, 'ceo')]: conf('ceo'), [sharedKey(key, 'cto')]: conf('cto') }, local: { [key]: { ceo: hash } }, me: 'ceo' as const };
    // The partner writes months of values after both agreed the definition.
    ws.metrics[0].values = [{ month: '2025-11', value: 9 }, { month: '2025-12', value: 5 }];
    const p = buildRepairPlan({ companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, workspace: { workspace: ws, agreement }, today });
    // The template metric has no target: agreed as it stands, and said (metric-agreed-no-target.test).
    expect(p.appendices.metrics.items[0].state).toBe('agreed by both on 2026-01-05, with no target set');
    const md = planToMarkdown(p);
    const header = md.split('\n').find((l) => l.startsWith('| Metric |'));
    expect(header).toBe(`| Metric | Definition | Unit | Owner | Target | ${METRIC_TREND_HEADING} | State |`);
    expect(METRIC_TREND_HEADING).toMatch(/as recorded, not agreed/);
  });
});
