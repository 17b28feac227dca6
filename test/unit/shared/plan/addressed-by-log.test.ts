import { describe, expect, it } from 'vitest';
import { buildRepairPlan } from '../../../../shared/plan/build-plan';
import { planToMarkdown } from '../../../../shared/plan/markdown';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { logIdOf } from '../../../../shared/offsite/capture-ops';
import { sharedKey, type AgreementInput } from '../../../../shared/workspace/agreement';
import { toIsoDate } from '../../../../shared/workspace/dates';
import type { LogEntry } from '../../../../shared/workspace/types';
import { ceoRef, ctoRef, today } from './fixtures';

/*
 * "Addressed in the workspace by: Decision log (3 entries)" read to a board member as three
 * decisions taken against the gap. The log is a record either laptop writes: the count now says
 * how many entries both leaders confirmed at the offsite (and are unchanged since).
 */
const DECISION: Capture = {
  id: 'c1', blockId: 'gap-cr-3', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Dana', createdAt: `${toIsoDate(today)}T10:00:00.000Z`,
  kind: 'decision', text: 'Delivery dates are the CTO’s call', options: ['CEO', 'CTO'], forum: 'Weekly 1:1', decidedOn: toIsoDate(today), owner: 'CTO',
};
const fromCapture: LogEntry = { id: logIdOf('c1'), kind: 'decision', what: DECISION.text, decidedBy: 'CTO', forum: 'Weekly 1:1', date: toIsoDate(today), options: ['CEO', 'CTO'], status: 'decided' };
const logged = (id: string): LogEntry => ({ ...fromCapture, id, what: `Logged by one laptop ${id}` });

function bothConfirmed(c: Capture): AgreementInput {
  const hash = captureHash(c);
  const at = `${toIsoDate(today)}T11:00:00.000Z`;
  return {
    shared: {
      [sharedKey(captureKey(c.id), 'ceo')]: { role: 'ceo', name: 'Dana', hash, at, mode: 'live' },
      [sharedKey(captureKey(c.id), 'cto')]: { role: 'cto', name: 'Sam', hash, at, mode: 'live' },
    },
    local: { [captureKey(c.id)]: { ceo: hash } },
  };
}

function logState(log: LogEntry[], agreement: AgreementInput = { shared: {}, local: {} }) {
  const ws = defaultWorkspace(today);
  ws.log = log;
  ws.linkedGaps = { ...ws.linkedGaps, log: ['cr-3'] };
  const plan = buildRepairPlan({
    companyName: 'Acme', ceoRound: ceoRef, ctoRound: ctoRef, today,
    workspace: { workspace: ws, agreement },
    offsite: { captures: [DECISION], actions: [], parked: [] },
  });
  const by = plan.gaps.find((g) => g.statementId === 'cr-3')!.addressedBy.find((a) => a.artifact === 'log')!;
  return { by, md: planToMarkdown(plan) };
}

describe('a gap addressed by the decision log', () => {
  it('says none of its entries is confirmed by both when nobody confirmed any', () => {
    const { by, md } = logState([logged('a'), logged('b'), fromCapture]);
    expect(by.state).toBe('3 entries, none confirmed by both');
    expect(by.agreed).toBe(false);
    expect(md).toContain('Decision log (3 entries, none confirmed by both)');
  });

  it('counts an entry both confirmed at the offsite', () => {
    expect(logState([logged('a'), fromCapture], bothConfirmed(DECISION)).by.state).toBe('2 entries, 1 confirmed by both at the offsite');
  });

  it('does not count a confirmed entry edited afterwards', () => {
    const edited = { ...fromCapture, what: 'Delivery dates are the CEO’s call' };
    expect(logState([edited], bothConfirmed(DECISION)).by.state).toBe('1 entry, none confirmed by both');
  });

  it('an empty log says so', () => {
    expect(logState([]).by).toMatchObject({ state: 'empty', agreed: false });
  });
});
