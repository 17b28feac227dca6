import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../../../shared/backup/format';
import { planRestore } from '../../../../../shared/backup/plan';
import { mergeKeptText } from '../../../../../renderer/features/history/restore-preview';
import { WORKSPACE_DOC_ID } from '../../../../../renderer/sync/workspace-owner';

/*
 * Review (import boundaries): a Merge kept this laptop's texts and list orders over the backup's,
 * and took a version first; the done message says both, so the user knows what stayed and how to undo.
 */
const backup = buildBackup({ rounds: [], docs: [{ id: WORKSPACE_DOC_ID, update: new Uint8Array([0, 0]) }], now: '2026-11-27T09:00:00.000Z' });
const here = { rounds: [], settings: {}, docIds: [WORKSPACE_DOC_ID] };

describe('the Merge done message', () => {
  it('says how many values here it kept over the backup’s, and that a version undoes the Merge', () => {
    const plan = planRestore(here, backup, 'merge');
    expect(mergeKeptText(plan, 3)).toBe(
      ' 3 values here (a field, a text, a list or the order of a list) differed in the backup and were kept as they are here. The workspace as it was just before the Merge is kept as a version: Versions, on the Workspace page, puts it back.',
    );
    expect(mergeKeptText(plan, 1)).toMatch(/^ 1 value here .* was kept as it is here\./);
    expect(mergeKeptText(plan, 0)).toBe(' The workspace as it was just before the Merge is kept as a version: Versions, on the Workspace page, puts it back.');
  });

  it('names no version when the workspace was not merged, and says nothing for Replace', () => {
    expect(mergeKeptText(planRestore({ ...here, docIds: [] }, backup, 'merge'), 0)).toBe('');
    expect(mergeKeptText(planRestore(here, backup, 'replace'), 2)).toBe('');
  });
});
