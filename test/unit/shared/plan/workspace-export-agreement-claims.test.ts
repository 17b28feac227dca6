/**
 * The workspace's exec document (Workspace → Export Markdown) tells the reader "only *agreed by
 * both* is a decision". The plan marks metric values as "recorded, not agreed" and a log entry
 * "decided" by one laptop as "as logged, not confirmed by both"; the exec document must too
 * (review r20).
 */
import { describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { workspaceExportMarkdown } from '../../../../shared/plan/workspace-export';
import { LOG_NOT_CONFIRMED } from '../../../../shared/plan/appendices';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture, OffsiteRecord } from '../../../../shared/offsite/capture';
import { logIdOf } from '../../../../shared/offsite/capture-ops';
import { rowKey, sharedKey, type AgreementInput } from '../../../../shared/workspace/agreement';
import { toIsoDate } from '../../../../shared/workspace/dates';
import type { LogEntry } from '../../../../shared/workspace/types';
import { agreeKeys, agreedPlan, today } from './fixtures';

const section = (md: string, heading: string) => {
  const from = md.indexOf(`## ${heading}\n`);
  const to = md.indexOf('\n## ', from + 3);
  return md.slice(from, to === -1 ? undefined : to);
};

describe('the exec document', () => {
  it('does not print metric values under "State: agreed by both" as if both confirmed them', () => {
    const ws = defaultWorkspace(today);
    ws.metrics = ws.metrics.map((m) => ({ ...m, target: m.target || 'tbd' }));
    const keys = ['metrics', ...ws.metrics.map((m) => rowKey('metrics', m.id))];
    const agreement = agreeKeys(ws, keys);
    // After both agreed the definitions, the partner records a flattering month.
    ws.metrics[0].values = [{ month: '2026-01', value: 0.1 }];
    const md = section(workspaceExportMarkdown({ workspace: ws, agreement }, 'Acme', today), 'Exec metrics');
    expect(md).toContain('*State: agreed by both on');
    expect(md).toContain('0.1 (2026-01)');
    // The plan's own table says so in its heading; this one must too.
    expect(agreedPlan(ws, keys).appendices.metrics.state).toMatch(/^agreed by both/);
    expect(md).toMatch(/not agreed/);
    expect(md).toContain('| Target | Latest (values as recorded, not agreed) |');
  });

  it('does not print a decision one laptop logged as "decided" without saying nobody confirmed it', () => {
    const ws = defaultWorkspace(today);
    ws.log = [{ id: 'l1', kind: 'decision', what: 'The CTO alone approves all hires', decidedBy: 'CEO + CTO', forum: 'Weekly 1:1', date: '2026-01-12', options: [], status: 'decided' }];
    const plan = agreedPlan(ws, []);
    expect(plan.appendices.decisions.items[0].logState).toBe(LOG_NOT_CONFIRMED);
    const md = workspaceExportMarkdown({ workspace: ws, agreement: agreeKeys(ws, []) }, 'Acme', today);
    expect(section(md, 'Decision log')).toContain('The CTO alone approves all hires');
    expect(section(md, 'Decision log')).toMatch(/not confirmed/);
    expect(section(md, 'Decision log')).toContain('| decided as logged, not confirmed by both |');
  });

  it('leaves an open entry and one with no status as they are: neither claims a decision', () => {
    const ws = defaultWorkspace(today);
    const entry: LogEntry = { id: 'l1', kind: 'decision', what: 'Pricing for enterprise', decidedBy: 'CEO', forum: 'Weekly 1:1', date: '2026-01-12', options: [], status: 'open' };
    ws.log = [entry, { ...entry, id: 'l2', what: 'Office move', status: '' }];
    const log = section(workspaceExportMarkdown({ workspace: ws }, 'Acme', today), 'Decision log');
    expect(log).toMatch(/\| Pricing for enterprise \|.*\| open \|/);
    expect(log).toMatch(/\| Office move \|.*\| not set \|/);
    expect(log).not.toContain('not confirmed');
  });
});

describe('the exec document with the offsite record', () => {
  const DECISION: Capture = {
    id: 'c1', blockId: 'gap-db-2', blockTitle: 'Gap 1: who decides dates', author: 'ceo', authorName: 'Dana', createdAt: `${toIsoDate(today)}T10:00:00.000Z`,
    kind: 'decision', text: 'Delivery dates are the CTO’s call', options: ['CEO', 'CTO'], forum: 'Weekly 1:1', decidedOn: toIsoDate(today), owner: 'CTO',
  };
  const RECORD: OffsiteRecord = { captures: [DECISION], actions: [], parked: [] };
  // The log entry the capture wrote.
  const ws = defaultWorkspace(today);
  ws.log = [{ id: logIdOf(DECISION.id), kind: 'decision', what: DECISION.text, decidedBy: 'CTO', forum: 'Weekly 1:1', date: toIsoDate(today), options: ['CEO', 'CTO'], status: 'decided' }];
  const both: AgreementInput = {
    shared: Object.fromEntries((['ceo', 'cto'] as const).map((role) => [sharedKey(captureKey(DECISION.id), role), { role, name: role === 'ceo' ? 'Dana' : 'Sam', hash: captureHash(DECISION), at: `${toIsoDate(today)}T11:00:00.000Z`, mode: 'live' as const }])),
    local: { [captureKey(DECISION.id)]: { ceo: captureHash(DECISION) } },
  };
  const log = (agreement: AgreementInput) => section(workspaceExportMarkdown({ workspace: ws, agreement }, 'Acme', today, RECORD), 'Decision log');

  it('prints a decision both confirmed at the offsite as decided, as the plan does', () => {
    expect(log(both)).toContain('| CTO | Weekly 1:1 |  | decided |');
  });

  it('prints one only captured there as the plan does: decided at the offsite, proposed', () => {
    expect(log({ shared: {}, local: {} })).toContain('| decided at the offsite, proposed (not yet agreed) |');
  });
});
