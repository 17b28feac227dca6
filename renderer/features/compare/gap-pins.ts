import { useCallback, useEffect, useState } from 'react';
import { parsePins, pinKey, togglePin } from '../../../shared/assessment/pins';
import { services } from '../../stores/services';

/**
 * The pair's pinned gaps for one comparison, kept in this laptop's settings under
 * pinKey(ceo, cto). The repair plan reads the same key with loadGapPins, so the
 * plan follows what the pair pinned here.
 */
type Sealed = { sealedAt?: string };

export async function loadGapPins(ceo: Sealed, cto: Sealed): Promise<string[]> {
  try {
    return parsePins(await services().settings.get(pinKey(ceo, cto)));
  } catch {
    return [];
  }
}

export async function saveGapPins(ceo: Sealed, cto: Sealed, pins: readonly string[]): Promise<void> {
  await services().settings.set(pinKey(ceo, cto), JSON.stringify(pins));
}

export function useGapPins(ceo: Sealed, cto: Sealed): { pins: string[]; toggle(statementId: string): void; error?: string } {
  const key = pinKey(ceo, cto);
  const [state, setState] = useState<{ key: string; pins: string[]; error?: string }>({ key, pins: [] });

  useEffect(() => {
    let live = true;
    void loadGapPins(ceo, cto).then((pins) => {
      if (live) setState({ key, pins });
    });
    return () => {
      live = false;
    };
    // The key captures both seals.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

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

  return { pins: state.key === key ? state.pins : [], toggle, error: state.error };
}
