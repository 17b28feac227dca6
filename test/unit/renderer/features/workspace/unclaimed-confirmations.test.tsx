// @vitest-environment jsdom
import * as Y from 'yjs';
import { act, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { agreementContents, agreementState, betKey, contentHash, recordLocal, sharedKey, type AgreementRole } from '../../../../../shared/workspace/agreement';
import { today } from '../../../shared/plan/fixtures';

/*
 * A CEO restores a backup onto a new laptop. The backup carries the shared workspace, with both
 * leaders' confirmations in it, but not this laptop's own record of them (backup-repository.ts:
 * a file must not be able to confirm in anyone's name). Every artifact the pair agreed then read
 * "confirmed by the CTO only" with nothing saying why. The Workspace page now says how many items
 * carry a CEO confirmation this laptop has no record of, and what to do — without claiming the
 * CEO made them: the partner's laptop can write the same entries.
 * The doc and localStorage are real; the workspace owner returns this doc (no Dexie here).
 */
let doc: Y.Doc;
vi.mock('../../../../../renderer/sync/workspace-owner', () => ({ getWorkspaceDoc: () => doc, getWorkspaceVersions: () => undefined }));

const { render } = await import('../render-in-dom');
const { seedIfEmpty, createProjector, itemsOf, orderOf } = await import('../../../../../renderer/sync/workspace-doc');
const { readLocal, readShared, rememberRole } = await import('../../../../../renderer/sync/workspace-agreement');
const { UnclaimedConfirmations } = await import('../../../../../renderer/features/workspace/UnclaimedConfirmations');

function confirmedInDoc(key: string, roles: AgreementRole[]) {
  const ws = createProjector(doc).read();
  const hash = contentHash(agreementContents(ws)[key]);
  for (const role of roles) doc.getMap('agreement').set(sharedKey(key, role), { role, name: role === 'ceo' ? 'Dana' : 'Sam', hash, at: '2026-01-14T10:00:00.000Z', mode: 'live' });
  return hash;
}
const notice = () => render(<UnclaimedConfirmations ws={createProjector(doc).read()} />).querySelector('[data-testid="unclaimed-confirmations"]');

beforeEach(() => {
  doc = new Y.Doc();
  seedIfEmpty(doc, today);
  localStorage.clear();
});

describe('confirmations under my role that this laptop has no record of', () => {
  it('are counted by artifact, and said not to count, with the two ways they got there', () => {
    rememberRole('ceo');
    confirmedInDoc('matrix', ['ceo', 'cto']);
    confirmedInDoc('riskBudgets', ['ceo', 'cto']);
    confirmedInDoc('riskBudgets:reliability', ['ceo']);
    const el = notice()!;
    expect(el.textContent).toContain('3 items carry a confirmation as the CEO that this laptop has no record of, so they do not count as agreed: Decision matrix (1), Risk budgets (2).');
    expect(el.textContent).toContain('Either another laptop with the invite wrote them, or they were made on another laptop and not carried here');
    expect(el.textContent).toContain('Agree again only to what you read here and agree with.');
  });

  it('are not mentioned once this laptop holds its own record of them', () => {
    rememberRole('ceo');
    const hash = confirmedInDoc('matrix', ['ceo', 'cto']);
    localStorage.setItem('accord.agreement.mine', JSON.stringify(recordLocal({}, 'matrix', ['ceo'], hash)));
    expect(notice()).toBeNull();
  });

  it("the partner's own confirmations are not this laptop's business", () => {
    rememberRole('ceo');
    confirmedInDoc('matrix', ['cto']);
    expect(notice()).toBeNull();
  });

  it('a confirmation of content since changed is not mentioned (it would not count anyway)', () => {
    rememberRole('ceo');
    confirmedInDoc('matrix', ['ceo']);
    expect(notice()).not.toBeNull();
    itemsOf(doc, 'matrix').get(orderOf(doc, 'matrix').get(0))!.set('decision', 'Pricing, renamed since');
    expect(notice()).toBeNull();
  });

  it('with no role on this laptop (a new laptop before any comparison), counts a confirmation under either role', () => {
    confirmedInDoc('matrix', ['ceo', 'cto']);
    confirmedInDoc('ladder', ['cto']);
    expect(notice()!.textContent).toContain('2 items carry a confirmation that this laptop has no record of, so they do not count as agreed: Decision matrix (1), Translation guide (1).');
  });

  it('with no role, confirmations made here together (both recorded on this laptop) are not mentioned', () => {
    const hash = confirmedInDoc('matrix', ['ceo', 'cto']);
    localStorage.setItem('accord.agreement.mine', JSON.stringify(recordLocal({}, 'matrix', ['ceo', 'cto'], hash)));
    expect(notice()).toBeNull();
  });

  it('with no role, a confirmation that counts (one of the two is recorded here) is not said not to count', () => {
    // The partner's CTO confirmation counts beside this laptop's own CEO one: the bar reads agreed by both.
    const hash = confirmedInDoc('matrix', ['ceo', 'cto']);
    localStorage.setItem('accord.agreement.mine', JSON.stringify(recordLocal({}, 'matrix', ['ceo'], hash)));
    const ws = createProjector(doc).read();
    const input = { shared: readShared(doc), local: readLocal() };
    expect(agreementState('matrix', agreementContents(ws).matrix, undefined, input).kind).toBe('agreed');
    expect(notice()).toBeNull();
  });
});

describe('a partner who floods the bets with confirmations in my name', () => {
  // 20,000 bets, each with a CEO confirmation the partner wrote (inside the guard's caps). The
  // notice hashed every bet again whenever the workspace changed — each keystroke anywhere on the
  // page — a fifth of a second or more each, on top of the page's own work.
  it('is counted, and still counted after keystrokes elsewhere', () => {
    rememberRole('ceo');
    const n = 20_000;
    doc.transact(() => {
      for (let i = 0; i < n; i++) {
        const bet = { name: `Bet ${i}`, reliabilityMinutes: 10, securityClasses: 'x', slipPercent: 5 };
        doc.getMap('bets').set(`b${i}`, bet);
        const hash = contentHash({ id: `b${i}`, ...bet });
        doc.getMap('agreement').set(sharedKey(betKey(`b${i}`), 'ceo'), { role: 'ceo', name: 'Dana', hash, at: '2026-01-14T10:00:00.000Z', mode: 'live' });
      }
    });
    let setWs: (ws: ReturnType<ReturnType<typeof createProjector>['read']>) => void = () => undefined;
    const first = createProjector(doc).read();
    function Host() {
      const [ws, set] = useState(first);
      setWs = set;
      return <UnclaimedConfirmations ws={ws} />;
    }
    const el = render(<Host />);
    expect(el.textContent).toContain(`${n} items carry a confirmation as the CEO`);
    // Keystrokes elsewhere: the bets' part is kept apart from the workspace's (UnclaimedConfirmations),
    // so they are not hashed again; no time bound here (a unit test), the count must hold.
    for (let k = 0; k < 10; k++) act(() => setWs({ ...first, matrix: [...first.matrix] }));
    expect(el.textContent).toContain(`${n} items carry a confirmation as the CEO`);
  });
});

