/**
 * The take-turns pair as stored in the `local.pair` setting (renderer/stores/local-pair-store.ts):
 * the CEO's and the CTO's round on one shared laptop, and the passphrase locks that keep an
 * unsealed round private. Here, in shared/, so a restore plan (shared/backup/plan.ts) reads a
 * backup's pair with the same validator as the store.
 */
export interface LocalPair {
  ceoRoundId?: string;
  ctoRoundId?: string;
  locks: Record<string, { salt: string; hash: string }>;
}

/** The stored pair, or undefined when there is none or it cannot be read (never throws). */
export function parsePair(text: string | undefined): LocalPair | undefined {
  if (!text) return undefined;
  try {
    const raw = JSON.parse(text) as Partial<LocalPair>;
    const id = (v: unknown) => (typeof v === 'string' && v.length <= 64 ? v : undefined);
    const locks: LocalPair['locks'] = {};
    for (const [k, v] of Object.entries(raw.locks ?? {})) {
      if (v && typeof v.salt === 'string' && typeof v.hash === 'string') locks[k] = { salt: v.salt, hash: v.hash };
    }
    return { ceoRoundId: id(raw.ceoRoundId), ctoRoundId: id(raw.ctoRoundId), locks };
  } catch {
    return undefined;
  }
}
