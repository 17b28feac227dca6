import { useEffect, useMemo, useState } from 'react';
import type { Round } from '../../../shared/assessment/types';
import { pinKey } from '../../../shared/assessment/pins';
import { buildAgenda, warningDisagreements, type AgendaBlock } from '../../../shared/offsite/agenda';
import { sameTopics, type StoredAgenda } from '../../../shared/offsite/agenda-store';
import { findBaseline, storedComparisons, type StoredComparison } from '../../../shared/offsite/baseline';
import { agendaGaps } from '../../../shared/offsite/next-agenda';
import { toIsoDate } from '../../../shared/workspace/dates';
import { useCompareStore } from '../../stores/compare-store';
import { privacyOf, useLocalPairStore, useOpenRounds, type LocalPair as TakeTurnsPair } from '../../stores/local-pair-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { getWorkspaceDoc } from '../../sync/workspace-owner';
import { readAgenda, writeAgenda } from '../../sync/workspace-agenda';
import { loadGapPins } from '../compare/gap-pins';
import { roundFromPayload } from '../plan/plan-source';
import { comparedDefaultPair } from '../plan/compared-default-pair';

export interface OffsiteSource {
  ceo: Round;
  cto: Round;
  /** pinKey of the two seals: the comparison the agenda belongs to. */
  key: string;
  kind: 'live' | 'take-turns' | 'this-laptop';
}

/**
 * The offsite's comparison from this laptop's rounds: the take-turns pair when both
 * sealed, else the newest own round and the partner's round compared with it (as the plan
 * picks them, defaultPair — a comparison that happened only: comparedDefaultPair). `rounds`
 * are those whose privacy is open (see openRounds).
 */
export function localOffsiteSource(rounds: readonly Round[], pair: TakeTurnsPair | undefined): OffsiteSource | undefined {
  const sealed = (id?: string) => rounds.find((r) => r.id === id && r.sealedAt);
  const tc = sealed(pair?.ceoRoundId);
  const tt = sealed(pair?.ctoRoundId);
  if (tc && tt) return { ceo: tc, cto: tt, key: pinKey(tc, tt), kind: 'take-turns' };
  // Only a comparison that happened: its agenda is written to the shared workspace.
  const d = comparedDefaultPair(rounds.filter((r) => r.sealedAt));
  return d ? { ceo: d.ceo, cto: d.cto, key: pinKey(d.ceo, d.cto), kind: 'this-laptop' } : undefined;
}

/**
 * The complete comparison the offsite runs on: the live one when it finished, else the
 * take-turns pair, else the newest sealed CEO and CTO rounds on this laptop (as the plan
 * does). Own answers always come from this laptop's rounds, the partner's only as verified.
 */
export function useOffsiteSource(): { ready: boolean; source?: OffsiteSource; hasCeo: boolean; hasCto: boolean } {
  // Only rounds whose privacy is open: a private round taken in turns never feeds the offsite.
  const rounds = useOpenRounds();
  const loaded = useRoundsStore((s) => s.loaded);
  const protocol = useCompareStore((s) => s.protocol);
  const pair = useLocalPairStore((s) => s.pair);
  const [resumed, setResumed] = useState(false);
  useEffect(() => {
    let alive = true;
    void useCompareStore
      .getState()
      .resume()
      .finally(() => alive && setResumed(true));
    return () => {
      alive = false;
    };
  }, []);

  const source = useMemo((): OffsiteSource | undefined => {
    if (protocol?.phase === 'complete' && protocol.mine && protocol.partner) {
      const mine = roundFromPayload(protocol.mine);
      const partner = roundFromPayload(protocol.partner.payload);
      const [ceo, cto] = mine.role === 'ceo' ? [mine, partner] : [partner, mine];
      return { ceo, cto, key: pinKey(ceo, cto), kind: 'live' };
    }
    return localOffsiteSource(rounds, pair);
  }, [protocol, pair, rounds]);

  return {
    ready: loaded && (resumed || Boolean(source)),
    source,
    hasCeo: rounds.some((r) => r.role === 'ceo' && r.sealedAt),
    hasCto: rounds.some((r) => r.role === 'cto' && r.sealedAt),
  };
}

/** The agenda a comparison starts with: its top gaps (the pair's pins first) and the signs they see differently. */
export function defaultAgenda(source: OffsiteSource, pins: readonly string[], today: Date, baseline?: StoredComparison): StoredAgenda {
  const gaps = agendaGaps(source, pins, baseline);
  return {
    blocks: buildAgenda({ gaps, warnings: warningDisagreements(source.ceo.warnings, source.cto.warnings) }),
    sourceComparison: source.key,
    startedOn: toIsoDate(today),
    startTime: '09:00',
  };
}

export interface AgendaState {
  /** What to show: the stored agenda when it belongs to this comparison, else the default one. */
  agenda?: StoredAgenda;
  /** Whether `agenda` is the one stored in the shared workspace. */
  stored: boolean;
  /** A stored agenda that could not be read, or belongs to another comparison. */
  notice?: string;
  /** The agenda this comparison's pinned gaps give now, when the stored one was built from other gaps. */
  rebuilt?: StoredAgenda;
  /** Write the whole agenda to the shared workspace. */
  save(next: StoredAgenda): string | undefined;
}

/** The shared agenda for this comparison, live: re-read on every change to the workspace doc. */
export function useAgenda(source: OffsiteSource | undefined): AgendaState {
  const ready = useWorkspaceStore((s) => s.ready);
  const loadError = useWorkspaceStore((s) => s.loadError);
  const [version, setVersion] = useState(0);
  const [pins, setPins] = useState<string[] | undefined>(undefined);
  const [today] = useState(() => new Date());
  const rounds = useRoundsStore((s) => s.rounds);
  const { pair, unlocked, loaded: pairLoaded } = useLocalPairStore();
  // After a re-score, the next offsite starts from what did not close since the baseline.
  const baseline = useMemo(() => {
    if (!source?.ceo.sealedAt || !source.cto.sealedAt) return undefined;
    // (None until the pair setting is read: any round may be private.)
    const open = pairLoaded ? rounds.filter((r) => privacyOf(r.id, { pair, unlocked }) === 'open') : [];
    return findBaseline(storedComparisons(open), {
      ceo: { name: source.ceo.personName, sealedAt: source.ceo.sealedAt, answers: source.ceo.answers },
      cto: { name: source.cto.personName, sealedAt: source.cto.sealedAt, answers: source.cto.answers },
    });
  }, [rounds, pair, unlocked, pairLoaded, source]);

  useEffect(() => {
    void useWorkspaceStore.getState().load();
  }, []);
  useEffect(() => {
    const doc = ready ? getWorkspaceDoc() : undefined;
    if (!doc) return;
    const bump = () => setVersion((v) => v + 1);
    doc.on('update', bump);
    bump();
    return () => doc.off('update', bump);
  }, [ready]);
  useEffect(() => {
    let alive = true;
    setPins(undefined);
    if (source) void loadGapPins(source.ceo, source.cto).then((p) => alive && setPins(p));
    return () => {
      alive = false;
    };
  }, [source]);

  return useMemo((): AgendaState => {
    const doc = ready ? getWorkspaceDoc() : undefined;
    const save = (next: StoredAgenda) => {
      const d = getWorkspaceDoc();
      if (!d) return loadError ? `The workspace could not be opened: ${loadError}` : 'The workspace is not open yet.';
      writeAgenda(d, next);
      return undefined;
    };
    if (!source || !pins || !doc) return { stored: false, save };
    const read = readAgenda(doc);
    const fresh = defaultAgenda(source, pins, today, baseline);
    if (read?.ok && read.value.sourceComparison === source.key) {
      const rebuilt = sameTopics(read.value.blocks, fresh.blocks) ? undefined : { ...fresh, startedOn: read.value.startedOn, startTime: read.value.startTime };
      return { agenda: read.value, stored: true, save, rebuilt };
    }
    const notice = !read
      ? undefined
      : read.ok
        ? 'The shared agenda was built from another comparison; this one starts fresh and replaces it when you change it.'
        : `The shared agenda could not be read (${read.errors[0]}); this one replaces it when you change it.`;
    return { agenda: fresh, stored: false, notice, save };
    // version: re-read after every doc update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, source, pins, today, version, loadError, baseline]);
}

export const blockIndex = (blocks: readonly AgendaBlock[], id: string) => blocks.findIndex((b) => b.id === id);
