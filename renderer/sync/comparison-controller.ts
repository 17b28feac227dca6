import type { Round } from '../../shared/assessment/types';
import { createCommitment } from '../../shared/reveal/commitment';
import { payloadFromRound } from '../../shared/reveal/payload';
import { projectSession, type SessionView } from '../../shared/session/projection';
import { sha256Hex } from '../platform/digest';
import { comparisonInvariant, publishCommitment, publishReveal, readRaw, setPresence } from './comparison-doc';
import type { DocStore } from './doc-persistence';
import { COMPARISON_LIMITS, SharedDocSession, type ConnectionStatus } from './session';

/** What a laptop remembers about the comparison it is in (persisted in settings). */
export interface SessionMeta {
  room: string;
  secret: string;
  host: string;
  port: number;
  signalingUrls: string[];
  roundId: string;
  participantId: string;
  /** Random salt for this laptop's commitment; kept so a restart reveals the same thing. */
  salt: string;
  isHost: boolean;
  createdAt: string;
}

export interface ControllerEvents {
  onView(view: SessionView, roleConflict: boolean): void;
  onStatus(status: ConnectionStatus): void;
}

/**
 * Runs the blind commit–reveal protocol for this laptop on top of a session:
 * presence always; the commitment once our round is sealed; the reveal only when
 * both commitments exist. Loaded on demand so y-webrtc stays out of start-up.
 */
export class ComparisonController {
  private running = false;
  private again = false;
  private unsubscribe?: () => void;
  /** Keeps the peer guard's idea of our role current. */
  private onRole: (role: Round['role']) => void = () => {};

  private constructor(
    readonly session: SharedDocSession,
    private readonly meta: SessionMeta,
    private readonly loadRound: () => Promise<Round | undefined>,
    private readonly events: ControllerEvents,
  ) {}

  static async start(meta: SessionMeta, docStore: DocStore, loadRound: () => Promise<Round | undefined>, events: ControllerEvents) {
    let myRole = (await loadRound())?.role;
    const session = await SharedDocSession.open({
      room: meta.room,
      secret: meta.secret,
      signalingUrls: meta.signalingUrls,
      docStore,
      isHost: meta.isHost,
      limits: { ...COMPARISON_LIMITS, invariant: comparisonInvariant(() => myRole) },
    });
    const controller = new ComparisonController(session, meta, loadRound, events);
    controller.onRole = (role) => (myRole = role);
    controller.unsubscribe = session.onChange(() => {
      events.onStatus(session.status);
      void controller.reconcile();
    });
    events.onStatus(session.status);
    await controller.reconcile();
    return controller;
  }

  /** Re-derive the view and take the next protocol step. Serialised; coalesces bursts. */
  async reconcile(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await this.step();
      } while (this.again);
    } finally {
      this.running = false;
    }
  }

  private async step() {
    const doc = this.session.doc;
    const view = await projectSession(readRaw(doc), sha256Hex);
    const round = await this.loadRound();
    if (!round) return this.events.onView(view, false);
    const role = round.role;
    this.onRole(role);
    const present = view.participants[role];
    const roleConflict =
      Boolean(present?.id && present.id !== this.meta.participantId) ||
      this.session.refusedUpdates.some((r) => r.includes("this laptop's participants"));
    if (!roleConflict) {
      const state = round.sealedAt ? 'sealed' : 'answering';
      if (!present || present.state !== state || present.name !== round.personName) {
        setPresence(doc, { id: this.meta.participantId, name: round.personName, role, state, at: new Date().toISOString() });
      }
      if (round.sealedAt && !view.sealed[role]) {
        const payload = payloadFromRound(round);
        const commitment = await createCommitment(payload, this.meta.salt, sha256Hex);
        publishCommitment(doc, role, { commitment, sealedAt: round.sealedAt, name: round.personName });
      }
      if (round.sealedAt && view.bothSealed && !readRaw(doc).reveals[role]) {
        publishReveal(doc, role, { payload: payloadFromRound(round), salt: this.meta.salt });
      }
    }
    this.events.onView(view, roleConflict);
  }

  disconnect() {
    this.session.disconnect();
  }

  reconnect() {
    this.session.reconnect();
  }

  async stop() {
    this.unsubscribe?.();
    await this.session.close();
  }
}
