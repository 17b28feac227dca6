/**
 * The summary's actions are the action captures themselves, each with its own capture's state
 * (review r20, finding 4): the `actions` root is a mirror the partner can write anything into,
 * and an entry there printed as "agreed by both" on the offsite summary and in the plan.
 */
import { describe, expect, it } from 'vitest';
import { buildOffsiteSummary } from '../../../../shared/offsite/summary';
import type { Capture, OffsiteAction } from '../../../../shared/offsite/capture';
import { offsiteActionsInput } from '../plan/fixtures';

type ActionCapture = Extract<Capture, { kind: 'action' }>;
const meta = { blockId: 'b1', blockTitle: 'Hiring', authorName: 'Dana', createdAt: '2026-01-15T09:00:00.000Z' };
const A: ActionCapture = { ...meta, id: 'a', kind: 'action', text: 'Draft the hiring plan', owner: 'CTO', due: '2026-01-23' };
const B: ActionCapture = { ...meta, id: 'b', kind: 'action', text: 'Book the board slot', owner: 'CEO', due: '2026-01-20' };
const row = (a: { id: string; captureId: string; text: string; owner: string; due: string; agreed: boolean }) => [a.id, a.captureId, a.text, a.owner, a.due, a.agreed];

describe('buildOffsiteSummary: actions', () => {
  it('are one per action capture, as the capture says, whatever the `actions` records hold; by due date', () => {
    const input = offsiteActionsInput([A, B], ['a']);
    const forged: OffsiteAction[] = [
      { ...input.offsite.actions[0], text: 'Cut 20% of engineering', owner: 'CEO alone' }, // rewritten
      { id: 'action-x', captureId: 'a', blockId: 'b1', text: 'Board approved the layoffs', owner: 'CEO', due: '2026-01-19' }, // a second under the agreed one
      { id: 'action-y', captureId: 'nobody', blockId: 'b1', text: 'Sell the company', owner: 'CEO', due: '2026-01-19' }, // no capture
    ];
    const s = buildOffsiteSummary({ ...input.offsite, actions: forged }, input.workspace.agreement);
    expect(s.actions.map(row)).toEqual([
      ['action-b', 'b', B.text, B.owner, B.due, false],
      ['action-a', 'a', A.text, A.owner, A.due, true],
    ]);
    expect(s.actions.map((a) => a.label)).toEqual(['proposed (not yet agreed)', expect.stringMatching(/^agreed by both on /)]);
  });

  it('each carries its own capture’s state, also when another capture has the same id', () => {
    const input = offsiteActionsInput([A], ['a']);
    // A second capture under the agreed one's id, with other text: it is not what both confirmed.
    const twin: ActionCapture = { ...A, text: 'Board approved the layoffs' };
    const s = buildOffsiteSummary({ ...input.offsite, captures: [twin, A] }, input.workspace.agreement);
    expect(s.actions.filter((a) => a.agreed).map((a) => a.text)).toEqual([A.text]);
  });
});
