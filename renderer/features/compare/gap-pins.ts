import { useCallback, useEffect, useState } from 'react';
import { parsePins, pinKey, resolvePins, togglePin, type PinsView } from '../../../shared/assessment/pins';
import { services } from '../../stores/services';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { getWorkspaceDoc } from '../../sync/workspace-owner';
import { GAP_PINS, readSharedPins, writeSharedPins } from '../../sync/workspace-pins';

/**
 * The pair's pinned gaps for one comparison, under pinKey(ceo, cto). They travel in the
 * shared workspace doc; this laptop's settings keep what its own user chose. The pins
 * this laptop (and its plan) follows are the ones its user chose: the partner's pins
 * arrive as a proposal until taken here too (shared/assessment/pins.ts resolvePins).
 */
type Sealed = { sealedAt?: string };

export async function loadPinsView(ceo: Sealed, cto: Sealed): Promise<PinsView> {
  const doc = getWorkspaceDoc();
  const shared = doc ? readSharedPins(doc, pinKey(ceo, cto)) : undefined;
  let local: string[] | undefined;
  try {
    const raw = await services().settings.get(pinKey(ceo, cto));
    local = raw === undefined || raw === null ? undefined : parsePins(raw);
  } catch {
    local = undefined;
  }
  return resolvePins(shared, local);
}

export async function loadGapPins(ceo: Sealed, cto: Sealed): Promise<string[]> {
  return (await loadPinsView(ceo, cto)).pins;
}

export async function saveGapPins(ceo: Sealed, cto: Sealed, pins: readonly string[]): Promise<void> {
  const doc = getWorkspaceDoc();
  if (doc) writeSharedPins(doc, pinKey(ceo, cto), pins);
  await services().settings.set(pinKey(ceo, cto), JSON.stringify(pins));
}

/** Bumps whenever the shared pins change (this laptop's edit or the partner's). */
function usePinsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let alive = true;
    void useWorkspaceStore
      .getState()
      .load()
      .then(() => {
        const doc = getWorkspaceDoc();
        if (!alive || !doc) return;
        const map = doc.getMap(GAP_PINS);
        const bump = () => setVersion((v) => v + 1);
        map.observe(bump);
        stop = () => map.unobserve(bump);
        bump();
      })
      .catch(() => undefined);
    return () => {
      alive = false;
      stop?.();
    };
  }, []);
  return version;
}

export function useGapPins(
  ceo: Sealed,
  cto: Sealed,
): { pins: string[]; proposed?: string[]; toggle(statementId: string): void; accept(): void; error?: string } {
  const key = pinKey(ceo, cto);
  const version = usePinsVersion();
  const [state, setState] = useState<{ key: string; pins: string[]; proposed?: string[]; error?: string }>({ key, pins: [] });

  useEffect(() => {
    let live = true;
    void loadPinsView(ceo, cto).then((view) => {
      if (live) setState((s) => ({ key, pins: view.pins, proposed: view.proposed, error: s.key === key ? s.error : undefined }));
    });
    return () => {
      live = false;
    };
    // The key captures both seals; `version` follows the shared doc.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);

  const toggle = useCallback(
    (statementId: string) => {
      setState((prev) => {
        const pins = togglePin(prev.key === key ? prev.pins : [], statementId);
        saveGapPins(ceo, cto, pins).catch((err: unknown) =>
          setState((s) => ({ ...s, error: `Could not save the pins: ${err instanceof Error ? err.message : String(err)}` })),
        );
        return { key, pins };
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  // Take the partner's pins as this laptop's own choice.
  const accept = useCallback(() => {
    setState((prev) => {
      if (prev.key !== key || !prev.proposed) return prev;
      const pins = prev.proposed;
      saveGapPins(ceo, cto, pins).catch((err: unknown) =>
        setState((s) => ({ ...s, error: `Could not save the pins: ${err instanceof Error ? err.message : String(err)}` })),
      );
      return { key, pins };
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const mine = state.key === key;
  return { pins: mine ? state.pins : [], proposed: mine ? state.proposed : undefined, toggle, accept, error: state.error };
}
