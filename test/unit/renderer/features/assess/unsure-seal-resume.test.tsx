// @vitest-environment jsdom
// jsdom: the Assess page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { StrictMode, act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../render-in-dom';
import { sealRound } from '../../../../../shared/assessment/round';
import { AccordDatabase } from '../../../../../renderer/data/db';
import { DexieDocStore } from '../../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../../renderer/data/settings-repository';
import { newInvite } from '../../../../../shared/invite/invite-code';
import { mine, NOW } from '../../stores/live-comparison';

// The alert's check loads lazily: loaded here first, so a cold first load on a loaded machine (CI)
// is not raced by the tests' short settles.
await import('../../../../../renderer/features/assess/SealCheck');

/*
 * Review r28 of the seal-unsure alert's resume (UnsureSealAlert's effect -> resumeFor). After a
 * restart the round opens "unsure" and the alert resumes the saved comparison of its round.
 * That resume must be the one resume: not a second comparison session beside another resume
 * (React StrictMode runs the effect twice; the Compare, Plan and Offsite pages resume too), not
 * a comparison that comes up after the user pressed Leave, and no LAN listener while a backup
 * restore has stopped the comparison.
 */

const leftBehind = sealRound(mine, '2026-11-27T10:00:00.000Z');
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  // In act: the alert on screen (unmounted after this hook) shows the comparison Leave clears.
  await act(async () => {
    for (const close of closers.splice(0)) await close();
  });
  localStorage.clear();
  vi.restoreAllMocks();
});

/** Accord restarted after closing with the seal dialog open: a prepared seal, the saved comparison not resumed yet. */
async function restarted(opts: { isHost?: boolean } = {}) {
  vi.resetModules();
  const db = new AccordDatabase(`accord-unsure-resume-${Math.random()}`);
  await db.open();
  const rounds = new DexieRoundRepository(db);
  await rounds.put(mine);
  await db.seals.put({ id: leftBehind.id, body: JSON.stringify(leftBehind) });
  const { provideServices } = await import('../../../../../renderer/stores/services');
  provideServices({ rounds, settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
  const invite = newInvite('127.0.0.1', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
  const meta = { ...invite, signalingUrls: [], roundId: mine.id, participantId: 'me', salt: 'ab'.repeat(32), isHost: Boolean(opts.isHost), createdAt: NOW };
  await db.settings.put({ key: 'compare.session', value: JSON.stringify(meta) });
  const { platform } = await import('../../../../../renderer/platform');
  const startSignaling = vi.spyOn(platform, 'startSignaling').mockResolvedValue(['ws://127.0.0.1:4444/signal']);
  vi.spyOn(platform, 'stopSignaling').mockResolvedValue();
  const { SharedDocSession } = await import('../../../../../renderer/sync/session');
  const opened = vi.spyOn(SharedDocSession, 'open');
  const closed = vi.spyOn(SharedDocSession.prototype, 'close');
  const { useCompareStore, pauseForRestore } = await import('../../../../../renderer/stores/compare-store');
  const { useAssessStore } = await import('../../../../../renderer/stores/assess-store');
  const { useRoundsStore } = await import('../../../../../renderer/stores/rounds-store');
  await useRoundsStore.getState().load();
  await useAssessStore.getState().open(mine.id);
  expect(useAssessStore.getState().sealUnsure).toBe(true);
  closers.push(() => useCompareStore.getState().leave());
  const comparisonOpens = () => opened.mock.calls.filter(([o]) => o.room === invite.room).length;
  return { db, room: invite.room, startSignaling, opened, closed, comparisonOpens, useCompareStore, useAssessStore, pauseForRestore };
}

const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 150));
  });

describe('the seal-unsure alert resumes the saved comparison of its round', () => {
  it('under React StrictMode (the effect runs twice) the comparison room is opened once', async () => {
    const { comparisonOpens, useCompareStore } = await restarted();
    const { AssessPage } = await import('../../../../../renderer/features/assess/AssessPage');
    render(
      <StrictMode>
        <AssessPage id={mine.id} step={0} />
      </StrictMode>,
    );
    await settle();
    await settle();
    expect(useCompareStore.getState().meta?.roundId).toBe(mine.id);
    // Two sessions of one room: y-webrtc throws for the second, and the first is never closed.
    expect(comparisonOpens()).toBe(1);
  });

  it('while the Compare page resumes it too, the comparison room is opened once', async () => {
    const { comparisonOpens, useCompareStore } = await restarted();
    await Promise.all([useCompareStore.getState().resumeFor(mine.id), useCompareStore.getState().resume()]);
    expect(comparisonOpens()).toBe(1);
  });

  it('Leave pressed while it is still starting: nothing of the comparison stays open', async () => {
    const { opened, closed, db, useCompareStore } = await restarted();
    const resuming = useCompareStore.getState().resumeFor(mine.id);
    // The Compare page shows the session (Leave included) once its meta is set.
    await vi.waitFor(() => expect(useCompareStore.getState().meta).toBeDefined(), { interval: 1 });
    await useCompareStore.getState().leave();
    await resuming;
    await new Promise((r) => setTimeout(r, 100));
    expect(useCompareStore.getState().meta).toBeUndefined();
    expect(useCompareStore.getState().status).toBeUndefined();
    expect((await db.settings.get('compare.session'))?.value).toBe('');
    // Every session opened for it (the comparison's and the workspace's) is closed again.
    expect(closed.mock.calls.length).toBe(opened.mock.calls.length);
  });

  it('a hosted comparison does not listen on the LAN again while a backup restore has stopped it', async () => {
    const { startSignaling, useCompareStore, pauseForRestore } = await restarted({ isHost: true });
    await pauseForRestore();
    await useCompareStore.getState().resumeFor(mine.id);
    expect(startSignaling).not.toHaveBeenCalled();
    expect(useCompareStore.getState().error).toBe('A backup is being restored; the comparison reconnects once the page reloads.');
  });

  it('a hosted comparison it resumed: the alert says what its saved copy holds, how the comparison is connected, and links to Compare (Leave)', async () => {
    const { startSignaling, useCompareStore } = await restarted({ isHost: true });
    const { AssessPage } = await import('../../../../../renderer/features/assess/AssessPage');
    const page = render(<AssessPage id={mine.id} step={0} />);
    await settle();
    await settle();
    // Listening on the LAN again, from a page that now says so.
    expect(startSignaling).toHaveBeenCalled();
    expect(useCompareStore.getState().status).toBeDefined();
    const alert = page.querySelector('[data-testid="seal-unsure"]');
    expect(alert?.querySelector('[role="status"]')?.textContent).toBe(
      "This round's comparison, as saved on this laptop, does not hold this seal: nothing here shows that it left. If Accord closed just after you pressed Seal now, it may still have reached your partner's laptop before it was saved here; this laptop cannot confirm that from there.",
    );
    expect(alert?.querySelector('[data-testid="seal-check-connection"]')?.textContent?.trim()).toBe('Comparison of this round: Connecting… Open Compare to see it or leave it');
    expect(alert?.querySelector('a[href="#/compare"]')).not.toBeNull();
  });
});
