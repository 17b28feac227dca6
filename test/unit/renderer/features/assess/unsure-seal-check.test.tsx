// @vitest-environment jsdom
// jsdom: the alert renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { AccordDatabase } from '../../../../../renderer/data/db';
import { DexieDocStore } from '../../../../../renderer/data/doc-store';
import { DexieRoundRepository } from '../../../../../renderer/data/dexie-round-repository';
import { DexieSettingsRepository } from '../../../../../renderer/data/settings-repository';
import { provideServices } from '../../../../../renderer/stores/services';
import { useCompareStore } from '../../../../../renderer/stores/compare-store';
import { useAssessStore } from '../../../../../renderer/stores/assess-store';
import { UnsureSealAlert } from '../../../../../renderer/features/assess/UnsureSealAlert';
import type { SessionMeta } from '../../../../../renderer/sync/comparison-controller';
import type { ConnectionStatus } from '../../../../../renderer/sync/session';
import type { SessionView } from '../../../../../shared/session/projection';
import { newInvite } from '../../../../../shared/invite/invite-code';
import { mine, NOW } from '../../stores/live-comparison';

/*
 * Review r28: the seal-unsure alert resumes this round's comparison to find out whether the seal
 * was sent, but said nothing about it, so the user could answer before it was known; and a
 * hosted comparison went back on the LAN from a page showing no connection. The alert now says,
 * from the compare store's real state, what the check is doing, and links to Compare (Leave).
 * The store's state is set directly here (no saved comparison on disk: the alert's own resume
 * finds nothing and leaves it as set).
 */

const invite = newInvite('127.0.0.1', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
const metaOf = (roundId: string, isHost = false): SessionMeta => ({ ...invite, signalingUrls: [], roundId, participantId: 'me', salt: 'ab'.repeat(32), isHost, createdAt: NOW });
const status = (state: ConnectionStatus['state'], more: Partial<ConnectionStatus> = {}): ConnectionStatus => ({ state, peers: 0, signaling: false, strangerAttempts: 0, thirdDevices: 0, ...more });

// Review r29: the check reads this laptop's saved copy of the room (at the comparison's first
// step); the partner's laptop can never hand our commitment back (refused under our role).
const LOOKING = "Looking for this seal in this round's comparison as saved on this laptop…";
const NOT_FOUND =
  "This round's comparison, as saved on this laptop, does not hold this seal: nothing here shows that it left. If Accord closed just after you pressed Seal now, it may still have reached your partner's laptop before it was saved here; this laptop cannot confirm that from there.";
/** The comparison's first step ran (our round, unsealed here): the saved copy was read. */
const looked = { phase: 'answering', withholding: false } as const;

beforeEach(async () => {
  const db = new AccordDatabase(`accord-unsure-check-${Math.random()}`);
  await db.open();
  provideServices({ rounds: new DexieRoundRepository(db), settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
});
afterEach(() => {
  // (Before render-in-dom's unmount: hooks run in reverse.)
  act(() => {
    useCompareStore.setState({ meta: undefined, status: undefined, view: undefined, error: undefined, protocol: undefined });
    useAssessStore.setState({ round: undefined });
  });
});

/**
 * The alert, once its lazily loaded check is in. The check's module is loaded (transformed) first:
 * a cold first load could take longer than the settle on a loaded machine (CI), and with no
 * comparison the check renders nothing there is to wait for.
 */
async function alert() {
  await import('../../../../../renderer/features/assess/SealCheck');
  const page = render(<UnsureSealAlert id={mine.id} onReviewStep={false} />);
  await settle();
  return page;
}
const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
const set = (state: Partial<ReturnType<typeof useCompareStore.getState>>) => act(() => useCompareStore.setState(state));
const checkLine = (page: HTMLElement) => page.querySelector('[data-testid="seal-unsure"] [role="status"]')?.textContent;
const connectionLine = (page: HTMLElement) => page.querySelector('[data-testid="seal-check-connection"]')?.textContent?.trim();

describe('the seal-unsure alert says what the check with the comparison is doing', () => {
  it('says it is looking only once the comparison of this round is resumed, in a polite status inside the one alert', async () => {
    const page = await alert();
    // No saved comparison of this round: nothing is being checked, and nothing says so.
    expect(page.textContent).not.toMatch(/check|looking/i);
    await set({ meta: metaOf('q3-ceo'), status: status('connecting') });
    expect(page.textContent).not.toMatch(/check|looking/i);

    await set({ meta: metaOf(mine.id), status: status('connecting') });
    expect(checkLine(page)).toBe(LOOKING);
    expect(page.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(page.querySelectorAll('[role="alert"]')).toHaveLength(1);
    // Not blocked: the user's answer stays theirs to give.
    expect(page.querySelector<HTMLButtonElement>('[data-testid="seal-unsure"] button')?.disabled).toBe(false);
  });

  it('a hosted comparison back on the network: its connection in words, and the way to the Compare page (Leave)', async () => {
    const page = await alert();
    await set({ meta: metaOf(mine.id, true), status: status('waiting', { signaling: true }) });
    expect(checkLine(page)).toBe(LOOKING);
    expect(connectionLine(page)).toBe('Comparison of this round: Hosting — waiting for your partner to join. Open Compare to see it or leave it');
    const link = page.querySelector<HTMLAnchorElement>('[data-testid="seal-check-connection"] a');
    expect(link?.getAttribute('href')).toBe('#/compare');
  });

  it('connected, the saved copy read: says it does not hold the seal, never that the partner is checked or the message closes by itself', async () => {
    const page = await alert();
    act(() => useAssessStore.setState({ round: mine }));
    const view: SessionView = { participants: { cto: { name: 'Blake', state: 'answering' } }, sealed: {}, acks: {}, revealed: {}, mismatches: [], problems: [], bothSealed: false, complete: false };
    await set({ meta: metaOf(mine.id), status: status('connected', { peers: 1, signaling: true, path: 'direct' }), view, protocol: looked });
    expect(checkLine(page)).toBe(NOT_FOUND);
    expect(connectionLine(page)).toBe('Comparison of this round: Connected to Blake — direct link. Open Compare to see it or leave it');
  });

  it.each(['waiting', 'linking', 'no-direct-link'] as const)('review r29: %s, the saved copy read: nothing is being checked with the partner\'s laptop, whoever joins', async (state) => {
    const page = await alert();
    for (const isHost of [true, false]) {
      await set({ meta: metaOf(mine.id, isHost), status: status(state, { signaling: true }), protocol: looked });
      expect(checkLine(page)).toBe(NOT_FOUND);
      expect(checkLine(page)).not.toMatch(/Checking|closes by itself/);
    }
  });

  it.each(['unreachable', 'link-failed', 'wrong-code'] as const)('%s: what the saved copy holds, not "reconnect and let Accord check" (the partner cannot confirm it)', async (state) => {
    const page = await alert();
    await set({ meta: metaOf(mine.id), status: status(state), protocol: looked });
    expect(checkLine(page)).toBe(NOT_FOUND);
    expect(page.textContent).not.toMatch(/Checking|reconnect/);
  });

  it('offline, or stopped syncing: the same, what the saved copy holds', async () => {
    const page = await alert();
    await set({ meta: metaOf(mine.id), status: status('offline'), protocol: looked });
    expect(checkLine(page)).toBe(NOT_FOUND);
    await set({ status: status('dropped', { refusal: { reason: 'it sent too much at once', kind: 'rate' } }) });
    expect(checkLine(page)).toBe(NOT_FOUND);
  });

  it('a compromised room (the partner wrote under our role): says so, and does not send the user back to reconnect to it', async () => {
    const page = await alert();
    await set({
      meta: metaOf(mine.id),
      status: status('dropped', { refusal: { reason: "a peer tried to write this laptop's commitments entry", kind: 'protocol' } }),
      protocol: { phase: 'compromised', compromised: "your partner's laptop tried to write under your role (CEO)", withholding: false },
    });
    const line = checkLine(page);
    expect(line).toBe(
      "This room is compromised: your partner's laptop tried to write under your role (CEO). Accord will not look for this seal there. If you pressed Seal now, assume your partner has your answers; if you did not, keep editing.",
    );
    expect(line).not.toContain('reconnect');
  });

  it('a resume that failed before connecting: says it cannot check, and why', async () => {
    const page = await alert();
    await set({ meta: metaOf(mine.id), status: undefined, error: 'the disk is full' });
    expect(checkLine(page)).toBe(
      "Accord could not reopen this round's comparison (the disk is full), so it cannot look there for this seal. If you are not sure, reconnect it first (on the Compare page) and let Accord look.",
    );
  });
});
