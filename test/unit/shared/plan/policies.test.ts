import { describe, expect, it } from 'vitest';
import { buildPolicies } from '../../../../shared/plan/policies';
import { planContext } from '../../../../shared/plan/context';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { agreeKeys, today } from './fixtures';

const escalationOf = (ws: ReturnType<typeof defaultWorkspace>) =>
  buildPolicies(planContext({ workspace: ws, agreement: agreeKeys(ws, ['matrix']) })).find((p) => p.title === 'Escalation path')!;

/**
 * Review (board reader) finding 2: under an agreed matrix, "Your decision matrix: To the CTO… To the
 * CEO… Joint…" left out a row nobody is accountable for without a word, so "Layoffs and hiring
 * freezes" read as a decision the matrix does not have. The path names the rows it cannot route, and why.
 */
describe('the escalation path of a matrix with rows it cannot route', () => {
  it('names each row it leaves out, with why', () => {
    const ws = defaultWorkspace(today);
    ws.matrix[3] = { ...ws.matrix[3], decision: 'Layoffs and hiring freezes', accountable: [] };
    const esc = escalationOf(ws);
    expect(esc.state).toBe('agreed by both on 2026-01-14');
    expect(esc.body).toMatch(/Your decision matrix: To the CTO: [^]*\. Left out of this path until its row is complete: Layoffs and hiring freezes \(nobody accountable\)\.$/);

    ws.matrix[0] = { ...ws.matrix[0], decision: ' ' };
    ws.matrix[1] = { ...ws.matrix[1], accountable: ['Finance', 'People'], jointAccountable: false };
    expect(escalationOf(ws).body).toContain(
      `Left out of this path until their rows are complete: an unnamed row (no decision named); ${ws.matrix[1].decision} (no single accountable owner); Layoffs and hiring freezes (nobody accountable).`,
    );
  });

  it('says nothing of the kind when every row has a name and one owner', () => {
    const ws = defaultWorkspace(today);
    ws.matrix[0] = { ...ws.matrix[0], cadence: '' };
    expect(escalationOf(ws).body).not.toContain('Left out');
  });
});
