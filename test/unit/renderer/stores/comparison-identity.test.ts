// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { identityFor, SALT_BYTES } from '../../../../renderer/stores/comparison-identity';
import { provideServices } from '../../../../renderer/stores/services';
import { MemoryRoundRepository } from '../../../../renderer/data/memory-round-repository';
import { MemorySettingsRepository } from '../../../../renderer/data/settings-repository';
import { MemoryDocStore } from '../../../../renderer/data/doc-store';
import { isSalt } from '../../../../shared/reveal/commitment';

describe('the salt and participant id a laptop commits with', () => {
  beforeEach(() => provideServices({ rounds: new MemoryRoundRepository(), settings: new MemorySettingsRepository(), docs: new MemoryDocStore() }));

  it('is at least 128 bits of lowercase hex, different for every room and round', async () => {
    const salts = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const { salt } = await identityFor(`room-${i}`, 'round-1');
      expect(salt).toMatch(/^[0-9a-f]+$/);
      expect(salt.length).toBe(SALT_BYTES * 2);
      expect(SALT_BYTES * 8).toBeGreaterThanOrEqual(128);
      expect(isSalt(salt)).toBe(true);
      salts.add(salt);
    }
    expect(salts.size).toBe(50);
    // Not a mostly-constant string: about half of all bits differ between two salts.
    const [a, b] = [...salts];
    let differing = 0;
    for (let i = 0; i < a.length; i++) differing += (parseInt(a[i], 16) ^ parseInt(b[i], 16)).toString(2).replace(/0/g, '').length;
    expect(differing).toBeGreaterThan(SALT_BYTES * 8 * 0.25);
  });

  it('is the same when the same round rejoins the same room (a rejoin commits what it committed)', async () => {
    const first = await identityFor('room-a', 'round-1');
    expect(await identityFor('room-a', 'round-1')).toEqual(first);
    expect((await identityFor('room-a', 'round-2')).salt).not.toBe(first.salt);
    expect((await identityFor('room-b', 'round-1')).participantId).not.toBe(first.participantId);
  });
});
