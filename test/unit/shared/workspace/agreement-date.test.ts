import { describe, expect, it } from 'vitest';
import { agreementState, contentHash, sharedKey, type Confirmation } from '../../../../shared/workspace/agreement';

const template = { rows: ['a', 'b'] };
const edited = { rows: ['a', 'b', 'c'] };
const h = contentHash(edited);
const conf = (role: 'ceo' | 'cto', hash = h, at = '2026-03-02T10:00:00.000Z'): Confirmation => ({ role, name: role === 'ceo' ? 'Dana' : 'Sam', hash, at, mode: 'live' });
const shared = (...cs: Confirmation[]) => Object.fromEntries(cs.map((c) => [sharedKey('matrix', c.role), c]));

describe('the day an agreement is dated by (agreementState)', () => {
  it('is dated by the later of the two confirmations, whichever role made it', () => {
    const input = { shared: shared(conf('ceo', h, '2026-03-05T09:00:00.000Z'), conf('cto', h, '2026-03-03T09:00:00.000Z')), local: { matrix: { ceo: h } } };
    expect(agreementState('matrix', edited, template, input)).toMatchObject({ kind: 'agreed', on: '2026-03-05' });
  });

  it('with both confirmations on this laptop, is dated by the one entry the shared record holds', () => {
    const s = agreementState('matrix', edited, template, { shared: shared(conf('ceo', h, '2026-03-05T09:00:00.000Z')), local: { matrix: { ceo: h, cto: h } } });
    expect(s).toEqual({ kind: 'agreed', on: '2026-03-05', names: { ceo: 'Dana', cto: 'CTO' } });
  });

});
