import { useWorkspaceLinkStore } from './workspace-link-store';
import { formatInvite, newInvite, parseInvite, type Invite } from '../../shared/invite/invite-code';
import type { ComparisonController, ControllerEvents, SessionMeta } from '../sync/comparison-controller';
import type { SharedDocSession } from '../sync/session';
import { platform } from '../platform';
import { services } from './services';
import { identityFor } from './comparison-identity';
import { privateRoundRefusal } from './local-pair-store';
import { storageErrorText } from '../data/storage-error';
import { holdRoom, ROOM_OPEN_ELSEWHERE } from '../sync/room-lock';

/*
 * The live comparison session's lifecycle, for the compare store (compare-store.ts, its only
 * importer): starting (host, join, resume), leaving, pausing for a backup restore, and the
 * order between them. The store decides what is shown at each step (CompareStoreHooks).
 */

const META_KEY = 'compare.session';

/** The one live controller (owner of the Y.Doc + provider); never stored in React state. */
let controller: ComparisonController | undefined;
/** The workspace's network while a comparison is live (the doc itself is owned by workspace-owner). */
let workspaceSession: SharedDocSession | undefined;

/** The live comparison's controller, if one is up. */
export function liveController(): ComparisonController | undefined {
  return controller;
}

/** This window's hold on the live comparison's room (room-lock.ts), released when it stops. */
let roomHeld: (() => void) | undefined;

/** Stops both, and forgets both even when a stop fails (its last save did not land): a failed stop is not retried forever. */
async function stopAll() {
  try {
    await controller?.stop();
  } finally {
    controller = undefined;
    // Once this window's session is closed: another window may run the room from now on.
    roomHeld?.();
    roomHeld = undefined;
    try {
      await workspaceSession?.close();
    } finally {
      workspaceSession = undefined;
      useWorkspaceLinkStore.getState().set(undefined);
    }
  }
}

/** Set once a backup restore stopped the sessions: nothing here writes or reconnects until the page reloads. */
let pausedForRestore = false;
const PAUSED_FOR_RESTORE = 'A backup is being restored; the comparison reconnects once the page reloads.';
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

/** Whether a backup restore has stopped the sessions (until the page reloads). */
export function isPausedForRestore(): boolean {
  return pausedForRestore;
}

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

/** Takes the live comparison and the workspace's network off the network (Go offline). */
export function goOffline(): void {
  controller?.disconnect();
  workspaceSession?.disconnect();
}

/** Puts them back on it (Go online). */
export function goOnline(): void {
  controller?.reconnect();
  workspaceSession?.reconnect();
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

/** What the compare store does at each step of a session's life: the lifecycle decides when, the store what is shown. */
export interface CompareStoreHooks {
  /** The live comparison's meta as the store holds it (Leave reads whether it was hosted). */
  meta(): SessionMeta | undefined;
  /** An action (host, join, resume, leave) begins: busy, the last error cleared. */
  actionStarted(): void;
  /** It failed: its message is shown. */
  actionFailed(message: string): void;
  /** It ended, failed or not: no longer busy. */
  actionEnded(): void;
  /** A session starts (any earlier one stopped): show `meta`, and forget the last comparison's state. */
  sessionStarting(meta: SessionMeta): void;
  /** A save of the comparison doc failed (what went wrong), or one landed again (undefined). */
  comparisonSaveProblem(problem: string | undefined): void;
  /** What the new controller reports, for the store (its meta changes: metaChanged). */
  controllerEvents(meta: SessionMeta): Pick<ControllerEvents, 'onStatus' | 'onPreparedSealOut' | 'onView'>;
  /** The controller changed the meta (compromised, revealedAt); the lifecycle stores it. */
  metaChanged(meta: SessionMeta): void;
  /** The controller is up (the workspace's network not yet). */
  controllerStarted(controller: ComparisonController, meta: SessionMeta): void;
  /** The comparison was left (also when its stop failed): forget it. */
  sessionLeft(): void;
}

/**
 * The compare store's session actions (made once, by the store). Their order: one resume at a
 * time, shared by every caller; one start at a time (a Host or Join under way wins over the
 * saved comparison); Leave waits for a resume or start under way, and a resume for a Leave
 * under way; nothing starts once a backup restore has paused the sessions.
 */
export function compareSessionLifecycle(store: CompareStoreHooks) {
  function start(meta: SessionMeta): Promise<void> {
    if (pausedForRestore) return Promise.reject(new Error(PAUSED_FOR_RESTORE));
    // One start at a time: a start begun while another is under way (Host or Join pressed while
    // a resume brings the saved comparison up) waits for it, then stops what it brought up.
    // Run together, each stopped what was up before either (nothing), and the first to come up
    // was overwritten, never stopped: live in its room with nothing on screen to leave it.
    const previous = starting;
    const run = (async () => {
      await previous?.catch(() => undefined);
      if (pausedForRestore) throw new Error(PAUSED_FOR_RESTORE);
      await startNow(meta);
    })();
    starting = run;
    return run.finally(() => {
      if (starting === run) starting = undefined;
    });
  }

  async function startNow(meta: SessionMeta) {
    await stopAll();
    // One window per room: another tab running it would be a second copy of the room's doc.
    const release = await holdRoom(meta.room);
    if (!release) throw new Error(ROOM_OPEN_ELSEWHERE);
    roomHeld = release;
    try {
      store.sessionStarting(meta);
      const [{ ComparisonController }, { reportingDocStore }] = await Promise.all([import('../sync/comparison-controller'), import('../sync/reporting-doc-store')]);
      const repos = services();
      const docs = reportingDocStore(repos.docs, (problem) => store.comparisonSaveProblem(problem));
      controller = await ComparisonController.start(meta, docs, () => repos.rounds.get(meta.roundId), {
        ...store.controllerEvents(meta),
        onMeta: (next) => {
          store.metaChanged(next);
          if (!pausedForRestore) void repos.settings.set(META_KEY, JSON.stringify(next));
        },
        loadPreparedSeal: () => repos.rounds.preparedSeal(meta.roundId),
      });
    } catch (err) {
      // Not running here after all (a module that did not load, storage, the controller): the
      // room is free for another window.
      if (roomHeld === release) roomHeld = undefined;
      release();
      throw err;
    }
    store.controllerStarted(controller, meta);
    const repos = services();
    // The pair co-edits the workspace over the same invite (a second room, same secret).
    const [{ openWorkspace }, { attachWorkspace }, { rememberRole }] = await Promise.all([
      import('../sync/workspace-owner'),
      import('../sync/workspace-sync'),
      import('../sync/workspace-agreement'),
    ]);
    // Not awaited: the workspace room need not wait for this read.
    void repos.rounds.get(meta.roundId).then((round) => round && rememberRole(round.role));
    const workspace = await openWorkspace(repos.docs);
    const session = await attachWorkspace(workspace.doc, meta);
    workspaceSession = session;
    // A refusal of the partner's workspace changes is said on the workspace page (WorkspaceSyncAlert).
    session.onChange(() => {
      const link = useWorkspaceLinkStore.getState();
      if (workspaceSession === session && link.refusal !== session.refusal) link.set(session.refusal, () => session.resync());
    });
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
    store.actionStarted();
    try {
      await action();
    } catch (err) {
      store.actionFailed(err instanceof Error ? err.message : String(err));
    } finally {
      store.actionEnded();
    }
  }

  async function leaveNow() {
    const wasHost = store.meta()?.isHost;
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
      store.sessionLeft();
    }
    if (unsaved !== undefined) {
      throw new Error(`Left the comparison; the last changes could not be saved: ${storageErrorText(unsaved)}.`);
    }
  }

  function resume(): Promise<void> {
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
        // Host or Join pressed meanwhile (the Start panel shows until a comparison does): the
        // user's choice, not the saved one, comes up.
        if (controller || starting) return starting?.catch(() => undefined);
        if (meta) await guarded(() => start(meta));
      })();
      resuming = run;
      const done = () => {
        if (resuming === run) resuming = undefined;
      };
      run.then(done, done);
    }
    return resuming;
  }

  return {
    resume,
    /** Resume the saved comparison only if it is of round `roundId`. */
    async resumeFor(roundId: string) {
      if (controller) return;
      if (parseMeta(await services().settings.get(META_KEY))?.roundId === roundId) await resume();
    },
    host: (roundId: string) =>
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
    join: (code: string, roundId: string) =>
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
  };
}

/** Lets e2e tests inspect exactly what reached this laptop's shared doc (test builds only). */
function exposeForTests() {
  if (import.meta.env.MODE !== 'test') return;
  // Unit tests run the store in Node too (no window there).
  if (typeof window === 'undefined') return;
  (window as unknown as { __accordSharedDoc?: () => unknown }).__accordSharedDoc = () => controller?.session.doc.toJSON();
}
