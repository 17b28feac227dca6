import { createHash } from 'node:crypto';
import type { Digest, SealedPayload } from '../../../../shared/reveal/types';

/** Test-only digest: node:crypto stays out of shared/. */
export const sha256: Digest = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export const SALT = '00112233445566778899aabbccddeeff';

export function samplePayload(): SealedPayload {
  return {
    role: 'cto',
    personName: 'Dana',
    roundLabel: '2026-Q4 quarterly reset',
    frameworkVersion: 1,
    answers: { 'db-1': { value: 2, note: 'Dates are fuzzy.' }, 'cq-1': { value: 'dont-know' } },
    warnings: { 'ws-overrides': 'often' },
    sealedAt: '2026-10-05T09:00:00.000Z',
  };
}
