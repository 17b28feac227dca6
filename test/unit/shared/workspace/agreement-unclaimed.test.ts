// unclaimedConfirmations: the shared record holds a confirmation in my role's name for the content
// as it stands, and this laptop has no record of making it (a restore onto a new laptop, or the
// partner's laptop wrote it). The Workspace page names these; none of them reads as agreed.
import { describe, expect, it } from 'vitest';
import { contentHash, sharedKey, unclaimedConfirmations, type AgreementRole, type Confirmation } from '../../../../shared/workspace/agreement';

const contents = { matrix: { rows: ['a'] }, ladder: { rungs: 2 } };
const h = contentHash(contents.matrix);
const conf = (role: AgreementRole, hash = h, filedAs: AgreementRole = role): Confirmation => ({ role: filedAs, name: 'N', hash, at: '2026-03-02T10:00:00.000Z', mode: 'live' });

describe('unclaimedConfirmations', () => {
  it('names a key whose current content the record says I confirmed, with no record of it here', () => {
    expect(unclaimedConfirmations(contents, { shared: { [sharedKey('matrix', 'ceo')]: conf('ceo') }, local: {}, me: 'ceo' })).toEqual(['matrix']);
  });

  it('not when this laptop holds that confirmation', () => {
    expect(unclaimedConfirmations(contents, { shared: { [sharedKey('matrix', 'ceo')]: conf('ceo') }, local: { matrix: { ceo: h } }, me: 'ceo' })).toEqual([]);
  });

  it("not for the partner's own role, nor for a confirmation of content that has changed since", () => {
    expect(unclaimedConfirmations(contents, { shared: { [sharedKey('matrix', 'cto')]: conf('cto') }, local: {}, me: 'ceo' })).toEqual([]);
    expect(unclaimedConfirmations(contents, { shared: { [sharedKey('matrix', 'ceo')]: conf('ceo', contentHash('older')) }, local: {}, me: 'ceo' })).toEqual([]);
  });

  it('not for an entry under my key that names the other role (it speaks for nobody)', () => {
    expect(unclaimedConfirmations(contents, { shared: { [sharedKey('matrix', 'ceo')]: conf('ceo', h, 'cto') }, local: {}, me: 'ceo' })).toEqual([]);
  });

  it('with both leaders on this laptop: either role, unless one of them is recorded here at this content', () => {
    const shared = { [sharedKey('matrix', 'cto')]: conf('cto') };
    expect(unclaimedConfirmations(contents, { shared, local: {} })).toEqual(['matrix']);
    expect(unclaimedConfirmations(contents, { shared: { [sharedKey('matrix', 'ceo')]: conf('ceo') }, local: {} })).toEqual(['matrix']);
    // One role recorded here at this content: agreementState counts the other as the pair's, so it is not unclaimed.
    expect(unclaimedConfirmations(contents, { shared, local: { matrix: { ceo: h } } })).toEqual([]);
    expect(unclaimedConfirmations(contents, { shared, local: { matrix: { cto: h } } })).toEqual([]);
    expect(unclaimedConfirmations(contents, { shared: { [sharedKey('matrix', 'ceo')]: conf('ceo') }, local: { matrix: { cto: h } } })).toEqual([]);
    // Recorded here for an older content: the current one is still unclaimed.
    expect(unclaimedConfirmations(contents, { shared, local: { matrix: { ceo: contentHash('older') } } })).toEqual(['matrix']);
  });

  it('lists every such key, in the order of the contents, and only those', () => {
    const shared = {
      [sharedKey('matrix', 'ceo')]: conf('ceo'),
      [sharedKey('ladder', 'ceo')]: conf('ceo', contentHash(contents.ladder)),
    };
    expect(unclaimedConfirmations(contents, { shared, local: {}, me: 'ceo' })).toEqual(['matrix', 'ladder']);
    expect(unclaimedConfirmations({ ...contents, cadence: [] }, { shared, local: { ladder: { ceo: contentHash(contents.ladder) } }, me: 'ceo' })).toEqual(['matrix']);
  });
});
