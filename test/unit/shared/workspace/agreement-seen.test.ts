import { describe, expect, it } from 'vitest';
import { sharedKey, type Confirmation } from '../../../../shared/workspace/agreement';
import { completedHashes, newlyCompleted, parseSeen, UNKNOWN, withFirstSeen } from '../../../../shared/workspace/agreement-seen';

// The pure record of when this laptop first saw an agreement completed. Kept and stamped as the
// workspace changes: renderer/sync/agreement-seen.test.ts; what it dates: offsite/summary-seen-here.test.ts.

const KEY = 'capture:c1';
const partner = (hash: string): Confirmation => ({ role: 'cto', name: 'Blake', hash, at: '2026-01-13T10:00:00.000Z', mode: 'live' });

describe('completed agreements, by the confirmations alone', () => {
  it('one of this laptop’s own and the other role’s on the same content: that content is completed', () => {
    const input = { shared: { [sharedKey(KEY, 'cto')]: partner('h1') }, local: { [KEY]: { ceo: 'h1' } }, me: 'ceo' as const };
    expect(completedHashes(KEY, input)).toEqual(['h1']);
    expect(newlyCompleted([KEY, KEY], input, {})).toEqual([{ key: KEY, hash: 'h1' }]);
    expect(newlyCompleted([KEY], input, { [KEY]: { h1: '' } })).toEqual([]);
  });

  it('nothing is completed for a key this laptop never confirmed, whatever the partner wrote', () => {
    const input = { shared: { [sharedKey(KEY, 'cto')]: partner('h1'), [sharedKey(KEY, 'ceo')]: { ...partner('h1'), role: 'ceo' as const } }, local: {}, me: 'ceo' as const };
    expect(completedHashes(KEY, input)).toEqual([]);
  });
});

describe('stamping', () => {
  it('the first observation wins: a later one, or one after UNKNOWN, never replaces it', () => {
    const first = withFirstSeen({}, KEY, 'h1', '2026-01-13T11:00:00.000Z');
    expect(withFirstSeen(first, KEY, 'h1', '2026-04-15T09:00:00.000Z')).toBe(first);
    const unknown = withFirstSeen({}, KEY, 'h1', UNKNOWN);
    expect(withFirstSeen(unknown, KEY, 'h1', '2026-04-15T09:00:00.000Z')).toEqual({ [KEY]: { h1: UNKNOWN } });
    expect(withFirstSeen(first, KEY, 'h2', '2026-04-15T09:00:00.000Z')).toEqual({ [KEY]: { h1: '2026-01-13T11:00:00.000Z', h2: '2026-04-15T09:00:00.000Z' } });
  });
});

describe('the record as stored, read back (untrusted)', () => {
  it('keeps key → hash → ISO time or UNKNOWN; anything else is dropped, whatever its shape', () => {
    const at = '2026-01-13T11:00:00.000Z';
    for (const junk of [null, '2026', 7, [{ h1: at }]]) expect(parseSeen(junk)).toEqual({});
    expect(parseSeen({ a: null, b: '2026', c: [at], d: { h1: at, h2: UNKNOWN, h3: 'yesterday', h4: 5 } })).toStrictEqual({ d: { h1: at, h2: UNKNOWN } });
  });
});
