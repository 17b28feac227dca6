import { create } from 'zustand';
import { formatInvite, newInvite, parseInvite, type Invite } from '../../shared/invite/invite-code';
import type { SessionView } from '../../shared/session/projection';
import { buildComparison, type Comparison } from '../../shared/session/comparison';
import { platform } from '../platform';
import type { SealedPayload } from '../../shared/reveal/types';
import type { Round } from '../../shared/assessment/types';
import type { ComparisonController, ProtocolState, SessionMeta } from '../sync/comparison-controller';
import type { ConnectionStatus, SharedDocSession } from '../sync/session';
import { services } from './services';
import { useRoundsStore } from './rounds-store';
import { useAssessStore } from './assess-store';
import { afterPaint } from '../app/after-paint';
import { decodeStoredRound } from '../data/dexie-round-repository';
import { noteSealOut } from '../data/pending-seal';
import { keepPartnerRound } from './partner-rounds';
import { clearWithheldReveal, recordWithheldReveal } from './withheld-reveals';
import { identityFor } from './comparison-identity';
import { privacyOf, privateRoundRefusal, useLocalPairStore } from './local-pair-store';
import { ROLE_LABELS } from '../../shared/framework/labels';
import { storageErrorText } from '../data/storage-error';

const META_KEY = 'compare.session';

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

/** The one live controller (owner of the Y.Doc + provider); never stored in React state. */
let controller: ComparisonController | undefined;
/** The workspace's network while a comparison is live (the doc itself is owned by workspace-owner). */
let workspaceSession: SharedDocSession | undefined;

/** Stops both, and forgets both even when a stop fails (its last save did not land): a failed stop is not retried forever. */
async function stopAll() {
  try {
    await controller?.stop();
  } finally {
    controller = undefined;
    try {
      await workspaceSession?.close();
    } finally {
      workspaceSession = undefined;
    }
  }
}

/** Set once a backup restore stopped the sessions: nothing here writes or reconnects until the page reloads. */
let pausedForRestore = false;
/** A session being started: a pause waits for it, or it would come up after the pause and write. */
let starting: Promise<void> | undefined;
/**
 * The resume under way: every other caller shares it (React StrictMode runs an effect twice,
 * and the Assess, Compare, Plan and Offsite pages each resume), or each would start a session
 * of the same room (y-webrtc throws for the second, and the first is never closed).
 */
let resuming: Promise<void> | undefined;
/** A Leave under way: a resume waits for it, or it could read the session Leave is clearing. */
let leaving: Promise<void> | undefined;

/**
 * Before a backup restore writes: the comparison's session and the workspace's network stop,
 * each pending save written first (so nothing the user or the partner did is lost). Otherwise a
 * partner's change arriving mid-restore, or a debounced save, writes the comparison doc's whole
 * old state after the restore (over a Replace's rows, or a Merge's merged ones), and the stored
 * session would carry on with the state being replaced. The page reloads after the restore,
 * whether it succeeded or failed, and `resume` then reconnects from what is stored.
 * Resolves with whether a comparison was live (the user is told it was stopped).
 */
export async function pauseForRestore(): Promise<{ wasLive: boolean }> {
  pausedForRestore = true;
  await starting?.catch(() => undefined);
  const wasLive = controller !== undefined;
  await stopAll();
  return { wasLive };
}

function parseMeta(text: string | undefined): SessionMeta | undefined {
  if (!text) return undefined;
  try {
    const m = JSON.parse(text) as SessionMeta;
    const invite = parseInvite(formatInvite({ host: m.host, port: m.port, room: m.room, secret: m.secret }));
    return invite.ok && typeof m.roundId === 'string' && typeof m.salt === 'string' ? m : undefined;
  } catch {
    return undefined;
  }
}

export const useCompareStore = create<CompareState>((set, get) => {
  function start(meta: SessionMeta): Promise<void> {
    if (pausedForRestore) return Promise.reject(new Error('A backup is being restored; the comparison reconnects once the page reloads.'));
    const run = startNow(meta);
    starting = run;
    return run.finally(() => {
      if (starting === run) starting = undefined;
    });
  }

  async function startNow(meta: SessionMeta) {
    await stopAll();
    warmed = false;
    set({ meta, inviteCode: formatInvite(meta), error: undefined, view: undefined, comparison: undefined, warmComparison: undefined, protocol: undefined, roleConflict: false, saveProblems: {}, keptNotice: undefined });
    // A comparison (re)started tries once more to keep a partner round that failed before.
    notKept.clear();
    const [{ ComparisonController }, { reportingDocStore }] = await Promise.all([import('../sync/comparison-controller'), import('../sync/reporting-doc-store')]);
    const repos = services();
    const docs = reportingDocStore(repos.docs, (problem) =>
      setSaveProblem(
        'comparison',
        problem &&
          `This comparison could not be saved on this laptop (${problem}). It stays on screen while this window is open, but would not reopen after a restart; Accord saves it again with the next change.`,
      ),
    );
    controller = await ComparisonController.start(meta, docs, () => repos.rounds.get(meta.roundId), {
      // Every doc change reports the status; most leave it as it was, and a render then is pure cost.
      onStatus: (status) => {
        if (JSON.stringify(status) !== JSON.stringify(get().status)) set({ status });
      },
      onMeta: (next) => {
        set({ meta: next });
        if (!pausedForRestore) void repos.settings.set(META_KEY, JSON.stringify(next));
      },
      loadPreparedSeal: () => repos.rounds.preparedSeal(meta.roundId),
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
        const comparison = complete ? (get().comparison ?? buildComparison(mine.role === 'ceo' ? mine : partner.payload, mine.role === 'ceo' ? partner.payload : mine)) : undefined;
        set({ view, protocol, roleConflict: protocol.phase === 'role-conflict', comparison });
        // Stored once the comparison is on screen: the write is not on the reveal's path.
        if (complete) afterPaint(() => void keepPartner(partner.payload, partner.commitment, meta));
        if (protocol.withholding) void recordWithheld(meta, view, protocol);
      },
    });
    // A seal of this round still being stored (its write failed) may be held already as the seal
    // dialog's prepared copy: the new controller learns it as the first one did (see the
    // subscription below), or it would wait for the retry while the page says it need not.
    const { sealing, sealHeld, sealUnsure } = useAssessStore.getState();
    if (sealing?.id === meta.roundId && sealHeld && !sealUnsure) {
      const stored = decodeStoredRound({ id: sealing.id, body: JSON.stringify(sealing) });
      if (stored.ok) controller.prepare(stored.round, true);
    }
    // The pair co-edits the workspace over the same invite (a second room, same secret).
    const [{ openWorkspace }, { attachWorkspace }, { rememberRole }] = await Promise.all([
      import('../sync/workspace-owner'),
      import('../sync/workspace-sync'),
      import('../sync/workspace-agreement'),
    ]);
    // Not awaited: the workspace room need not wait for this read.
    void repos.rounds.get(meta.roundId).then((round) => round && rememberRole(round.role));
    const workspace = await openWorkspace(repos.docs);
    workspaceSession = await attachWorkspace(workspace.doc, meta);
    exposeForTests();
  }

  async function begin(invite: Invite, signalingUrls: string[], roundId: string, isHost: boolean) {
    const meta: SessionMeta = {
      ...invite,
      signalingUrls,
      roundId,
      ...(await identityFor(invite.room, roundId)),
      isHost,
      createdAt: new Date().toISOString(),
    };
    await services().settings.set(META_KEY, JSON.stringify(meta));
    await start(meta);
  }

  async function guarded(action: () => Promise<void>) {
    set({ busy: true, error: undefined });
    try {
      await action();
    } catch (err) {
      set({ error: err instanceof Error ? err.message : String(err) });
    } finally {
      set({ busy: false });
    }
  }

  async function leaveNow() {
    const wasHost = get().meta?.isHost;
    // A stop that fails (its last save could not be written) still leaves: the stored
    // session is cleared and the LAN listener stopped, or one failed save would keep the
    // comparison hosted on the LAN, and resumed as hosted, however often Leave is pressed.
    let unsaved: unknown;
    try {
      await stopAll().catch((err: unknown) => {
        unsaved = err;
      });
      await services().settings.set(META_KEY, '');
    } finally {
      // Stop listening on the LAN once nothing is hosted.
      if (wasHost) await platform.stopSignaling?.().catch(() => undefined);
      set({ meta: undefined, inviteCode: undefined, status: undefined, view: undefined, comparison: undefined, protocol: undefined, roleConflict: false, saveProblems: {}, keptNotice: undefined });
      notKept.clear();
    }
    if (unsaved !== undefined) {
      throw new Error(`Left the comparison; the last changes could not be saved: ${storageErrorText(unsaved)}.`);
    }
  }

  return {
    roleConflict: false,
    busy: false,
    saveProblems: {},
    async retryKeepPartner() {
      for (const [commitment, { payload, meta }] of [...notKept]) await keepPartner(payload, commitment, meta, true);
    },
    async resumeFor(roundId) {
      if (controller) return;
      if (parseMeta(await services().settings.get(META_KEY))?.roundId === roundId) await get().resume();
    },
    resume() {
      if (controller) return Promise.resolve();
      if (!resuming) {
        const run = (async () => {
          await leaving?.catch(() => undefined);
          if (controller) return;
          const meta = parseMeta(await services().settings.get(META_KEY));
          // Taking turns: a comparison saved before its round became private does not reconnect
          // (its answers would go back on this page and to the partner's laptop).
          const refused = meta && (await privateRoundRefusal(meta.roundId));
          if (refused) return guarded(() => Promise.reject(new Error(`Not reconnected to the saved comparison. ${refused}`)));
          // A hosted comparison listens on the LAN again (same port, so the invite still works);
          // not while a backup restore has stopped it (start refuses then, and nothing would stop it).
          if (meta?.isHost && !pausedForRestore) await platform.startSignaling().catch(() => undefined);
          if (meta) await guarded(() => start(meta));
        })();
        resuming = run;
        const done = () => {
          if (resuming === run) resuming = undefined;
        };
        run.then(done, done);
      }
      return resuming;
    },
    host: (roundId) =>
      guarded(async () => {
        // Taking turns: a private round is never hosted (its answers would be on this page while waiting).
        const refused = await privateRoundRefusal(roundId);
        if (refused) throw new Error(`Not hosted. ${refused}`);
        const urls = await platform.startSignaling();
        const first = urls.map((u) => new URL(u.replace(/^ws/, 'http'))).find(Boolean);
        if (!first) throw new Error('No network address to host on. Connect to the office Wi-Fi and try again.');
        const invite = newInvite(first.hostname, Number(first.port), (n) => crypto.getRandomValues(new Uint8Array(n)));
        await begin(invite, [urls[0]], roundId, true);
      }),
    join: (code, roundId) =>
      guarded(async () => {
        const refused = await privateRoundRefusal(roundId);
        if (refused) throw new Error(`Not joined. ${refused}`);
        const parsed = parseInvite(code);
        if (!parsed.ok) throw new Error(parsed.error);
        const invite = parsed.value;
        await begin(invite, [`ws://${invite.host}:${invite.port}/signal`], roundId, false);
      }),
    leave: () =>
      guarded(async () => {
        // A resume or start under way (taken now: one begun later waits for this Leave) comes
        // up first and goes with the rest: left running, it would come up after Leave, live in
        // the room with nothing on screen to leave it.
        const pending = [resuming, starting];
        const run = (async () => {
          for (const p of pending) await p?.catch(() => undefined);
          await leaveNow();
        })();
        leaving = run;
        try {
          await run;
        } finally {
          if (leaving === run) leaving = undefined;
        }
      }),
    goOffline: () => {
      controller?.disconnect();
      workspaceSession?.disconnect();
    },
    goOnline: () => {
      controller?.reconnect();
      workspaceSession?.reconnect();
    },
    poke: (round) => controller?.roundChanged(round ?? useRoundsStore.getState().rounds.find((r) => r.id === get().meta?.roundId)),
    async setRevealTogether(on) {
      controller?.setRevealTogether(on);
    },
    revealNow: () => controller?.revealNow(),
    resync: () => controller?.session.resync(),
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
  if (kept.has(commitment) || pausedForRestore || (notKept.has(commitment) && !asked)) return;
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
  if (pausedForRestore) return;
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

/** Lets e2e tests inspect exactly what reached this laptop's shared doc (test builds only). */
function exposeForTests() {
  if (import.meta.env.MODE !== 'test') return;
  // Unit tests run the store in Node too (no window there).
  if (typeof window === 'undefined') return;
  (window as unknown as { __accordSharedDoc?: () => unknown }).__accordSharedDoc = () => controller?.session.doc.toJSON();
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
    if (sealing) controller?.prepare(sealing, s.sealHeld);
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
