// Stryker disable all: drives a live SharedDocSession between two real WebRTC peers (no
// RTCPeerConnection in Node); covered by the hostile-peer e2e specs. The decisions it applies
// (shared/session/protocol.ts, projection.ts, comparison-doc.ts) are mutated and unit-tested.
import type { Role, Round } from '../../shared/assessment/types';
import { createCommitmentNow } from '../../shared/reveal/commitment';
import { payloadFromRound } from '../../shared/reveal/payload';
import type { SealedPayload } from '../../shared/reveal/types';
import { projectSession, refusedReveal, rememberOwnReveal, type SessionView } from '../../shared/session/projection';
import { randomHex, sha256HexNow } from '../platform/digest';
import { SEALED_AT_CLOCK_SKEW_MS } from '../../shared/schema/sealed-payload';
import { rehearseRevealCheck } from '../../shared/session/rehearsal';
import { pendingSeal as notedPendingSeal } from '../data/pending-seal';
import { decide, ackPair, type Action, type LocalSide, type Phase } from '../../shared/session/protocol';
import { comparisonRules, COMPARISON_ROOTS, publishAck, publishCommitment, publishReveal, readRaw, setPresence } from './comparison-doc';
import type { DocStore } from './doc-persistence';
import { SharedDocSession, COMPARISON_LIMITS, type ConnectionStatus } from './session';

/** What a laptop remembers about the comparison it is in (persisted in settings). */
export interface SessionMeta {
  room: string;
  secret: string;
  host: string;
  port: number;
  signalingUrls: string[];
  roundId: string;
  /** Stable per laptop and room, so leaving and rejoining is not mistaken for a second person. */
  participantId: string;
  /** Random salt for this laptop's commitment; stable per room and round so a rejoin commits the same. */
  salt: string;
  isHost: boolean;
  createdAt: string;
  /** Hold this laptop's acknowledgement until its user presses Reveal. */
  revealTogether?: boolean;
  /** Set once this room broke the protocol; nothing more is published in it. */
  compromised?: string;
  /** When this laptop's reveal went out (for "has your answers and has not revealed theirs"). */
  revealedAt?: string;
}


/** The protocol as this laptop sees it; its own answers always come from the local round. */
export type { Phase };

export interface ProtocolState {
  phase: Phase;
  role?: Role;
  compromised?: string;
  /** Our reveal went out and the partner's has not arrived within WITHHOLD_AFTER_MS. */
  withholding: boolean;
  /** The partner published a reveal and this laptop refused it: why (then withholding is not "never revealed"). */
  partnerRevealRefused?: string;
  /** Our reveal went out in this room (a compromise found later cannot take it back). */
  answersOut?: boolean;
  /** Our seal is not stored with the round yet but is held as the prepared seal: the reveal does not wait for it. */
  sealHeld?: boolean;
  mine?: SealedPayload;
  partner?: { payload: SealedPayload; commitment: string };
}

export interface ControllerEvents {
  onView(view: SessionView, protocol: ProtocolState): void;
  onStatus(status: ConnectionStatus): void;
  /** Persist changes to the meta (compromised, revealedAt). */
  onMeta(meta: SessionMeta): void;
  /** The seal dialog's prepared seal of our round, if one is held (see assess-store). */
  loadPreparedSeal?(): Promise<Round | undefined>;
  /**
   * Our commitment in the room is to that prepared seal, while nothing here says the user
   * confirmed it (Accord closed just after Seal now): they did, and it is our seal. False:
   * the user has said they did not (or is editing the round): not taken as ours.
   */
  onPreparedSealOut?(sealed: Round): boolean;
}

/** How long after our reveal the partner's may take before we say they are withholding. */
export const WITHHOLD_AFTER_MS = 8000;
/** How soon a failed save of the partner's commitment is tried again (our reveal waits for it). */
export const RETRY_SAVE_MS = 5000;
/** How often a refused partner reveal is read again while we wait (a clock catching up). */
export const RECHECK_REFUSED_MS = 30_000;

interface PublishContext {
  doc: SharedDocSession['doc'];
  view: SessionView;
  round: Round;
  role: Role;
  mine?: { payload: SealedPayload; commitment: string };
  now: string;
}

/**
 * How often the reveal check is rehearsed while we wait (see rehearseRevealCheck): V8 may
 * drop compiled code that has not run for a while, and a partner may take an hour to seal.
 */
export const REHEARSE_EVERY_MS = 30_000;
/** Phases after which no reveal check comes any more (nothing to rehearse for). */
const DONE_PHASES: ReadonlySet<Phase> = new Set(['complete', 'compromised']);

/** Steps taken straight after our own writes in one reconcile (presence, commit, ack, reveal). */
const MAX_OWN_STEPS = 4;


/**
 * Runs the blind commit–reveal protocol (shared/session/protocol.ts decides) for this
 * laptop on top of a session, and says when our reveal went out and theirs did not.
 */
export class ComparisonController {
  private running = false;
  private again = false;
  private unsubscribe?: () => void;
  private withholdTimer?: ReturnType<typeof setTimeout>;
  private rehearsalTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setTimeout>;
  private saveRetryTimer?: ReturnType<typeof setTimeout>;
  private lastPhase?: Phase;
  private stopped = false;
  private userReady = false;
  private commitmentCache?: { key: string; commitment: string };
  private roundCache?: Round;
  /** Our round as it is being sealed, until the store holds it sealed (see prepare). */
  private pendingSeal?: Round;
  /** The seal being written is held already as a prepared seal: the reveal need not wait. */
  private pendingHeld = false;
  /** The partner's commitment known to be on this laptop's disk (our reveal waits for it). */
  private partnerOnDisk?: string;
  /** A save of the doc for the partner's commitment is under way (see storePartner). */
  private storingPartner = false;

  private constructor(
    readonly session: SharedDocSession,
    private meta: SessionMeta,
    private readonly loadRound: () => Promise<Round | undefined>,
    private readonly events: ControllerEvents,
  ) {}

  static async start(meta: SessionMeta, docStore: DocStore, loadRound: () => Promise<Round | undefined>, events: ControllerEvents) {
    const round = await loadRound();
    if (!round) throw new Error('The round for this comparison is no longer on this laptop.');
    const session = await SharedDocSession.open({
      room: meta.room,
      secret: meta.secret,
      signalingUrls: meta.signalingUrls,
      docStore,
      isHost: meta.isHost,
      limits: (doc) => ({ ...COMPARISON_LIMITS, roots: COMPARISON_ROOTS, entries: comparisonRules(doc, round.role) }),
    });
    const controller = new ComparisonController(session, meta, loadRound, events);
    controller.unsubscribe = session.onChange(() => {
      // The step first: it publishes before the status update schedules a render.
      void controller.reconcile();
      events.onStatus(session.status);
    });
    events.onStatus(session.status);
    await controller.reconcile();
    controller.scheduleRehearsal(0);
    return controller;
  }

  /**
   * Rehearses the reveal check in a task of its own until the comparison is complete, so
   * the real one, when the partner's message arrives, runs compiled code.
   */
  private scheduleRehearsal(after: number) {
    this.rehearsalTimer = setTimeout(() => {
      if (this.stopped || (this.lastPhase && DONE_PHASES.has(this.lastPhase))) return;
      const known = this.roundCache ?? this.pendingSeal;
      void (known ? Promise.resolve(known) : this.loadRound()).then((round) => {
        if (!round || this.stopped) return;
        try {
          rehearseRevealCheck(payloadFromRound({ ...round, sealedAt: round.sealedAt ?? new Date().toISOString() }), randomHex(16), sha256HexNow);
        } catch {
          // Only a head start: the real check does not depend on it.
        }
        this.scheduleRehearsal(REHEARSE_EVERY_MS);
      }, () => !this.stopped && this.scheduleRehearsal(REHEARSE_EVERY_MS));
    }, after);
  }

  /** "Reveal together" on or off; takes effect at the next step (before our ack only). */
  setRevealTogether(on: boolean) {
    this.setMeta({ revealTogether: on });
    void this.reconcile();
  }

  /** "Reveal together": this laptop's user pressed Reveal. */
  revealNow() {
    this.userReady = true;
    void this.reconcile();
  }

  /** Re-derive the view and take the next protocol step. Serialised; coalesces bursts. */
  async reconcile(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      let ownWrites = 0;
      do {
        this.again = false;
        // What we just published may enable the next step (commit → ack → reveal): take it
        // now rather than after the doc's change notification (a frame later). Bounded: each
        // step publishes a write-once entry at most once.
        if ((await this.step()) && ownWrites++ < MAX_OWN_STEPS) this.again = true;
      } while (this.again);
    } finally {
      this.running = false;
    }
  }

  /**
   * Our round may have changed (sealed, deleted). `known` is this laptop's stored round as
   * the caller just read or wrote it (the seal, the reloaded round list): when it is our
   * round and sealed, the next step uses it as is; otherwise it reads the store again.
   */
  roundChanged(known?: Round) {
    this.roundCache = known?.sealedAt && known.id === this.meta.roundId ? known : undefined;
    if (this.roundCache) {
      this.pendingSeal = undefined;
      this.pendingHeld = false;
    }
    void this.reconcile();
  }

  /**
   * Our round is being sealed (`sealed` exactly as it will read back from the store). The
   * write takes 10–20 ms; meanwhile presence, commitment and ack go out — they bind us and
   * show nothing — and the partner can answer with its reveal. Ours waits until the store
   * holds the seal (roundChanged), so our answers never leave in a form this laptop could
   * lose. A failed write keeps this seal: its retry stores the same round (assess-store),
   * so the commitment already published stays ours. `held`: the seal is held already (the
   * seal dialog wrote it as a prepared seal before the click), so the reveal need not wait.
   */
  prepare(sealed: Round, held = false) {
    if (sealed.id !== this.meta.roundId || !sealed.sealedAt) return;
    this.pendingSeal = sealed;
    this.pendingHeld = held;
    void this.reconcile();
  }

  /**
   * Our round, from this laptop's store. A sealed round never changes, so it is read once;
   * an unsealed one is read at every step (it may have been sealed meanwhile).
   */
  private async round(): Promise<Round | undefined> {
    if (this.roundCache) return this.roundCache;
    const round = await this.loadRound();
    if (round?.sealedAt) this.roundCache = round;
    // Sealed but not stored yet (a failed write, or the app reloaded during it): that seal
    // is our round, its commitment may be out already; the reveal still waits for the store.
    else if (round && !this.pendingSeal) {
      const found = (await notedPendingSeal(round.id)) ?? (await this.preparedSealOut(round));
      // A seal confirmed meanwhile (prepare) is not overwritten by what these reads found, or missed.
      if (!this.pendingSeal) this.pendingSeal = found;
    }
    return this.roundCache ?? this.pendingSeal ?? round;
  }

  /**
   * The prepared seal of our unsealed round, when the room holds our commitment to exactly it:
   * only a Seal now on this laptop publishes that (no one else has its salt and answers), so
   * the user confirmed it before Accord closed. It is held on disk: the reveal need not wait.
   * Without this the commitment would read as "published under your role before you sealed".
   */
  private async preparedSealOut(round: Round): Promise<Round | undefined> {
    const out = projectSession(readRaw(this.session.doc), sha256HexNow).sealed[round.role]?.commitment;
    if (!out || !this.events.loadPreparedSeal) return undefined;
    const prepared = await this.events.loadPreparedSeal();
    if (!prepared?.sealedAt || prepared.id !== round.id || prepared.role !== round.role) return undefined;
    if (this.myCommitment(prepared, payloadFromRound(prepared)) !== out) return undefined;
    // The user's "I did not seal: keep editing", begun before this read returned, wins: the
    // seal is being dropped and the round edited, so nothing of it may leave.
    if (this.events.onPreparedSealOut && !this.events.onPreparedSealOut(prepared)) return undefined;
    this.pendingHeld = true;
    return prepared;
  }

  private commitmentKey(round: Round): string {
    return `${round.id}|${round.sealedAt}|${this.meta.salt}`;
  }

  private myCommitment(round: Round, payload: SealedPayload): string {
    const key = this.commitmentKey(round);
    if (this.commitmentCache?.key !== key) this.commitmentCache = { key, commitment: createCommitmentNow(payload, this.meta.salt, sha256HexNow) };
    return this.commitmentCache.commitment;
  }

  private setMeta(patch: Partial<SessionMeta>) {
    this.meta = { ...this.meta, ...patch };
    this.events.onMeta(this.meta);
  }

  /** One protocol step; true when it published something. */
  private async step(): Promise<boolean> {
    const doc = this.session.doc;
    const raw = readRaw(doc);
    // Synchronous up to the publish once our round is known (every step after the first):
    // no await, so not even a render flushed in a microtask runs before our answer leaves.
    const view = projectSession(raw, sha256HexNow);
    // A seal being written is our round already (not the unsealed one the store still holds).
    const round = this.roundCache ?? this.pendingSeal ?? (await this.round());
    if (!round) {
      this.events.onView(view, { phase: 'answering', withholding: false });
      return false;
    }
    const role = round.role;
    const payload = round.sealedAt ? payloadFromRound(round) : undefined;
    const mine = payload ? { payload, commitment: this.myCommitment(round, payload) } : undefined;
    const partnerRole = role === 'ceo' ? 'cto' : 'ceo';
    const theirs = view.sealed[partnerRole]?.commitment;
    // Every change is saved (the partner sealed long before us, or the doc came from the disk): no wait.
    if (theirs && this.partnerOnDisk !== theirs && this.session.allSaved()) this.partnerOnDisk = theirs;
    const refused = /this laptop's (participants|commitments|acks|reveals)/.exec(this.session.refusal?.reason ?? '')?.[1] as LocalSide['refusedOwnSlot'];
    const decision = decide(raw, view, {
      role,
      participantId: this.meta.participantId,
      salt: this.meta.salt,
      mine,
      presence: { name: round.personName, state: round.sealedAt ? 'sealed' : 'answering' },
      revealTogether: Boolean(this.meta.revealTogether),
      userReady: this.userReady,
      // Not "once the note is in localStorage": Chromium keeps localStorage in the browser
      // process and writes it to disk seconds later, so an app crash could lose a seal whose
      // answers had left. Tried 2026-11-27: 12 ms off the bench's reveal (the write is slow
      // there only because both test browsers share 2 cores; ~1 ms on an idle laptop).
      // A prepared seal, held in IndexedDB before the click, is as durable as the round's write.
      sealPending: round === this.pendingSeal && !this.pendingHeld,
      // Its commitment and reveal may arrive in one message, and ours would leave in that task:
      // a crash before the doc's save lands would leave the partner with our answers and this
      // laptop with nothing that binds theirs (after a restart, any new commitment would do).
      partnerUnsaved: theirs !== undefined && this.partnerOnDisk !== theirs,
      compromised: this.meta.compromised,
      refusedOwnSlot: refused,
      now: Date.now(),
    });
    if (decision.compromised && !this.meta.compromised) this.setMeta({ compromised: decision.compromised });
    this.recheckClock(decision.phase === 'partner-clock-ahead' ? view.sealed[role === 'ceo' ? 'cto' : 'ceo']?.sealedAt : undefined);
    const now = new Date().toISOString();
    // One transaction: what this step publishes (commit + ack, ack + reveal) leaves as one
    // update, so the partner receives it in one message and acts on it at once.
    doc.transact(() => this.publish(decision.actions, { doc, view, round, role, mine, now }));
    // After the publish: the save holds our acknowledgement too.
    if (decision.phase === 'storing-commitments' && theirs) this.storePartner(theirs);
    this.lastPhase = decision.phase;
    // Our reveal is in the room already, under our commitment (only this laptop has its salt), from
    // an earlier session of it: Join again with the same code makes a meta with no revealedAt,
    // and nothing is published again. Our answers are out all the same. (Dated now: the wait for
    // the partner's reveal is counted from here, never shorter than it was.)
    if (!this.meta.revealedAt && mine && view.revealed[role] && view.sealed[role]?.commitment === mine.commitment) this.setMeta({ revealedAt: now });
    const answersOut = Boolean(this.meta.revealedAt);
    const sealHeld = round === this.pendingSeal && this.pendingHeld;
    const base = { role, mine: payload, compromised: decision.compromised, partner: decision.partner, answersOut, sealHeld };
    const wrote = decision.actions.length > 0;
    // Waiting for the partner's answers after ours left: in the protocol's own wait, and in a
    // room found compromised afterwards (a partner with our answers acknowledging another
    // pair) — a withheld reveal is noted either way.
    const awaitingTheirs = answersOut && (decision.phase === 'waiting-reveal' || (decision.phase === 'compromised' && !view.revealed[partnerRole]));
    if (!awaitingTheirs || !this.meta.revealedAt) {
      clearTimeout(this.withholdTimer);
      this.events.onView(view, { ...base, phase: decision.phase, withholding: false });
      return wrote;
    }
    const waited = Date.now() - Date.parse(this.meta.revealedAt);
    const partnerRefused = refusedReveal(view, partnerRole);
    clearTimeout(this.withholdTimer);
    // Before the limit: look again when it passes. After it, with a refused reveal: look again
    // now and then — a reveal refused only because it is dated ahead of this clock reads once
    // the clock catches up.
    if (waited < WITHHOLD_AFTER_MS) this.withholdTimer = setTimeout(() => void this.reconcile(), WITHHOLD_AFTER_MS - waited + 50);
    else if (partnerRefused) this.withholdTimer = setTimeout(() => void this.reconcile(), RECHECK_REFUSED_MS);
    this.events.onView(view, { ...base, phase: decision.phase, withholding: waited >= WITHHOLD_AFTER_MS, partnerRevealRefused: partnerRefused });
    return wrote;
  }

  /**
   * The partner's commitment `theirs` is in the doc, not yet on disk: save the doc now and take
   * the next step once it is. A failed save (a full disk; the page says the comparison is not
   * saved) is tried again after RETRY_SAVE_MS, not at once: our answers wait for it.
   */
  private storePartner(theirs: string) {
    if (this.storingPartner) return;
    this.storingPartner = true;
    this.session.saved().then(
      () => {
        this.storingPartner = false;
        this.partnerOnDisk = theirs;
        if (!this.stopped) void this.reconcile();
      },
      () => {
        this.storingPartner = false;
        clearTimeout(this.saveRetryTimer);
        if (!this.stopped) this.saveRetryTimer = setTimeout(() => void this.reconcile(), RETRY_SAVE_MS);
      },
    );
  }

  /**
   * The partner's commitment is dated ahead of this clock (protocol: partner-clock-ahead): look
   * again once this clock reaches it, or every RECHECK_REFUSED_MS (the clocks may be set meanwhile).
   */
  private recheckClock(sealedAt: string | undefined) {
    clearTimeout(this.clockTimer);
    if (sealedAt === undefined) return;
    const wait = Date.parse(sealedAt) - SEALED_AT_CLOCK_SKEW_MS - Date.now() + 50;
    this.clockTimer = setTimeout(() => void this.reconcile(), Math.max(50, Math.min(wait, RECHECK_REFUSED_MS)));
  }

  private publish(actions: readonly Action[], { doc, view, round, role, mine, now }: PublishContext) {
    for (const action of actions) {
      if (action === 'presence') setPresence(doc, { id: this.meta.participantId, name: round.personName, role, state: mine ? 'sealed' : 'answering', at: now });
      else if (action === 'commit' && mine) publishCommitment(doc, role, { commitment: mine.commitment, sealedAt: mine.payload.sealedAt, name: mine.payload.personName });
      else if (action === 'ack' && mine) publishAck(doc, role, { ...ackPair(role, mine.commitment, view.sealed[role === 'ceo' ? 'cto' : 'ceo']!.commitment), at: now });
      else if (action === 'reveal' && mine) {
        publishReveal(doc, role, { payload: mine.payload, salt: this.meta.salt });
        rememberOwnReveal({ payload: mine.payload, salt: this.meta.salt }, mine.commitment);
        if (!this.meta.revealedAt) this.setMeta({ revealedAt: now });
      }
    }
  }

  disconnect() {
    this.session.disconnect();
  }

  reconnect() {
    this.session.reconnect();
  }

  async stop() {
    this.stopped = true;
    clearTimeout(this.withholdTimer);
    clearTimeout(this.rehearsalTimer);
    clearTimeout(this.clockTimer);
    clearTimeout(this.saveRetryTimer);
    this.unsubscribe?.();
    await this.session.close();
  }
}
