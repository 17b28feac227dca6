// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LOCAL_PAIR_KEY, privacyWith, redactPairSetting } from '../../../../renderer/stores/local-pair-store';

const pair = {
  ceoRoundId: 'ceo-round',
  ctoRoundId: 'cto-round',
  locks: { 'ceo-round': { salt: 'a'.repeat(32), hash: 'b'.repeat(64) } },
};

describe('take turns: what may leave this laptop', () => {
  it('a round locked with its owner’s passphrase is private until unlocked or both sealed', () => {
    const sealed = (ids: string[]) => (id: string) => ids.includes(id);
    expect(privacyWith('ceo-round', { pair, unlocked: [] }, sealed(['ceo-round']))).toBe('locked');
    expect(privacyWith('ceo-round', { pair, unlocked: ['ceo-round'] }, sealed(['ceo-round']))).toBe('open');
    expect(privacyWith('ceo-round', { pair, unlocked: [] }, sealed(['ceo-round', 'cto-round']))).toBe('open');
    // Sealed without a passphrase: hidden from the other until both sealed.
    expect(privacyWith('cto-round', { pair, unlocked: [] }, sealed(['cto-round']))).toBe('hidden');
    expect(privacyWith('other', { pair, unlocked: [] }, sealed(['other']))).toBe('open');
  });

  it('the pair setting in a backup drops a left-out round’s id and its passphrase salt and hash', () => {
    const value = JSON.stringify(pair);
    const redacted = redactPairSetting(LOCAL_PAIR_KEY, value, new Set(['ceo-round']))!;
    expect(redacted).not.toContain('ceo-round');
    expect(redacted).not.toContain('a'.repeat(32));
    expect(redacted).not.toContain('b'.repeat(64));
    expect(JSON.parse(redacted)).toEqual({ ctoRoundId: 'cto-round', locks: {} });
    // Nothing left out: as it was. Other settings: as they were.
    expect(redactPairSetting(LOCAL_PAIR_KEY, value, new Set())).toBe(value);
    expect(redactPairSetting('theme', 'dark', new Set(['ceo-round']))).toBe('dark');
    // An unreadable pair setting is not passed on when something must be left out.
    expect(redactPairSetting(LOCAL_PAIR_KEY, '{"locks":', new Set(['ceo-round']))).toBeUndefined();
  });
});
