import { describe, expect, it } from 'vitest';
import { buildOffsiteSummary } from '../../../../shared/offsite/summary';
import { captureHash, captureKey } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { recordLocal, sharedKey } from '../../../../shared/workspace/agreement';

const base = { blockId: 'b1', blockTitle: 'Gap 1', authorName: 'Alex', createdAt: '2026-11-26T10:00:00.000Z' };
const A: Capture = { ...base, id: 'a', kind: 'action', text: 'Draft it', owner: 'CTO', due: '2026-11-30' };
const B: Capture = { ...base, id: 'b', kind: 'decision', text: 'Pilot', options: [], forum: 'F', decidedOn: '2026-11-26', owner: 'CEO', createdAt: '2026-11-27T09:00:00.000Z' };

describe('buildOffsiteSummary', () => {
  it('never lists an unconfirmed capture as agreed; actions carry their capture\'s state', () => {
    const hash = captureHash(A);
    const k = captureKey('a');
    const s = buildOffsiteSummary(
      { captures: [A, B], actions: [{ id: 'action-a', captureId: 'a', blockId: 'b1', text: 'Draft it', owner: 'CTO', due: '2026-11-30' }], parked: [] },
      {
        shared: {
          [sharedKey(k, 'ceo')]: { role: 'ceo', name: 'Alex', hash, at: '2026-11-26T11:00:00.000Z', mode: 'together' },
          [sharedKey(k, 'cto')]: { role: 'cto', name: 'Blake', hash, at: '2026-11-26T11:00:00.000Z', mode: 'together' },
        },
        local: recordLocal({}, k, ['ceo', 'cto'], hash),
      },
    );
    expect(s.agreed.map((r) => [r.capture.id, r.label])).toEqual([['a', 'agreed by both on 2026-11-26']]);
    // Who agreed is not the confirmation records' free text: the sheet prints the compared rounds' leaders.
    expect(JSON.stringify(s)).not.toContain('Alex (CEO)');
    expect(s.proposed.map((r) => [r.capture.id, r.label])).toEqual([['b', 'proposed (not yet agreed)']]);
    expect(s.actions.map((a) => [a.id, a.agreed, a.label])).toEqual([['action-a', true, 'agreed by both on 2026-11-26']]);
    // Only what both agreed dates the offsite: the unconfirmed capture of the 27th does not.
    expect(s.dates).toEqual({ from: '2026-11-26', to: '2026-11-26' });
  });
});

describe('captures this laptop confirmed that the shared workspace no longer holds', () => {
  it('are reported (the partner can delete any), and the plan says so in its offsite section and Markdown', async () => {
    const { buildPlanOffsite } = await import('../../../../shared/plan/offsite');
    const local = recordLocal(recordLocal({}, captureKey('a'), ['ceo'], captureHash(A)), captureKey('gone'), ['ceo'], 'h');
    const s = buildOffsiteSummary({ captures: [A], actions: [], parked: [] }, { shared: {}, local });
    expect(s.removed).toEqual(['gone']);
    const o = buildPlanOffsite({ captures: [], actions: [], parked: [] }, { shared: {}, local })!;
    expect(o.removed).toBe(2);
    const { removedText } = await import('../../../../shared/plan/offsite-text');
    expect(removedText(2)).toBe('2 items you confirmed at the offsite are no longer in the shared workspace: restore them from Versions before sharing this plan.');
    expect(buildPlanOffsite({ captures: [A], actions: [], parked: [] }, { shared: {}, local: {} })!.removed).toBe(0);
  });
});

describe('the printable summary sheet', () => {
  it('carries no bidi override from partner-written text or names, and is otherwise the same summary', async () => {
    const { offsiteSummaryForPrint } = await import('../../../../shared/offsite/summary');
    const RLO = '\u202E';
    const forged: Capture = { ...B, id: 'c', text: `Pilot ${RLO}ylno OEC`, importedFrom: { name: `Sam${RLO} (CTO) on 2031`, role: 'cto' } } as Capture;
    const record = { captures: [forged], actions: [], parked: [] };
    const plain = buildOffsiteSummary(record, { shared: {}, local: {} });
    const printed = offsiteSummaryForPrint(record, { shared: {}, local: {} });
    expect(JSON.stringify(printed)).not.toContain(RLO);
    expect(printed.proposed[0].capture.importedFrom?.name).toBe('Sam (CTO) on 2031');
    expect(JSON.stringify(printed).replaceAll(RLO, '')).toBe(JSON.stringify(plain).replaceAll(RLO, ''));
  });
});
