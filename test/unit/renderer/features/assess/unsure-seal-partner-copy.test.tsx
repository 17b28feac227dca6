// @vitest-environment jsdom
// jsdom: the alert renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../render-in-dom';
import { sealRound } from '../../../../../shared/assessment/round';
import { publishCommitment } from '../../../../../renderer/sync/comparison-doc';
import { closeLiveComparisons, liveComparison, mine, ourCommitmentTo } from '../../stores/live-comparison';

// The alert's check loads lazily: loaded here first, so a cold first load on a loaded machine (CI)
// is not raced by the tests' short settles.
await import('../../../../../renderer/features/assess/SealCheck');

/*
 * Review r29: what the seal-unsure alert's check can find. It looks for our commitment to the
 * prepared seal in this round's comparison doc. Saved on this laptop, it is found at the first
 * step and the alert goes. Not saved here (Accord closed within moments of Seal now) but received
 * by the partner's laptop, it cannot come back from there: nothing under our role is ever taken
 * from the partner (comparison-doc's rules), so the partner's copy is refused and the room is
 * called compromised. The alert said "Checking with your partner's laptop whether it received
 * this seal… It is safer to wait: if it did, this message closes by itself": it never closes so.
 * Real: every store, the comparison session and its peer guard; the partner's copy arrives on
 * the session's wire as y-webrtc delivers it (no RTCPeerConnection in jsdom).
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

const leftBehind = sealRound(mine, '2026-11-27T10:00:00.000Z');
const settle = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 100));
  });

describe('the seal-unsure alert, our commitment not saved here', () => {
  it('does not promise a check with the partner’s laptop: it says what the saved comparison holds, and the partner’s copy is refused, not taken', async () => {
    const { doc, useAssessStore, useCompareStore } = await liveComparison({ partnerFirst: true, preparedRow: leftBehind });
    expect(useAssessStore.getState().sealUnsure).toBe(true);
    const { UnsureSealAlert } = await import('../../../../../renderer/features/assess/UnsureSealAlert');
    const page = render(<UnsureSealAlert id={mine.id} onReviewStep={false} />);
    await settle();
    const line = () => page.querySelector('[data-testid="seal-unsure"] [role="status"]')?.textContent ?? '';

    // The saved comparison was read: our commitment is not in it.
    expect(useCompareStore.getState().protocol).toBeDefined();
    expect(line()).toBe(
      "This round's comparison, as saved on this laptop, does not hold this seal: nothing here shows that it left. If Accord closed just after you pressed Seal now, it may still have reached your partner's laptop before it was saved here; this laptop cannot confirm that from there.",
    );
    expect(line()).not.toMatch(/closes by itself|Checking with your partner/);

    // The partner's laptop did receive it (our earlier session wrote it): it comes back on sync.
    const { SharedDocSession } = await import('../../../../../renderer/sync/session');
    const opened = vi.spyOn(SharedDocSession, 'open');
    const sessions = await Promise.all(opened.mock.results.map((r) => r.value as ReturnType<typeof SharedDocSession.open>));
    const session = sessions.find((s) => s.doc === doc)!;
    const wire = (session as unknown as { wire: Y.Doc }).wire;
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(doc));
    publishCommitment(theirs, 'ceo', { commitment: ourCommitmentTo(leftBehind), sealedAt: leftBehind.sealedAt!, name: mine.personName });
    await act(async () => {
      Y.applyUpdate(wire, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(wire)), 'y-webrtc room');
      await new Promise((r) => setTimeout(r, 300));
    });

    // Refused, not taken as our seal: the alert stays, and says to assume the partner has the answers.
    expect(session.refusal?.reason).toBe("a peer tried to write this laptop's commitments entry");
    expect(useAssessStore.getState().sealUnsure).toBe(true);
    expect(page.querySelector('[data-testid="seal-unsure"]')).not.toBeNull();
    expect(line()).toContain('If you pressed Seal now, assume your partner has your answers');
  });
});
