import { describe, expect, it } from 'vitest';
import { captureHash, captureKey, captureState, captureStateLabel } from '../../../../shared/offsite/capture-agreement';
import type { Capture } from '../../../../shared/offsite/capture';
import { recordLocal, sharedKey, type AgreementInput, type Confirmation } from '../../../../shared/workspace/agreement';

const CAP: Capture = {
  id: 'cap-1', blockId: 'b', blockTitle: 'Gap 1', author: 'ceo', authorName: 'Alex', createdAt: '2026-11-26T10:00:00.000Z',
  kind: 'action', text: 'Draft the matrix', owner: 'CTO', due: '2026-11-30',
};
const key = captureKey('cap-1');
const conf = (role: 'ceo' | 'cto', hash: string, name: string): Confirmation => ({ role, name, hash, at: '2026-11-26T11:00:00.000Z', mode: 'live' });

function confirmedBy(roles: ('ceo' | 'cto')[], mine: ('ceo' | 'cto')[], c: Capture = CAP): AgreementInput {
  const hash = captureHash(c);
  const shared: Record<string, Confirmation> = {};
  for (const r of roles) shared[sharedKey(key, r)] = conf(r, hash, r === 'ceo' ? 'Alex Kim' : 'Blake Moreau');
  return { shared, local: recordLocal({}, key, mine, hash) };
}

describe('captureState', () => {
  it('is proposed until anyone confirms', () => {
    const s = captureState(CAP, { shared: {}, local: {} });
    expect(captureStateLabel(s)).toBe('proposed (not yet agreed)');
  });

  it('names the one leader who confirmed', () => {
    expect(captureStateLabel(captureState(CAP, confirmedBy(['ceo'], ['ceo'])))).toBe('proposed (not yet agreed) · confirmed by the CEO only');
  });

  it('is agreed by both when both confirmed this content and one confirmation is this laptop\'s own', () => {
    const s = captureState(CAP, confirmedBy(['ceo', 'cto'], ['cto']));
    expect(s).toEqual({ kind: 'agreed', on: '2026-11-26', names: { ceo: 'Alex Kim', cto: 'Blake Moreau' } });
    expect(captureStateLabel(s)).toBe('agreed by both on 2026-11-26');
  });

  it('is not agreed when both confirmations come only from the shared doc (a partner can write both)', () => {
    expect(captureState(CAP, confirmedBy(['ceo', 'cto'], [])).kind).toBe('proposed');
  });

  it('an edit after agreement makes it "edited" until both confirm again; who typed it is not part of it', () => {
    const input = confirmedBy(['ceo', 'cto'], ['ceo']);
    const edited: Capture = { ...CAP, due: '2026-12-01' };
    expect(captureStateLabel(captureState(edited, input))).toBe('edited (not yet agreed)');
    const reattributed: Capture = { ...CAP, authorName: 'Someone else', editedAt: '2026-11-26T12:00:00.000Z' };
    expect(captureState(reattributed, input).kind).toBe('agreed');
  });

});
