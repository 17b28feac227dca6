import { create } from 'zustand';
import { formatInvite } from '../../shared/invite/invite-code';
import type { SessionView } from '../../shared/session/projection';
import { buildComparison, compareWithPartner, type Comparison } from '../../shared/session/comparison';
import type { SealedPayload } from '../../shared/reveal/types';
import type { Round } from '../../shared/assessment/types';
import type { ProtocolState, SessionMeta } from '../sync/comparison-controller';
import type { ConnectionStatus } from '../sync/session';
import { services } from './services';
import { useRoundsStore } from './rounds-store';
import { useAssessStore } from './assess-store';
import { afterPaint } from '../app/after-paint';
import { decodeStoredRound } from '../data/dexie-round-repository';
import { noteSealOut } from '../data/pending-seal';
import { keepPartnerRound } from './partner-rounds';
import { clearWithheldReveal, recordWithheldReveal } from './withheld-reveals';
import { privacyOf, useLocalPairStore } from './local-pair-store';
import { ROLE_LABELS } from '../../shared/framework/labels';
import { storageErrorText } from '../data/storage-error';
import { compareSessionLifecycle, goOffline, goOnline, isPausedForRestore, liveController } from './compare-session-lifecycle';

/** The live session's lifecycle (start, resume, leave, the pause for a backup restore) is compare-session-lifecycle.ts. */
export { pauseForRestore } from './compare-session-lifecycle';

interface CompareState {
  meta?: SessionMeta;
  inviteCode?: string;
  status?: ConnectionStatus;
  view?: SessionView;
  comparison?: Comparison;
  /**
   * A stand-in comparison (this laptop's answers on both sides), made once the partner is
   * awaited and rendered hidden until the real comparison arrives (it re-renders with the
   * panel, at idle priority): the comparison's components are compiled and warm by then, so
   * its first render is what the partner's reveal waits for, not JIT.
   */
  warmComparison?: Comparison;
  protocol?: ProtocolState;
  roleConflict: boolean;
  error?: string;
  /** What of this comparison is not on disk, in the user's words; each cleared once its save lands. */
  saveProblems: SaveProblems;
  /** Another round sat where the partner's checked round is kept (keepPartnerRound's notice). */
  keptNotice?: string;
  /** Try again to keep the partner's sealed round after it could not be stored. */
  retryKeepPartner(): Promise<void>;
  busy: boolean;
  resume(): Promise<void>;
  /** Resume the saved comparison only if it is of round `roundId`. */
  resumeFor(roundId: string): Promise<void>;
  host(roundId: string): Promise<void>;
  join(code: string, roundId: string): Promise<void>;
  leave(): Promise<void>;
  goOffline(): void;
  goOnline(): void;
  /** Re-run the protocol now (e.g. right after our round was sealed: `round` as stored). */
  poke(round?: Round): void;
  /** "Reveal together": hold (or stop holding) this laptop's acknowledgement for its user. */
  setRevealTogether(on: boolean): Promise<void>;
  revealNow(): void;
  /** Start over with the partner after this laptop stopped syncing (see session.resync). */
  resync(): void;
}

export interface SaveProblems {
  /** The comparison doc (what lets it reopen after a restart). */
  comparison?: string;
  /** The partner's sealed round (what History and the repair plan read). */
  partnerRound?: string;
}

function setSaveProblem(which: keyof SaveProblems, text: string | undefined) {
  const now = useCompareStore.getState().saveProblems;
  if (now[which] === text) return;
  useCompareStore.setState({ saveProblems: { ...now, [which]: text } });
}

export const useCompareStore = create<CompareState>((set, get) => {
  const session = compareSessionLifecycle({
    meta: () => get().meta,
    actionStarted: () => set({ busy: true, error: undefined }),
    actionFailed: (error) => set({ error }),
    actionEnded: () => set({ busy: false }),
    sessionStarting(meta) {
      warmed = false;
      // No status yet: the previous comparison's ("Stopped syncing …") is not this one's.
      set({ meta, inviteCode: formatInvite(meta), status: undefined, error: undefined, view: undefined, comparison: undefined, warmComparison: undefined, protocol: undefined, roleConflict: false, saveProblems: {}, keptNotice: undefined });
      // A comparison (re)started tries once more to keep a partner round that failed before.
      notKept.clear();
    },
    comparisonSaveProblem: (problem) =>
      setSaveProblem(
        'comparison',
        problem &&
          `This comparison could not be saved on this laptop (${problem}). It stays on screen while this window is open, but would not reopen after a restart; Accord saves it again with the next change.`,
      ),
    controllerEvents: (meta) => ({
      // Every doc change reports the status; most leave it as it was, and a render then is pure cost.
      onStatus: (status) => {
        if (JSON.stringify(status) !== JSON.stringify(get().status)) set({ status });
      },
      onPreparedSealOut: (sealed) => {
        // The assess store first: the user may have said they did not seal it.
        if (!useAssessStore.getState().preparedSealOut(sealed)) return false;
        // Noted like a seal whose write failed: a later open of the round knows it was confirmed.
        noteSealOut(sealed);
        return true;
      },
      onView: (view, protocol) => {
        // Our own answers come from this laptop's round, never from the shared doc.
        const { mine, partner } = protocol;
        const complete = protocol.phase === 'complete' && mine && partner;
        // Only in the long wait for the partner to seal: once both have sealed, the next
        // messages come within milliseconds and a warm-up then would stand in their way.
        if (!complete && protocol.mine && protocol.phase === 'waiting-partner') warmUp(protocol.mine);
        const comparison = complete ? (get().comparison ?? compareWithPartner(mine, partner.payload)) : undefined;
        set({ view, protocol, roleConflict: protocol.phase === 'role-conflict', comparison });
        // Stored once the comparison is on screen: the write is not on the reveal's path.
        if (complete) afterPaint(() => void keepPartner(partner.payload, partner.commitment, meta));
        if (protocol.withholding) void recordWithheld(meta, view, protocol);
      },
    }),
    metaChanged: (next) => set({ meta: next }),
    controllerStarted(controller, meta) {
      // A seal of this round still being stored (its write failed) may be held already as the seal
      // dialog's prepared copy: the new controller learns it as the first one did (see the
      // subscription below), or it would wait for the retry while the page says it need not.
      const { sealing, sealHeld, sealUnsure } = useAssessStore.getState();
      if (sealing?.id === meta.roundId && sealHeld && !sealUnsure) {
        const stored = decodeStoredRound({ id: sealing.id, body: JSON.stringify(sealing) });
        if (stored.ok) controller.prepare(stored.round, true);
      }
    },
    sessionLeft() {
      set({ meta: undefined, inviteCode: undefined, status: undefined, view: undefined, comparison: undefined, protocol: undefined, roleConflict: false, saveProblems: {}, keptNotice: undefined });
      notKept.clear();
    },
  });

  return {
    roleConflict: false,
    busy: false,
    saveProblems: {},
    async retryKeepPartner() {
      for (const [commitment, { payload, meta }] of [...notKept]) await keepPartner(payload, commitment, meta, true);
    },
    resumeFor: session.resumeFor,
    resume: session.resume,
    host: session.host,
    join: session.join,
    leave: session.leave,
    goOffline,
    goOnline,
    poke: (round) => liveController()?.roundChanged(round ?? useRoundsStore.getState().rounds.find((r) => r.id === get().meta?.roundId)),
    async setRevealTogether(on) {
      liveController()?.setRevealTogether(on);
    },
    revealNow: () => liveController()?.revealNow(),
    resync: () => liveController()?.session.resync(),
  };
});

/**
 * While waiting for the partner: build a throwaway comparison of our own answers against
 * themselves once, after paint, so the code that builds the real one at the reveal is
 * already compiled and the framework's tables are built (it is the slowest step left there).
 */
let warmed = false;
function warmUp(mine: SealedPayload) {
  if (warmed) return;
  warmed = true;
  afterPaint(() => useCompareStore.setState({ warmComparison: buildComparison({ ...mine, role: 'ceo' }, { ...mine, role: 'cto' }) }));
}

/** Commitments whose partner round is already stored (the view updates often after completion). */
const kept = new Set<string>();

/**
 * Store the other leader's revealed round (verified against its commitment) on this laptop, once.
 * A withheld-reveal record of this room was wrong after all (late, or refused for a clock): dropped.
 */
async function keepPartner(payload: SealedPayload, commitment: string, meta: SessionMeta, asked = false) {
  // Scheduled after paint: it may come after a restore stopped the session (see pauseForRestore).
  if (kept.has(commitment) || isPausedForRestore() || (notKept.has(commitment) && !asked)) return;
  kept.add(commitment);
  try {
    const mine = await services().rounds.get(meta.roundId);
    if (!mine) return;
    const notice = await keepPartnerRound(payload, commitment, 'peer', mine);
    if (notice) useCompareStore.setState({ keptNotice: notice });
    await clearWithheldReveal(meta.room);
    notKept.delete(commitment);
    setSaveProblem('partnerRound', undefined);
  } catch (err) {
    // Not kept. Retried when the user asks ("Try again"), not on every view update: a busy
    // partner's updates would otherwise drive a stream of failing writes into a full disk.
    kept.delete(commitment);
    notKept.set(commitment, { payload, meta });
    const why = storageErrorText(err);
    const next = why === 'the disk is full' ? 'free some disk space, then try again' : 'try again';
    setSaveProblem(
      'partnerRound',
      `The ${ROLE_LABELS[payload.role]}'s sealed round could not be kept on this laptop (${why}). The comparison is on screen, but History and the repair plan need that round: ${next}.`,
    );
  }
}

/** Partner rounds whose storing failed, by commitment: kept again only when the user asks ("Try again"). */
const notKept = new Map<string, { payload: SealedPayload; meta: SessionMeta }>();

/**
 * The one thing no two-party protocol can prevent: our reveal went out and the partner's
 * did not come. Kept on this laptop (history and the plan read it) so it is not forgotten.
 */
async function recordWithheld(meta: SessionMeta, view: SessionView, protocol: ProtocolState) {
  if (isPausedForRestore()) return;
  const partnerRole = protocol.role === 'ceo' ? 'cto' : 'ceo';
  const name = view.participants[partnerRole]?.name ?? view.sealed[partnerRole]?.name ?? 'Your partner';
  await recordWithheldReveal({
    room: meta.room,
    roundId: meta.roundId,
    partnerName: name,
    partnerRole,
    revealedAt: meta.revealedAt,
    notedAt: new Date().toISOString(),
    ...(protocol.partnerRevealRefused ? { refused: protocol.partnerRevealRefused } : {}),
  });
}

// A round sealed (or edited) on this laptop may be the next protocol step: the seal itself
// (before the round list reloads), then any change to the stored rounds.
useAssessStore.subscribe((s, prev) => {
  // Exactly what reading it back from the store gives (the seal is being, or was just, written).
  const asStored = (round: Round) => {
    const stored = decodeStoredRound({ id: round.id, body: JSON.stringify(round) });
    return stored.ok ? stored.round : undefined;
  };
  // Not a seal the user has yet to say they confirmed (sealUnsure): nothing of it is published.
  if (s.sealing && !s.sealUnsure && (s.sealing !== prev.sealing || s.sealHeld !== prev.sealHeld || prev.sealUnsure)) {
    const sealing = asStored(s.sealing);
    if (sealing) liveController()?.prepare(sealing, s.sealHeld);
  }
  if (s.sealed && s.sealed !== prev.sealed) return useCompareStore.getState().poke(asStored(s.sealed));
  if (!s.round?.sealedAt || s.round === prev.round) return;
  useCompareStore.getState().poke(asStored(s.round));
});
useRoundsStore.subscribe(() => useCompareStore.getState().poke());
// The seal dialog prepares its seal only for the round of a live comparison.
useCompareStore.subscribe((s) => {
  if (useAssessStore.getState().comparingRoundId !== s.meta?.roundId) useAssessStore.setState({ comparingRoundId: s.meta?.roundId });
});

// Taking turns: a live comparison whose round has since become private is left (its answers
// are on this page while it runs).
useLocalPairStore.subscribe((pair) => {
  const id = useCompareStore.getState().meta?.roundId;
  // (Not the round its owner has just sealed on this screen: the seal is being stored.)
  if (id && id !== pair.justSealed && privacyOf(id, pair) !== 'open') void useCompareStore.getState().leave();
});
