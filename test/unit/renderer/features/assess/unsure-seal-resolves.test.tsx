// @vitest-environment jsdom
// jsdom: the Assess page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../render-in-dom';
import { sealRound } from '../../../../../shared/assessment/round';
import { createCommitmentNow } from '../../../../../shared/reveal/commitment';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import { publishCommitment } from '../../../../../renderer/sync/comparison-doc';
import { closeLiveComparisons, liveComparison, mine, ours } from '../../stores/live-comparison';

/*
 * Accord closed just after Seal now; the note of it was lost, the prepared seal was not. The
 * round opens "unsure". The user should not have to guess: the comparison it was sealed in
 * holds our commitment to exactly that seal, so the alert asks it (resuming the saved
 * comparison of this round), and the round leaves "unsure" without the user choosing.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

const matches = (state: object, want: Record<string, unknown>) => Object.entries(want).every(([k, v]) => (state as Record<string, unknown>)[k] === v);
const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const leftBehind = sealRound(mine, '2026-11-27T10:00:00.000Z');

describe('the seal-unsure alert, opened after a restart', () => {
  it('asks the saved comparison of this round, which recognises our commitment: the alert goes, the round waits to be sealed again', async () => {
    // Before the crash: the room got our commitment to the prepared seal, and it was saved here.
    const { doc, db } = await liveComparison({ partnerFirst: true, preparedRow: leftBehind });
    publishCommitment(doc, 'ceo', { commitment: createCommitmentNow(payloadFromRound(leftBehind), 'ab'.repeat(32), sha256), sealedAt: leftBehind.sealedAt!, name: mine.personName });
    await vi.waitFor(() => expect(ours(doc, 'commitments')).toBeDefined());
    const { pauseForRestore } = await import('../../../../../renderer/stores/compare-store');
    await pauseForRestore(); // stops the comparison, its saved state kept, as a crash leaves it

    // The restart: the Seal-now note was lost; the assess page opens on the round.
    localStorage.clear();
    vi.resetModules();
    const { DexieRoundRepository } = await import('../../../../../renderer/data/dexie-round-repository');
    const { DexieSettingsRepository } = await import('../../../../../renderer/data/settings-repository');
    const { DexieDocStore } = await import('../../../../../renderer/data/doc-store');
    const { provideServices } = await import('../../../../../renderer/stores/services');
    provideServices({ rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
    const { useRoundsStore } = await import('../../../../../renderer/stores/rounds-store');
    await useRoundsStore.getState().load();
    const { useAssessStore } = await import('../../../../../renderer/stores/assess-store');
    await useAssessStore.getState().open(mine.id);
    expect(useAssessStore.getState().sealUnsure).toBe(true);
    const { AssessPage } = await import('../../../../../renderer/features/assess/AssessPage');
    const page = render(<AssessPage id={mine.id} step={5} />);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 30));
    });

    // Polled between act() scopes, not inside one: React holds the work an act() scope schedules
    // (the alert's effect that resumes the comparison among it) until the scope ends, so a wait
    // inside one saw nothing happen whenever that effect came late (a loaded machine).
    const resolved = { sealUnsure: false, sealError: 'your seal was not stored on this laptop' };
    for (let waited = 0; waited < 5000 && !matches(useAssessStore.getState(), resolved); waited += 25) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 25));
      });
    }
    expect(useAssessStore.getState()).toMatchObject(resolved);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 30));
    });
    expect(page.querySelector('[data-testid="seal-unsure"]')).toBeNull();
    // The seal is held on this laptop (the prepared copy), as the Compare page says: not "could not be stored on this laptop".
    expect(page.querySelector('[data-testid="seal-unsaved"]')?.textContent).toContain(
      'You sealed this round but it could not be stored with your round on this laptop; the copy kept when you opened the seal dialog holds it',
    );
    const { useCompareStore: restarted } = await import('../../../../../renderer/stores/compare-store');
    expect(restarted.getState().protocol?.compromised).toBeUndefined();
    await restarted.getState().leave();
  });
});
