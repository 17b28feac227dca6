// @vitest-environment jsdom
// jsdom: the alert renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from '../render-in-dom';
import { sealRound } from '../../../../../shared/assessment/round';
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
import { mine } from '../../stores/live-comparison';

// The alert's check loads lazily: loaded here first, so a cold first load on a loaded machine (CI)
// is not raced by the tests' short settles.
await import('../../../../../renderer/features/assess/SealCheck');

/*
 * Review r29: the seal-unsure alert's check line read the comparison of this round, whichever
 * it was. After Accord closed mid-seal the user may leave that room and host or join a new one
 * with the same round (the compromised banner tells them to: "Leave this room and host a new
 * one"). That comparison began after the seal was made, with its own salt: the seal was never
 * sent there and no commitment to it can turn up there. Yet the alert said "Checking with your
 * partner's laptop whether it received this seal… if it did, this message closes by itself", or
 * "Connected to your partner's laptop: if it received this seal, Accord finds it there", and
 * the compromised room's "assume your partner has your answers" was gone.
 */

const SEALED_AT = '2026-11-27T10:00:00.000Z';
/** Left on disk by the seal dialog when Accord closed (the round itself unsealed). */
const leftBehind = sealRound(mine, SEALED_AT);
const invite = newInvite('127.0.0.1', 4444, (n) => crypto.getRandomValues(new Uint8Array(n)));
const metaAt = (createdAt: string, isHost = true): SessionMeta => ({ ...invite, signalingUrls: [], roundId: mine.id, participantId: 'me', salt: 'ab'.repeat(32), isHost, createdAt });
const status = (state: ConnectionStatus['state']): ConnectionStatus => ({ state, peers: 1, signaling: true, strangerAttempts: 0, thirdDevices: 0, path: 'direct' });
const view: SessionView = { participants: { cto: { name: 'Blake', state: 'answering' } }, sealed: {}, acks: {}, revealed: {}, mismatches: [], problems: [], bothSealed: false, complete: false };

beforeEach(async () => {
  const db = new AccordDatabase(`accord-unsure-later-${Math.random()}`);
  await db.open();
  const rounds = new DexieRoundRepository(db);
  await rounds.put(mine);
  await db.seals.put({ id: leftBehind.id, body: JSON.stringify(leftBehind) });
  provideServices({ rounds, settings: new DexieSettingsRepository(db), docs: new DexieDocStore(db), db });
  await useAssessStore.getState().open(mine.id);
  expect(useAssessStore.getState().sealUnsure).toBe(true);
});
afterEach(() => {
  act(() => {
    useCompareStore.setState({ meta: undefined, status: undefined, view: undefined, error: undefined, protocol: undefined });
    useAssessStore.setState({ round: undefined, sealing: undefined, sealUnsure: false, sealHeld: false });
  });
});

const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 50));
  });
const checkLine = (page: HTMLElement) => page.querySelector('[data-testid="seal-unsure"] [role="status"]')?.textContent;

describe('the seal-unsure alert with a comparison of this round begun after the seal', () => {
  it('the comparison the seal was made in (begun before it): looked for there', async () => {
    const page = render(<UnsureSealAlert id={mine.id} onReviewStep={false} />);
    await settle();
    await act(() => useCompareStore.setState({ meta: metaAt('2026-11-27T09:00:00.000Z'), status: status('connected'), view }));
    expect(checkLine(page)).toBe("Looking for this seal in this round's comparison as saved on this laptop…");
  });

  it.each(['connected', 'waiting', 'connecting'] as const)('%s in a room hosted after it (a new room): says the seal was never sent there and cannot be checked, not to wait', async (state) => {
    const page = render(<UnsureSealAlert id={mine.id} onReviewStep={false} />);
    await settle();
    await act(() => useCompareStore.setState({ meta: metaAt('2026-11-27T11:30:00.000Z'), status: status(state), view }));
    const line = checkLine(page);
    expect(line).toBe(
      "This round's comparison began after this seal was made, in another room: the seal was never sent there, so Accord cannot check whether your partner's laptop received it. If you pressed Seal now before Accord closed, your partner may have your answers.",
    );
    expect(line).not.toMatch(/checking|closes by itself|wait/i);
  });

  it('joined after it: may be the room it was sealed in (the same invite code) or not, and says so', async () => {
    const page = render(<UnsureSealAlert id={mine.id} onReviewStep={false} />);
    await settle();
    await act(() => useCompareStore.setState({ meta: metaAt('2026-11-27T11:30:00.000Z', false), status: status('connected'), view }));
    expect(checkLine(page)).toBe(
      "This round's comparison began after this seal was made. Only if it is the room you sealed in (joined again with the same invite code) can Accord find this seal there; in a new room it cannot check whether your partner's laptop received it. If you pressed Seal now before Accord closed, your partner may have your answers.",
    );
  });

  it('the new room compromised too: still says what is known of this seal, not that Accord looks for it', async () => {
    const page = render(<UnsureSealAlert id={mine.id} onReviewStep={false} />);
    await settle();
    await act(() =>
      useCompareStore.setState({
        meta: metaAt('2026-11-27T11:30:00.000Z'),
        status: status('connected'),
        view,
        protocol: { phase: 'compromised', compromised: "your partner's laptop tried to write under your role (CEO)", withholding: false },
      }),
    );
    expect(checkLine(page)).toMatch(/^This round's comparison began after this seal was made/);
  });
});
