// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newRestoreEpoch, replacedInStorage, replacedSince, ReplacedUnderThisCopy, whenReplacedInStorage } from '../../../../renderer/sync/restore-epoch';

// The restore epoch on its own. Checked inside the merged save: doc-persistence-tabs.test.ts;
// followed as a restore in another tab: restore-tabs.test.ts.

describe('the restore epoch of a stored doc', () => {
  it('a new epoch is 96 random bits as 24 hex digits, every byte two of them', () => {
    const epochs = Array.from({ length: 50 }, newRestoreEpoch);
    for (const e of epochs) expect(e).toMatch(/^[0-9a-f]{24}$/);
    expect(new Set(epochs).size).toBe(50);
  });

  it('a row is replaced under a copy when its epoch changed, or it is gone; a first row with no epoch is another tab’s first save', () => {
    expect(replacedSince({ present: true, epoch: 'a' }, { present: true, epoch: 'a' })).toBe(false);
    expect(replacedSince({ present: true }, { present: true })).toBe(false);
    expect(replacedSince({ present: true, epoch: 'a' }, { present: true, epoch: 'b' })).toBe(true);
    expect(replacedSince({ present: true }, { present: true, epoch: 'b' })).toBe(true);
    expect(replacedSince({ present: true, epoch: 'a' }, { present: false })).toBe(true);
    expect(replacedSince({ present: false }, { present: false })).toBe(false);
    expect(replacedSince({ present: false }, { present: true })).toBe(false);
    expect(replacedSince({ present: false }, { present: true, epoch: 'b' })).toBe(true);
  });

  it('the error a save throws names the doc and itself', () => {
    const e = new ReplacedUnderThisCopy('workspace');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ReplacedUnderThisCopy');
    expect(e.message).toBe('"workspace" was replaced by a backup restored in another tab; this tab reloads from it.');
  });

  it('those told of a replaced workspace are told until they stop listening', () => {
    const heard: string[] = [];
    const stopA = whenReplacedInStorage(() => heard.push('a'));
    const stopB = whenReplacedInStorage(() => heard.push('b'));
    replacedInStorage();
    stopA();
    replacedInStorage();
    stopB();
    replacedInStorage();
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});
