import { randomHex } from '../platform/digest';
import { services } from './services';

/** 256 bits: the answer space is small, so the salt is what keeps a commitment from leaking it. */
export const SALT_BYTES = 32;

/**
 * Salt and participant id per room and round, from the platform's CSPRNG and kept in
 * settings: leaving and rejoining the same room must commit exactly what was committed
 * before (a new salt would look like someone else's commitment under our role), and must
 * not look like a second person claiming our role.
 */
export async function identityFor(room: string, roundId: string): Promise<{ participantId: string; salt: string }> {
  const key = `compare.identity.${room}.${roundId}`;
  try {
    const known = JSON.parse((await services().settings.get(key)) ?? '') as { participantId?: unknown; salt?: unknown };
    if (typeof known.participantId === 'string' && typeof known.salt === 'string' && new RegExp(`^[0-9a-f]{${SALT_BYTES * 2}}$`).test(known.salt)) {
      return { participantId: known.participantId, salt: known.salt };
    }
  } catch {
    /* none yet, or unreadable: start fresh */
  }
  const fresh = { participantId: randomHex(8), salt: randomHex(SALT_BYTES) };
  await services().settings.set(key, JSON.stringify(fresh));
  return fresh;
}
