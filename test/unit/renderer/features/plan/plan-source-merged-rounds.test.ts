// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Round } from '../../../../../shared/assessment/types';
import { buildBackup, parseBackup, serializeBackup } from '../../../../../shared/backup/format';
import { planRestore } from '../../../../../shared/backup/plan';
import { defaultPair } from '../../../../../renderer/features/plan/plan-source';
import { localOffsiteSource } from '../../../../../renderer/features/offsite/use-offsite';
import { localPair } from '../../../../../renderer/features/workspace/current-gaps';
import { sealedRound, six } from '../../../shared/history/fixtures';

/*
 * Rounds a backup Merge adds are anyone's making (review r24). The plan's pair — and the offsite's
 * and the workspace gaps', which take it from defaultPair — rests on the comparison this laptop
 * verified whenever there is one.
 */
const mine = sealedRound({ id: 'ceo-q4', role: 'ceo', label: '2026-Q4', sealedAt: '2026-11-20T09:00:00.000Z', answers: [six(5), six(5), six(4), six(4)] });
const checked: Round = { ...sealedRound({ id: 'partner-aaaaaaaaaaaaaaaaaaaaaaaa', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:06:00.000Z', answers: [six(1), six(2), six(2), six(2)], receivedFrom: 'file' }), pairedWith: 'ceo-q4' };

/** `local` after a Merge of a backup holding `inFile`; the added rounds as planRestore gives them. */
function merge(local: Round[], inFile: Round[]): Round[] {
  const parsed = parseBackup(serializeBackup(buildBackup({ rounds: inFile, docs: [], now: new Date() })));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return [...local, ...planRestore({ rounds: local, settings: {}, docIds: [] }, parsed.value, 'merge').rounds.add];
}

describe('a plan selection saved while only a backup’s unverified partner round was there', () => {
  const forged = { ...sealedRound({ id: 'partner-ffffffffffffffffffffffff', role: 'cto', label: '2026-Q4', sealedAt: '2026-11-20T09:05:00.000Z', answers: [six(4), six(4), six(4), six(4)], receivedFrom: 'file' }), pairedWith: 'ceo-q4' };

  it('yields to the checked round compared with the same own round once it is kept', () => {
    const before = merge([mine], [forged]);
    expect(before.find((r) => r.id === forged.id)?.unverified).toBe(true);
    // PlanPage saves the pair it shows, asked for or not, and reads it back as `wanted`.
    const saved = defaultPair(before);
    expect(saved).toEqual({ ceoId: 'ceo-q4', ctoId: forged.id });
    const after = [...before, checked];
    expect(defaultPair(after, saved)).toEqual({ ceoId: 'ceo-q4', ctoId: checked.id });
    expect(defaultPair(after, { ctoId: forged.id }, 'ceo-q4').ctoId).toBe(checked.id);
    expect(localPair(after, saved)?.cto.id).toBe(checked.id);
  });

  it('is kept while no verified round was compared with that own round', () => {
    const before = merge([mine], [forged]);
    expect(defaultPair(before, { ceoId: 'ceo-q4', ctoId: forged.id }).ctoId).toBe(forged.id);
  });
});

describe('a Merge that adds a newer "own" round, paired with a partner round of the backup', () => {
  // Nothing marks it: a Merge of this laptop's own backup adds own rounds too.
  const forgedOwn = sealedRound({ id: 'ceo-q4-redo', role: 'ceo', label: '2026-Q4', sealedAt: new Date(Date.now() - 60_000).toISOString(), answers: [six(2), six(2), six(2), six(2)] });
  const forgedTheirs = { ...sealedRound({ id: 'partner-bbbbbbbbbbbbbbbbbbbbbbbb', role: 'cto', label: '2026-Q4', sealedAt: forgedOwn.sealedAt, answers: [six(2), six(2), six(2), six(2)], receivedFrom: 'peer' }), pairedWith: 'ceo-q4-redo' };

  it('does not displace the verified comparison in the plan or the offsite', () => {
    const after = merge([mine, checked], [forgedOwn, forgedTheirs]);
    expect(after.find((r) => r.id === forgedTheirs.id)?.unverified).toBe(true);
    expect(defaultPair(after)).toEqual({ ceoId: 'ceo-q4', ctoId: checked.id });
    expect(localOffsiteSource(after, undefined)?.cto.id).toBe(checked.id);
    expect(localPair(after, {})?.ceo.id).toBe('ceo-q4');
  });

  it('starts from the newest own round when no comparison was verified here', () => {
    const after = merge([mine], [forgedOwn, forgedTheirs]);
    expect(defaultPair(after)).toEqual({ ceoId: 'ceo-q4-redo', ctoId: forgedTheirs.id });
  });
});
